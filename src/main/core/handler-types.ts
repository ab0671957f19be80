import type { z } from 'zod'
import type { MethodTable } from '../../shared/api/method'

/**
 * The handlers of one domain's slice of the contract: parsed input in, output type out
 * (a promise of it for a job method, see src/main/core/jobs.ts).
 */
export type HandlersOf<T extends MethodTable> = {
  [M in keyof T]: (
    input: z.output<T[M]['input']>,
  ) => T[M] extends { job: true } ? Promise<T[M]['output']> : T[M]['output']
}
