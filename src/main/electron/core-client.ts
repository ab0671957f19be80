import { Worker } from 'node:worker_threads'
import type { JobEvent, Result } from '../../shared/api'
import type { WorkerData, WorkerFatal, WorkerReply, WorkerRequest } from '../core/worker-session'

/** How the core's start ended: the schema it runs, or why it could not open the database. */
export type CoreStart = { ok: true; schemaVersion: number } | { ok: false; fatal: WorkerFatal }

export interface CoreClient {
  /** Settles once, with the worker's first word (ready / fatal) or its early death. */
  ready: Promise<CoreStart>
  /** Never rejects: a dead worker answers INTERNAL instead of leaving the window waiting. */
  invoke(method: string, input: unknown): Promise<Result<unknown>>
  /** Asks the worker to close the database, then waits for the thread (terminating it after `timeoutMs`). */
  close(timeoutMs?: number): Promise<void>
}

export interface CoreClientOptions {
  onJob?: (event: JobEvent) => void
  logError?: (message: string, error?: unknown) => void
}

const STOPPED: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    key: 'errors.internal',
    message: 'Kehu’s database process stopped unexpectedly. Restart Kehu; your saved data is safe.',
  },
}

const STOPPED_FATAL: WorkerFatal = { key: STOPPED.error.key, message: STOPPED.error.message }

const CLOSING: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', key: 'errors.coreClosed', message: 'Kehu is closing' },
}

/** Starts the built worker (out/main/worker.js) with the core's options. */
export function startCoreWorker(
  workerFile: string,
  data: WorkerData,
  options: CoreClientOptions = {},
): CoreClient {
  return createCoreClient(new Worker(workerFile, { workerData: data }), options)
}

/**
 * Request/response over a worker thread: each call gets an id and waits in `pending`
 * until the reply with that id arrives. If the thread errors or exits, every waiting
 * call and every later call resolves to INTERNAL.
 */
export function createCoreClient(worker: Worker, options: CoreClientOptions = {}): CoreClient {
  const pending = new Map<number, (result: Result<unknown>) => void>()
  let nextId = 1
  let alive = true
  let closing = false
  let settleReady: (start: CoreStart) => void = () => undefined
  const ready = new Promise<CoreStart>((resolve) => {
    settleReady = resolve
  })
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))

  function failAll(): void {
    alive = false
    settleReady({ ok: false, fatal: STOPPED_FATAL })
    for (const resolve of pending.values()) resolve(closing ? CLOSING : STOPPED)
    pending.clear()
  }

  worker.on('message', (reply: WorkerReply) => {
    if ('id' in reply) {
      pending.get(reply.id)?.(reply.result)
      pending.delete(reply.id)
    } else if ('event' in reply) {
      options.onJob?.(reply.event)
    } else if ('ready' in reply) {
      settleReady({ ok: true, schemaVersion: reply.schemaVersion })
    } else if ('fatal' in reply) {
      settleReady({ ok: false, fatal: reply.fatal })
    }
  })
  worker.on('error', (error) => {
    options.logError?.('The core worker failed', error)
    failAll()
  })
  worker.on('exit', (code) => {
    if (!closing && (pending.size > 0 || code !== 0))
      options.logError?.(`The core worker exited with code ${code}`)
    failAll()
  })

  return {
    ready,
    invoke(method, input) {
      if (!alive || closing) return Promise.resolve(closing ? CLOSING : STOPPED)
      const id = nextId++
      return new Promise((resolve) => {
        pending.set(id, resolve)
        try {
          worker.postMessage({ id, method, input } satisfies WorkerRequest)
        } catch (error) {
          // Input that cannot be structured-cloned (a function, say) never reaches the core.
          pending.delete(id)
          options.logError?.(`Could not send ${method} to the core`, error)
          resolve(STOPPED)
        }
      })
    },
    async close(timeoutMs = 5000) {
      closing = true
      if (alive) worker.postMessage({ type: 'close' } satisfies WorkerRequest)
      let timer: NodeJS.Timeout | undefined
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs)
      })
      const outcome = await Promise.race([exited, timedOut])
      clearTimeout(timer)
      if (outcome === 'timeout') await worker.terminate()
    },
  }
}
