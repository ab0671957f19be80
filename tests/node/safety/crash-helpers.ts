import Database from 'better-sqlite3'
import { spawn, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'
import type { Result } from '../../../src/shared/api'

/**
 * Kill -9 tests: the real HTTP host in a child process (`node --import tsx src/main/cli.ts
 * serve`), work sent to it, SIGKILL at a moment drawn from a seeded generator, then the
 * files are examined. A failing seed is printed, so a run can be repeated exactly.
 */
const ROOT = resolve(__dirname, '../../..')
const CLI = join(ROOT, 'src', 'main', 'cli.ts')
const TOKEN = 'crash-test-token'

/**
 * Each test starts a host (tsx, ~1 s alone) and waits for a random moment; on a busy
 * 2-core CI machine that can take long, and a timeout would hide what the test is for.
 */
export const CRASH_TEST_TIMEOUT_MS = 120_000

export interface CrashHost {
  child: ChildProcess
  /** Resolves once the process is gone. */
  exited: Promise<void>
  stderr(): string
  call(method: string, input?: unknown): Promise<Result<unknown>>
  kill(): Promise<void>
}

/** mulberry32: a small seeded generator, so each iteration's kill moment is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Starts `kehu serve` without waiting for it to listen. */
export function spawnHost(dataDir: string): {
  child: ChildProcess
  exited: Promise<void>
  listening: Promise<number>
  stderr(): string
} {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, 'serve', '--data-dir', dataDir, '--port', '0', '--token', TOKEN],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-10_000)
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const listening = new Promise<number>((resolvePort, reject) => {
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
      const match = /Kehu listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout)
      if (match) resolvePort(Number(match[1]))
    })
    void exited.then(() => reject(new Error(`kehu serve exited before listening\n${stderr}`)))
  })
  listening.catch(() => undefined)
  return { child, exited, listening, stderr: () => stderr }
}

export async function startHost(dataDir: string): Promise<CrashHost> {
  const spawned = spawnHost(dataDir)
  const port = await spawned.listening
  return {
    child: spawned.child,
    exited: spawned.exited,
    stderr: spawned.stderr,
    async call(method, input = {}) {
      const response = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(input),
      })
      return (await response.json()) as Result<unknown>
    },
    kill: () => killNow(spawned.child, spawned.exited),
  }
}

export async function killNow(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await exited
}

export function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms))
}

/** Opens the file as SQLite would after a crash (replaying the WAL) and runs the full check. */
export function integrityOf(file: string): string {
  const db = new Database(file)
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('\n')
  } finally {
    db.close()
  }
}

/** Reads one query's rows with a plain connection. */
export function query<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true })
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}
