import type { z } from 'zod'
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

/** A schema's refusal of an input, as the VALIDATION error every method answers with. */
export function invalidInput(error: z.ZodError): AppError {
  return new AppError(
    'VALIDATION',
    'errors.validation',
    'Some fields are not valid',
    undefined,
    error.issues.map(toFieldIssue),
  )
}

/** zod issue → translatable field issue; the key names the rule, params its limits. */
export function toFieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path.map(String).join('.')
  const params: Record<string, string | number> = {}
  let key = `errors.${issue.code}`
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum)
      params.limit = limit
      key = `errors.${issue.code}.${issue.origin === 'string' || issue.origin === 'array' ? issue.origin : 'number'}`
      if (issue.code === 'too_small' && issue.origin === 'string' && limit === 1)
        key = 'errors.required'
      break
    }
    case 'invalid_type':
      key = issue.input === undefined ? 'errors.required' : 'errors.invalid_type'
      params.expected = issue.expected
      break
    case 'unrecognized_keys':
      params.keys = issue.keys.join(', ')
      break
    case 'invalid_value':
      params.values = issue.values.map(String).join(', ')
      break
    case 'custom': {
      const custom = (issue.params ?? {}) as { key?: string }
      if (custom.key) key = custom.key
      break
    }
    default:
      break
  }
  return { path, message: issue.message, key, params }
}
