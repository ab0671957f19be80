/** The envelope every method returns on every transport (API.md "Envelope"). */
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'BUSY', 'INTERNAL'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export type MessageParams = Record<string, string | number>

/** One bad field: `path` is dotted ("items.0.quantity"); `key`/`params` translate the message. */
export interface FieldIssue {
  path: string
  message: string
  key: string
  params?: MessageParams
}

/**
 * `message` is readable English as a fallback; the renderer shows `key` translated
 * with `params` in the user's language.
 */
export interface ApiError {
  code: ErrorCode
  message: string
  key: string
  params?: MessageParams
  details?: FieldIssue[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** HTTP status per error code (API.md "Transports"). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BUSY: 503,
  INTERNAL: 500,
}
