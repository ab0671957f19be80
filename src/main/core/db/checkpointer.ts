import type Database from 'better-sqlite3'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/**
 * The WAL's copy back into the database file after a transaction that wrote a great deal
 * (a big import), on a thread of its own with a connection of its own, instead of inside
 * that transaction's COMMIT on the core's thread. At a million imported customers the WAL
 * is 2 GB and its checkpoint took 7 s of the import; the import is durable at COMMIT
 * (synchronous = FULL), so the owner can go on working meanwhile: in WAL mode the core
 * reads and writes while the checkpoint runs.
 *
 * The thread's connection holds the file open: whoever closes or replaces the database
 * (close, a restore) calls `waitIdle` first, which blocks until the copy is done.
 */
export interface Checkpointer {
  /**
   * COMMITs the open transaction without its checkpoint, then copies the WAL into the
   * database on a thread (unless one runs already: it copies what it finds, and the
   * core's autocheckpoint the rest).
   */
  commit(sqlite: Database.Database): void
  /** Blocks until a running background checkpoint has finished. */
  waitIdle(): void
  /** Resolves once no background checkpoint runs (its thread has ended and been tidied). */
  idle(): Promise<void>
}

/** What the thread runs (CommonJS, as an eval'd worker is): one PASSIVE checkpoint, then it ends. */
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads')
const { module, file, nativeBinding, flag } = workerData
let outcome
try {
  const Database = require(module)
  const db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
    outcome = { ok: true }
  } finally {
    db.close()
  }
} catch (error) {
  outcome = { ok: false, message: String(error && error.stack || error) }
} finally {
  Atomics.store(flag, 0, 0)
  Atomics.notify(flag, 0)
}
parentPort.postMessage(outcome)
`

/** Longest `waitIdle` blocks: a checkpoint of a 2 GB WAL takes seconds; a stuck thread must not hang a close. */
const WAIT_LIMIT_MS = 120_000

export function createCheckpointer(options: {
  file: string
  nativeBinding?: string
  logError: (what: string, error: unknown) => void
}): Checkpointer {
  // 1 while a thread runs: set here before it starts, cleared by the thread as it ends,
  // so a blocked waitIdle (which cannot take the 'exit' event) still wakes.
  const flag = new Int32Array(new SharedArrayBuffer(4))
  const module = createRequire(import.meta.url).resolve('better-sqlite3')
  let running: Worker | null = null
  let ended: Promise<void> = Promise.resolve()

  return {
    commit(sqlite) {
      if (running) {
        sqlite.exec('COMMIT')
        return
      }
      // Off for the COMMIT and while the thread copies: the core's own COMMITs would
      // otherwise run the same checkpoint inline, taking turns with the thread.
      const limit = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number
      sqlite.pragma('wal_autocheckpoint = 0')
      const restore = () => {
        if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${limit}`)
      }
      try {
        sqlite.exec('COMMIT')
      } catch (error) {
        restore()
        throw error
      }
      Atomics.store(flag, 0, 1)
      let worker: Worker
      try {
        worker = new Worker(SCRIPT, {
          eval: true,
          workerData: { module, file: options.file, nativeBinding: options.nativeBinding, flag },
        })
      } catch (error) {
        Atomics.store(flag, 0, 0)
        restore()
        options.logError('background checkpoint', error)
        return
      }
      running = worker
      ended = new Promise((resolve) => worker.once('exit', () => resolve()))
      worker.on('message', (outcome: { ok: boolean; message?: string }) => {
        if (!outcome.ok) options.logError('background checkpoint', new Error(outcome.message))
      })
      worker.on('error', (error) => options.logError('background checkpoint', error))
      worker.on('exit', () => {
        Atomics.store(flag, 0, 0)
        running = null
        restore()
      })
    },
    waitIdle() {
      if (Atomics.load(flag, 0) === 1) Atomics.wait(flag, 0, 1, WAIT_LIMIT_MS)
    },
    idle: () => ended,
  }
}

const registered = new WeakMap<Database.Database, Checkpointer>()

/** Gives a connection its background checkpointer (openDatabase does). */
export function registerCheckpointer(sqlite: Database.Database, checkpointer: Checkpointer): void {
  registered.set(sqlite, checkpointer)
}

/**
 * COMMIT of a transaction that wrote a great deal: its WAL copied into the database on a
 * thread of its own where the connection has a background checkpointer; otherwise a
 * plain COMMIT (the autocheckpoint runs inside it, as for every other transaction).
 */
export function commitBulk(sqlite: Database.Database): void {
  const background = registered.get(sqlite)
  if (background) background.commit(sqlite)
  else sqlite.exec('COMMIT')
}
