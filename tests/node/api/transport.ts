import type { MethodInput, MethodName, MethodOutput, Result } from '../../../src/shared/api'

/** A transport as the contract suites see it: a method call and the data folder behind it. */
export interface Transport {
  /** Any name and any input: the suites send bad ones on purpose. */
  call(method: string, input?: unknown): Promise<Result<unknown>>
  dataDir: string
  close(): Promise<void>
}

/** A call the suite expects to succeed, typed by the contract: its input checked, its value typed. */
export async function ok<M extends MethodName>(
  transport: Transport,
  method: M,
  input?: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await transport.call(method, input)
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
  return result.value as MethodOutput<M>
}
