import type { z } from 'zod'
import type { JobEvent } from '../../shared/api'
import type { MethodTable } from '../../shared/api/method'
import type { Ctx } from './context'

/**
 * What every handler slice receives: the context and what the host knows. A slice that
 * needs more (the backups, the lock, the reader threads) names it beside this.
 */
export interface CoreDeps {
  ctx: Ctx
  dataDir: string
  version: string
  schemaVersion: number
  /** Progress of long jobs, forwarded by each host to its renderer. */
  emit?: (event: JobEvent) => void
  /** Where unexpected errors go with their stack (the hosts log to a file / stderr). */
  logError?: (method: string, error: unknown) => void
}

/**
 * The handlers of one domain's slice of the contract: parsed input in, output type out
 * (a promise of it for a job method, see src/main/core/jobs.ts).
 */
export type HandlersOf<T extends MethodTable> = {
  [M in keyof T]: (
    input: z.output<T[M]['input']>,
  ) => T[M] extends { job: true } ? Promise<T[M]['output']> : T[M]['output']
}
