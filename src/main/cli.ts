import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { JobEvent } from '../shared/api'
import { isCalendarDate } from '../shared/dates'
import { openCore, setBackupFolder } from './core'
import { offsetClock, type Clock } from './core/clock'
import { AppError } from './core/errors'
import { defaultDataDir } from './core/paths'
import { startHttpHost } from './hosts/http'

/**
 * `kehu serve | seed` — browser mode and scripting (see README, "Scripting").
 * Runs from the repository with tsx; paths are relative to it.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const version = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
).version

const USAGE = `Usage:
  kehu serve [--data-dir DIR] [--port N] [--token T] [--backup-dir DIR] [--today YYYY-MM-DD]
             (--backup-dir: write backups there from now on, e.g. a USB disk; remembered)
             (--today: for testing and demos, "today" is that date while time still runs)
  kehu seed  [--data-dir DIR] [--customers N] [--contacts AVG] [--activities AVG]
             (AVG: average contacts / follow-ups per customer, default 2 and 3)`

function open(dataDir: string, emit?: (event: JobEvent) => void, clock?: Clock) {
  return openCore({
    dataDir,
    migrationsFolder: join(root, 'migrations'),
    version,
    emit,
    clock,
    logError: (method, error) =>
      console.error(`[${new Date().toISOString()}] ${method} failed:`, error),
  })
}

async function serve(values: {
  'data-dir'?: string
  port?: string
  token?: string
  'backup-dir'?: string
  today?: string
}): Promise<void> {
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir())
  const today = values.today
  if (today !== undefined && !isCalendarDate(today))
    throw new Error(`--today expects a date YYYY-MM-DD, not "${today}"`)
  const clock = today === undefined ? undefined : offsetClock(today)
  // The one way to choose a backup folder in browser mode: the HTTP host takes no paths.
  if (values['backup-dir']) {
    const change = setBackupFolder(dataDir, resolve(values['backup-dir']))
    console.log(
      `Backups go to ${change.config.dir}` +
        (change.leftBehind > 0
          ? ` (${change.leftBehind} earlier backups stay in ${change.previousDir})`
          : ''),
    )
  }
  // The core is opened before the host exists; job events reach the host once it listens.
  const listeners: ((event: JobEvent) => void)[] = []
  const core = open(dataDir, (event) => listeners.forEach((listener) => listener(event)), clock)
  const host = await startHttpHost({
    api: core.api,
    // KEHU_RENDERER_DIR: a renderer built elsewhere (several checkouts' e2e runs side by side).
    rendererDir: process.env.KEHU_RENDERER_DIR ?? join(root, 'out', 'renderer'),
    port: Number(values.port ?? 0),
    token: values.token,
  })
  listeners.push((event) => host.broadcast(event))
  if (today !== undefined) console.log(`Today is ${today} for this run (--today)`)
  console.log(`Kehu listening on ${host.url}`)
  const stop = () => {
    void host.close().then(() => {
      core.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

function seed(values: { 'data-dir'?: string; customers?: string }): void {
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir())
  const count = Number(values.customers ?? 1000)
  const core = open(dataDir)
  const started = performance.now()
  const result = core.api.dispatch('demo.load', { customers: count })
  core.close()
  if (!result.ok) throw new Error(result.error.message)
  console.log(
    `Seeded ${result.value.customers} customers into ${dataDir} in ${Math.round(performance.now() - started)} ms`,
  )
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      token: { type: 'string' },
      'backup-dir': { type: 'string' },
      today: { type: 'string' },
      customers: { type: 'string' },
      contacts: { type: 'string' },
      activities: { type: 'string' },
    },
  })
  switch (positionals[0]) {
    case 'serve':
      await serve(values)
      break
    case 'seed':
      seed(values)
      break
    default:
      console.log(USAGE)
      process.exitCode = positionals[0] ? 2 : 0
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError ? `Kehu: ${error.message}` : error)
  process.exit(1)
})
