import { createRequire } from 'node:module'
import type { ApiError, JobEvent, MessageParams, Result } from '../../shared/api'
import { AppError } from './errors'
import { openCore, type Core } from './index'

/** What the Electron main process hands the core's worker thread (`workerData`). */
export interface WorkerData {
  dataDir: string
  migrationsFolder: string
  version: string
  /** The Electron-ABI build of better-sqlite3 (see src/main/electron/native.ts). */
  nativeBinding?: string
  /** The built .xlsx reader thread (out/main/xlsx-reader.js). */
  xlsxReaderFile?: string
}

/** Main → worker. */
export type WorkerRequest = { id: number; method: string; input: unknown } | { type: 'close' }

/** Why the core could not start: a translatable key, never SQLite's own words. */
export interface WorkerFatal {
  key: string
  message: string
  params?: MessageParams
}

/** Worker → main. Exactly one of `ready` / `fatal` is sent first. */
export type WorkerReply =
  | { ready: true; schemaVersion: number }
  | { fatal: WorkerFatal }
  | { id: number; result: Result<unknown> }
  | { event: JobEvent }
  | { closed: true }

export interface WorkerSession {
  /** Handles one message from the main process; 'closed' tells the wiring to let the thread end. */
  handle(message: unknown): 'open' | 'closed'
}

const INTERNAL_START: WorkerFatal = {
  key: 'errors.coreStartFailed',
  message: 'Kehu could not start its database. The details are in the log.',
}

/**
 * Loads the native module on its own first: better-sqlite3 loads it inside `new Database`,
 * where openDatabase would report a wrong-ABI build as a "damaged database" and frighten
 * the user about their data.
 */
function nativeModuleProblem(nativeBinding: string | undefined): WorkerFatal | null {
  if (!nativeBinding) return null
  try {
    createRequire(import.meta.url)(nativeBinding)
    return null
  } catch (error) {
    console.error('Kehu: the native database module could not be loaded:', error)
    return {
      key: 'errors.nativeModule',
      message: `The database engine ${nativeBinding} could not be loaded: it was built for another Electron version. Rebuild it with "node scripts/build-electron-native.mjs".`,
      params: { file: nativeBinding },
    }
  }
}

function toFatal(error: unknown): WorkerFatal {
  if (error instanceof AppError) {
    return {
      key: error.key,
      message: error.message,
      ...(error.params ? { params: error.params } : {}),
    }
  }
  console.error('Kehu: the core failed to start:', error)
  return INTERNAL_START
}

function isRequest(message: unknown): message is { id: number; method: unknown; input?: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { id?: unknown }).id === 'number'
  )
}

/**
 * The worker's whole behaviour, without the thread: opens the core at once and reports
 * `ready` or `fatal`, then answers each request with dispatch's Result. After a fatal
 * start every request gets that same error, so whatever the window asks first (app.info)
 * shows the user why, in their language.
 */
export function startWorkerSession(
  data: WorkerData,
  post: (reply: WorkerReply) => void,
): WorkerSession {
  let core: Core | null = null
  let startError: ApiError | null = null

  const nativeProblem = nativeModuleProblem(data.nativeBinding)
  if (nativeProblem) {
    startError = { code: 'INTERNAL', ...nativeProblem }
    post({ fatal: nativeProblem })
  } else {
    try {
      core = openCore({
        dataDir: data.dataDir,
        migrationsFolder: data.migrationsFolder,
        version: data.version,
        nativeBinding: data.nativeBinding,
        xlsxReaderFile: data.xlsxReaderFile,
        emit: (event) => post({ event }),
        logError: (method, error) =>
          console.error(`[${new Date().toISOString()}] ${method} failed:`, error),
      })
      const info = core.api.dispatch('app.info', undefined)
      post({ ready: true, schemaVersion: info.ok ? info.value.schemaVersion : 0 })
    } catch (error) {
      const fatal = toFatal(error)
      startError = { code: error instanceof AppError ? error.code : 'INTERNAL', ...fatal }
      post({ fatal })
    }
  }

  function answer(
    id: number,
    method: unknown,
    input: unknown,
  ): Result<unknown> | Promise<Result<unknown>> {
    if (!core) return { ok: false, error: startError ?? { code: 'INTERNAL', ...INTERNAL_START } }
    if (typeof method !== 'string') {
      return {
        ok: false,
        error: {
          code: 'VALIDATION',
          key: 'errors.badMethod',
          message: 'The method name must be a string',
        },
      }
    }
    // Synchronous where it can be (answers in order); a job method, or a call that must wait
    // for a running job, answers when done, so answers may come back out of order.
    const result = core.api.dispatch(method, input)
    if (
      !result.ok &&
      (result.error.key === 'errors.jobMethod' || result.error.key === 'errors.busyJob')
    )
      return core.api.dispatchAsync(method, input)
    return result
  }

  return {
    handle(message) {
      if (
        typeof message === 'object' &&
        message !== null &&
        (message as { type?: unknown }).type === 'close'
      ) {
        // PRAGMA optimize and a clean WAL checkpoint happen here, before the thread ends.
        core?.close()
        core = null
        startError = { code: 'INTERNAL', key: 'errors.coreClosed', message: 'Kehu is closing' }
        post({ closed: true })
        return 'closed'
      }
      if (isRequest(message)) {
        const { id } = message
        const result = answer(id, message.method, message.input)
        if (result instanceof Promise) void result.then((value) => post({ id, result: value }))
        else post({ id, result })
      }
      return 'open'
    },
  }
}
