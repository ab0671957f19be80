import type { z } from 'zod'

/**
 * What a method is beyond its input and output, declared on the method itself; the lists
 * the hosts and the core use (METHODS_WHILE_LOCKED, HOST_ONLY_METHODS, …) are derived from
 * these in index.ts.
 */
export interface MethodTraits {
  /** A long job: async, with progress events and cancel; called through dispatchAsync. */
  job?: true
  /** Answers while a job holds the connection (it steers the job or shows the app). */
  steersJobs?: true
  /** Answers while the password lock is closed. */
  whileLocked?: true
  /** Answers when the database is damaged and the recovery screen is up. */
  inRecovery?: true
  /** Takes a filesystem path: refused from the hosts' callers, called by the host itself. */
  hostOnly?: true
  /** Carried out by the Electron main process itself (native dialogs, the updater). */
  desktop?: true
}

/** A method: its input schema (runtime), its output type (compile time only), its traits. */
export function method<Output>() {
  return <Input extends z.ZodType, const Traits extends MethodTraits = object>(
    input: Input,
    traits?: Traits,
  ) => ({
    input,
    output: undefined as unknown as Output,
    ...(traits as Traits),
  })
}

/** A method that runs as a job: its handler is async and it reports progress events. */
export function job<Output>() {
  return <Input extends z.ZodType>(input: Input) => method<Output>()(input, { job: true })
}

/** A domain's slice of the contract table. */
export type MethodTable = Record<string, { input: z.ZodType; output: unknown } & MethodTraits>
