import {
  isMethodName,
  JOB_STEERING_METHODS,
  methods,
  type ApiError,
  type MethodName,
  type MethodOutput,
  type MethodParsedInput,
  type MethodTraits,
  type Methods,
  type Result,
} from '../../shared/api'
import { beforeRead, dailyWork } from './domain-wiring'
import { aftersalesHandlers } from './aftersales'
import { appHandlers } from './app'
import { campaignHandlers } from './campaigns'
import { customerHandlers } from './customers'
import type { CoreDeps } from './deps'
import { demoHandlers } from './demo'
import { AppError, toFieldIssue } from './errors'
import { excelHandlers, type Readers } from './excel'
import { insightHandlers } from './insight'
import { createJobs, type Jobs } from './jobs'
import { ledgerHandlers } from './ledger'
import { pipelineHandlers } from './pipeline'
import { reminderHandlers } from './reminders'
import { reportsHandlers } from './reports'
import {
  backupHandlers,
  safetyHandlers,
  sqliteFailure,
  type BackupManager,
  type SafetyDeps,
} from './safety'

type Handlers = {
  [M in MethodName]: (
    input: MethodParsedInput<M>,
  ) => Methods[M] extends { job: true } ? Promise<MethodOutput<M>> : MethodOutput<M>
}
/** A handler table as dispatch sees it (parsed input in, output out). */
export type HandlerTable = Partial<Record<MethodName, (input: unknown) => unknown>>

export interface Api {
  dispatch<M extends MethodName>(method: M, input: unknown): Result<MethodOutput<M>>
  dispatch(method: string, input: unknown): Result<unknown>
  /**
   * Every method, jobs included (imports.commit, exports.*): the hosts call this one. A
   * call arriving while a job holds the connection waits for it (see jobs.ts).
   */
  dispatchAsync<M extends MethodName>(method: M, input: unknown): Promise<Result<MethodOutput<M>>>
  dispatchAsync(method: string, input: unknown): Promise<Result<unknown>>
}

function handlers(deps: ApiDeps, jobs: Jobs): Handlers {
  return {
    ...appHandlers(deps),
    ...customerHandlers(deps),
    ...demoHandlers(deps),
    ...backupHandlers(deps),
    ...pipelineHandlers(deps),
    ...ledgerHandlers(deps),
    ...reportsHandlers(deps),
    ...safetyHandlers(deps),
    ...excelHandlers(deps, jobs),
    ...reminderHandlers(deps),
    ...insightHandlers(deps),
    ...aftersalesHandlers(deps),
    ...campaignHandlers(deps),
  }
}

function failure(error: ApiError): Result<never> {
  return { ok: false, error }
}

export interface DispatcherOptions {
  logError?: (method: string, error: unknown) => void
  /** Long jobs: while one holds the connection, other calls wait (async) or get BUSY (sync). */
  jobs?: Jobs
  /**
   * Runs before each call, never inside the handler: the day's work of a new day and the
   * derived data a read shows (domain-wiring.ts). Never while a job holds the connection.
   */
  beforeCall?: (method: MethodName) => void
  /** The answer for a contract method the table does not hold (e.g. in recovery mode). */
  unavailable?: (method: MethodName) => ApiError
}

/**
 * The one entry point of the core: validates the untrusted input against the
 * contract, runs the service, and wraps the outcome. Never throws.
 */
/** Everything the handler slices need, as the host gives it. */
export interface ApiDeps extends CoreDeps {
  backups: BackupManager
  /** Backup settings, the password lock, the config file beside the database. */
  safety: SafetyDeps
  /** Where an import reads its .xlsx: a thread of its own when one can start. */
  readers?: Readers | null
}

