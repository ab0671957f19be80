import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

/**
 * Starts and stops `kehu serve` (browser mode) as a child process. Shared by the
 * Playwright fixtures and the first-screen benchmark, so both drive the app exactly
 * the way a user's `npm run serve` does. No Playwright import here.
 */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const CLI = join(REPO_ROOT, 'src', 'main', 'cli.ts')
/** `node --import tsx` keeps the server a single process, so one signal stops it. */
const NODE_ARGS = ['--import', 'tsx', CLI]
const READY = /Kehu listening on (http:\/\/\S+)/

export interface KehuServer {
  /** The page address with the token: http://127.0.0.1:PORT/?token=T */
  url: string
  /** http://127.0.0.1:PORT */
  origin: string
  token: string
  dataDir: string
  child: ChildProcess
  stop(): Promise<void>
}

export interface StartOptions {
  dataDir: string
  token?: string
  /** `--today YYYY-MM-DD`: the host's "today" is that date while time still runs. */
  today?: string
  /** How long to wait for the "listening" line. */
  timeoutMs?: number
}

export function startKehuServer(options: StartOptions): Promise<KehuServer> {
  const token = options.token ?? randomBytes(16).toString('hex')
  const timeoutMs = options.timeoutMs ?? 30_000
  const child = spawn(
    process.execPath,
    [
      ...NODE_ARGS,
      'serve',
      '--data-dir',
      options.dataDir,
      '--port',
      '0',
      '--token',
      token,
      ...(options.today ? ['--today', options.today] : []),
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let stdout = ''
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stdout.setEncoding('utf8')
  // Keep draining both pipes for the child's whole life so it never blocks on a full pipe.
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000)
  })
  return new Promise<KehuServer>((resolveServer, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(
        new Error(`kehu serve ${reason}\n--- stderr ---\n${stderr}\n--- stdout ---\n${stdout}`),
      )
    }
    const timer = setTimeout(
      () => fail(`printed no "Kehu listening on" line within ${timeoutMs} ms`),
      timeoutMs,
    )
    child.once('error', (error) => fail(`could not start: ${error.message}`))
    child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`))
    child.stdout.on('data', (chunk: string) => {
      if (stdout.length < 20_000) stdout += chunk
      const match = READY.exec(stdout)
      if (!match || !match[1]) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      const url = match[1]
      resolveServer({
        url,
        origin: new URL(url).origin,
        token,
        dataDir: options.dataDir,
        child,
        stop: () => stopChild(child),
      })
    })
  })
}

/** SIGTERM (the host closes and runs PRAGMA optimize), then SIGKILL after 3 s. */
export function stopChild(child: ChildProcess, graceMs = 3_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      done()
    })
    child.kill('SIGTERM')
  })
}

/** `kehu seed`: loads N realistic demo customers into a data folder (one transaction). */
export async function seedDemoData(dataDir: string, customers: number): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [...NODE_ARGS, 'seed', '--data-dir', dataDir, '--customers', String(customers)],
    { cwd: REPO_ROOT, timeout: 120_000, maxBuffer: 1024 * 1024 },
  )
}
