import type { TFunction } from 'i18next'
import type { ApiError, FieldIssue, MessageParams } from '../../../shared/api'
import { isApiClientError } from './api'

/** A translation of `key` with `params`, or the core's English message when the key is unknown. */
export function translateKey(
  t: TFunction,
  key: string,
  params: MessageParams | undefined,
  fallback: string,
): string {
  return t(key, { ...params, defaultValue: fallback })
}

export function translateApiError(t: TFunction, error: ApiError): string {
  return translateKey(t, error.key, error.params, error.message)
}

export function translateIssue(t: TFunction, issue: FieldIssue): string {
  return translateKey(t, issue.key, issue.params, issue.message)
}

/** Any thrown value as one sentence in the user's language. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiClientError(error)) return translateApiError(t, error.error)
  if (error instanceof Error) return error.message
  return String(error)
}

export interface PlacedErrors {
  /** Translated message per form field, to show under that field. */
  fields: Record<string, string>
  /** What could not be placed on a field, for a notification; null when everything was placed. */
  general: string | null
}

/**
 * The form field a detail's path is about: the longest known field that is the path
 * or a dotted prefix of it ("tags.0" → "tags"; "custom.cf3" → "custom.cf3" when the
 * form knows that field).
 */
function fieldOfPath(path: string, knownFields: readonly string[]): string | null {
  let best: string | null = null
  for (const field of knownFields) {
    if ((path === field || path.startsWith(`${field}.`)) && field.length > (best?.length ?? -1))
      best = field
  }
  return best
}

/**
 * Puts a failed call's messages where the user will look for them: each
 * VALIDATION detail under its field (`details[].path` names it, "tags.0" → "tags",
 * "custom.cf3" → "custom.cf3" when that is a field of the form),
 * a keyed error such as errors.customerCodeTaken under the field it is about,
 * and anything else into `general`.
 */
export function placeApiError(
  t: TFunction,
  error: unknown,
  knownFields: readonly string[],
  fieldOfKey: Readonly<Record<string, string>> = {},
): PlacedErrors {
  if (!isApiClientError(error)) return { fields: {}, general: errorMessage(t, error) }
  const keyedField = fieldOfKey[error.key]
  if (keyedField && knownFields.includes(keyedField)) {
    return { fields: { [keyedField]: translateApiError(t, error.error) }, general: null }
  }
  if (error.code !== 'VALIDATION' || !error.details || error.details.length === 0) {
    return { fields: {}, general: translateApiError(t, error.error) }
  }
  const fields: Record<string, string> = {}
  const unplaced: string[] = []
  for (const issue of error.details) {
    const field = fieldOfPath(issue.path, knownFields)
    const message = translateIssue(t, issue)
    if (field !== null) {
      fields[field] = fields[field] ? `${fields[field]} · ${message}` : message
    } else {
      unplaced.push(issue.path ? `${issue.path}: ${message}` : message)
    }
  }
  const general =
    unplaced.length > 0 ? [translateApiError(t, error.error), ...unplaced].join('\n') : null
  return { fields, general }
}
