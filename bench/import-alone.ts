import { readFileSync, rmSync } from 'node:fs'
import { openCore } from '../src/main/core'
import { VERSION } from './dataset'
import { MIGRATIONS } from './lib'

/**
 * One imports.commit of a sheet into a fresh data folder, in a process that does nothing
 * else, so its peak RSS (the kernel's, process.resourceUsage().maxRSS) is the import's
 * own and not what earlier benchmarks left on the heap. Prints one JSON line:
 * { wall, cpu, closeMs, peakMb, created }. Run by import.bench.ts: `node --import tsx
 * bench/import-alone.ts <file.xlsx> <data folder> <rows expected> [<warm-up .xlsx>]`.
 */
const [file, dir, expected, warmUp] = process.argv.slice(2) as [string, string, string, string?]

function commit(dataDir: string, sheet: string) {
  rmSync(dataDir, { recursive: true, force: true })
  const core = openCore({
    dataDir,
    migrationsFolder: MIGRATIONS,
    version: VERSION,
    autoBackupCheckMs: 0,
  })
  const base64 = readFileSync(sheet).toString('base64')
  return {
    core,
    run: () =>
      core.api.dispatchAsync('imports.commit', {
        entity: 'customers',
        file: { name: 'customers.xlsx', base64 },
        onDuplicate: 'create',
      }),
  }
}

// A small import first, unmeasured, as a running Kehu has done its first work already
// (modules loaded and compiled, pinyin-pro's dictionary built): the baseline it is
// compared with runs warm in the benchmark's own process.
if (warmUp) {
  const warm = commit(`${dir}-warm`, warmUp)
  try {
    const done = await warm.run()
    if (!done.ok) throw new Error(`warm-up import failed: ${done.error.message}`)
  } finally {
    warm.core.close()
    rmSync(`${dir}-warm`, { recursive: true, force: true })
  }
}

const { core, run } = commit(dir, file)
let closed = false
try {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const done = await run()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  if (!done.ok) throw new Error(`imports.commit failed: ${done.error.message}`)
  if (done.value.created !== Number(expected))
    throw new Error(`imported ${done.value.created} of ${expected}`)
  // A big import's WAL is still being copied into the database on its own thread
  // (db/checkpointer.ts); closing waits for it. Reported apart, peak RSS after it.
  const closing = performance.now()
  core.close()
  closed = true
  console.log(
    JSON.stringify({
      wall,
      cpu: (used.user + used.system) / 1000,
      closeMs: performance.now() - closing,
      peakMb: process.resourceUsage().maxRSS / 1024,
      created: done.value.created,
    }),
  )
} finally {
  if (!closed) core.close()
}
