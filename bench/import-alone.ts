import { readFileSync, rmSync } from 'node:fs'
import { openCore } from '../src/main/core'
import { VERSION } from './dataset'
import { MIGRATIONS } from './lib'

/**
 * One imports.commit of a sheet into a fresh data folder, in a process that does nothing
 * else, so its peak RSS (the kernel's, process.resourceUsage().maxRSS) is the import's
 * own and not what earlier benchmarks left on the heap. Prints one JSON line:
 * { wall, cpu, peakMb, created }. Run by import.bench.ts: `node --import tsx
 * bench/import-alone.ts <file.xlsx> <data folder> <rows expected>`.
 */
const [file, dir, expected] = process.argv.slice(2) as [string, string, string]
rmSync(dir, { recursive: true, force: true })
const core = openCore({
  dataDir: dir,
  migrationsFolder: MIGRATIONS,
  version: VERSION,
  autoBackupCheckMs: 0,
})
try {
  const base64 = readFileSync(file).toString('base64')
  const cpu = process.cpuUsage()
  const start = performance.now()
  const done = await core.api.dispatchAsync('imports.commit', {
    entity: 'customers',
    file: { name: 'customers.xlsx', base64 },
    onDuplicate: 'create',
  })
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  if (!done.ok) throw new Error(`imports.commit failed: ${done.error.message}`)
  if (done.value.created !== Number(expected))
    throw new Error(`imported ${done.value.created} of ${expected}`)
  console.log(
    JSON.stringify({
      wall,
      cpu: (used.user + used.system) / 1000,
      peakMb: process.resourceUsage().maxRSS / 1024,
      created: done.value.created,
    }),
  )
} finally {
  core.close()
}
