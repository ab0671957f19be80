import type { ErrorCode, FieldIssue, MessageParams } from '../../shared/api'

/**
 * An expected failure with a user-facing, translatable message. Services throw it;
 * `dispatch` turns it into `{ ok: false, error }`. Anything else thrown is a bug
 * and becomes INTERNAL.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    message: string,
    readonly params?: MessageParams,
    readonly details?: FieldIssue[],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function notFound(entity: string, id: number): AppError {
  return new AppError('NOT_FOUND', 'errors.notFound', `No ${entity} with id ${id}`, { entity, id })
}

/** A VALIDATION error about one field, shaped like the schema's own errors. */
export function invalidField(
  path: string,
  key: string,
  message: string,
  params?: MessageParams,
): AppError {
  return new AppError('VALIDATION', 'errors.validation', 'Some fields are not valid', undefined, [
    { path, key, message, params },
  ])
}
