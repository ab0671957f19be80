import type { z } from 'zod'

/** A method: its input schema (runtime) and its output type (compile time only). */
export function method<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({
    input,
    output: undefined as unknown as Output,
  })
}

/** A domain's slice of the contract table. */
export type MethodTable = Record<string, { input: z.ZodType; output: unknown }>
