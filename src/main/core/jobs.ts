import { randomUUID } from 'node:crypto'
import type { JobEvent } from '../../shared/api'
import { AppError } from './errors'

/**
 * Long jobs (import, big exports): progress events, cancel, and the connection held
 * while one writes.
 *
 * better-sqlite3 transactions are synchronous, and a call that never yields can never
 * see a cancel request. So an import reads and writes in chunks inside ONE transaction
 * opened by hand (BEGIN … COMMIT / ROLLBACK), yielding to the event loop between
 * chunks. While that transaction is open the connection belongs to the job: any other
 * call would run inside it (and vanish with a cancel), so `dispatchAsync` waits until
 * the job is done and the synchronous `dispatch` answers BUSY; only the methods that
 * steer the job itself (imports.cancel) go through.
 */
export interface Job {
  readonly id: string
  readonly cancelled: boolean
  /** Throws `errors.importCancelled` once the job has been cancelled. */
  throwIfCancelled(): void
  progress(done: number, total: number, phase: string): void
}

export interface Jobs {
  /** A job registered for cancel and progress until `work` settles. */
  run<T>(id: string | undefined, work: (job: Job) => Promise<T>): Promise<T>
  /** Runs `work` as the only user of the connection; other calls wait for it. */
  holdConnection<T>(work: () => Promise<T>): Promise<T>
  cancel(id: string): boolean
  /** Settles when the connection is free again; null when it is free now. */
  readonly connectionHeld: Promise<void> | null
}

/** Progress events at most this often per job (the renderer needs no more). */
const PROGRESS_INTERVAL_MS = 100

export function createJobs(emit?: (event: JobEvent) => void): Jobs {
  const running = new Map<string, { cancelled: boolean }>()
  let held: Promise<void> | null = null

  async function run<T>(givenId: string | undefined, work: (job: Job) => Promise<T>): Promise<T> {
    const id = givenId ?? randomUUID()
    if (running.has(id))
      throw new AppError('CONFLICT', 'errors.jobRunning', `Job ${id} is already running`, { id })
    const state = { cancelled: false }
    running.set(id, state)
    let lastEmit = 0
    const job: Job = {
      id,
      get cancelled() {
        return state.cancelled
      },
      throwIfCancelled() {
        if (state.cancelled)
          throw new AppError(
            'CONFLICT',
            'errors.importCancelled',
            'The import was cancelled; nothing was changed',
          )
      },
      progress(done, total, phase) {
        const now = performance.now()
        if (done < total && now - lastEmit < PROGRESS_INTERVAL_MS) return
        lastEmit = now
        emit?.({ job: id, done, total, phase })
      },
    }
    try {
      return await work(job)
    } finally {
      running.delete(id)
    }
  }

  async function holdConnection<T>(work: () => Promise<T>): Promise<T> {
    while (held) await held
    let release = () => {}
    held = new Promise<void>((resolve) => {
      release = resolve
    })
    try {
      return await work()
    } finally {
      held = null
      release()
    }
  }

  return {
    run,
    holdConnection,
    cancel(id) {
      const state = running.get(id)
      if (!state) return false
      state.cancelled = true
      return true
    },
    get connectionHeld() {
      return held
    },
  }
}

/** Lets pending I/O and other requests (a cancel) in between two chunks of a job. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