export function createApi(deps: ApiDeps): Api {
  const jobs = createJobs(deps.emit)
  const startDay = dailyWork(deps.ctx)
  const beforeCall = (method?: MethodName) => {
    if (jobs.connectionHeld) return
    try {
      startDay()
      if (method) beforeRead(deps.ctx, method)
    } catch (error) {
      // Tried again at the next call; the call itself goes on.
      deps.logError?.('daily work', error)
    }
  }
  beforeCall()
  return createDispatcher(handlers(deps, jobs) as HandlerTable, {
    logError: deps.logError,
    jobs,
    beforeCall,
  })
}

/** Methods that steer a running job and so must reach it while it holds the connection. */
const JOB_STEERING = new Set<string>(JOB_STEERING_METHODS)

function isJobMethod(method: MethodName): boolean {
  return (methods[method] as MethodTraits).job === true
}

/** Validation, the handler, and the error envelope, over any table of handlers. */
export function createDispatcher(table: HandlerTable, options: DispatcherOptions = {}): Api {
  type Prepared = { run: () => unknown } | { failed: Result<never> }
  function prepare(method: string, input: unknown): Prepared {
    if (!isMethodName(method)) {
      return {
        failed: failure({
          code: 'NOT_FOUND',
          key: 'errors.unknownMethod',
          message: `Unknown method ${method}`,
          params: { method },
        }),
      }
    }
    const handler = table[method]
    if (!handler) {
      return {
        failed: failure(
          options.unavailable?.(method) ?? {
            code: 'NOT_FOUND',
            key: 'errors.unknownMethod',
            message: `Unknown method ${method}`,
            params: { method },
          },
        ),
      }
    }
    const parsed = methods[method].input.safeParse(input ?? undefined)
    if (!parsed.success) {
      return {
        failed: failure({
          code: 'VALIDATION',
          key: 'errors.validation',
          message: 'Some fields are not valid',
          details: parsed.error.issues.map(toFieldIssue),
        }),
      }
    }
    options.beforeCall?.(method)
    return { run: () => handler(parsed.data) }
  }

  function dispatch(method: string, input: unknown): Result<unknown> {
    if (options.jobs?.connectionHeld && !JOB_STEERING.has(method))
      return failure({
        code: 'BUSY',
        key: 'errors.busyJob',
        message: 'An import is running; try again when it has finished',
      })
    if (isMethodName(method) && isJobMethod(method) && table[method])
      return failure({
        code: 'VALIDATION',
        key: 'errors.jobMethod',
        message: `${method} runs as a job: call it through dispatchAsync`,
        params: { method },
      })
    const prepared = prepare(method, input)
    if ('failed' in prepared) return prepared.failed
    try {
      return { ok: true, value: prepared.run() }
    } catch (error) {
      return failure(toApiError(method, error, options.logError))
    }
  }

  async function dispatchAsync(method: string, input: unknown): Promise<Result<unknown>> {
    while (options.jobs?.connectionHeld && !JOB_STEERING.has(method))
      await options.jobs.connectionHeld
    const prepared = prepare(method, input)
    if ('failed' in prepared) return prepared.failed
    try {
      return { ok: true, value: await prepared.run() }
    } catch (error) {
      return failure(toApiError(method, error, options.logError))
    }
  }
  return { dispatch, dispatchAsync }
}

/** Anything a handler threw, as the envelope's error: never SQLite's own words. */
export function toApiError(
  method: string,
  error: unknown,
  logError?: (method: string, error: unknown) => void,
): ApiError {
  if (error instanceof AppError) {
    return {
      code: error.code,
      key: error.key,
      message: error.message,
      ...(error.params ? { params: error.params } : {}),
      ...(error.details ? { details: error.details } : {}),
    }
  }
  if (isBusy(error)) {
    return {
      code: 'BUSY',
      key: 'errors.busy',
      message: 'The database is busy; try again in a moment',
    }
  }
  logError?.(method, error)
  return (
    sqliteFailure(error) ?? {
      code: 'INTERNAL',
      key: 'errors.internal',
      message: 'Something went wrong inside Kehu. Nothing was changed; the details are in the log.',
    }
  )
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
}
