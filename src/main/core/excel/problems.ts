import type { z } from 'zod'
import type { ImportProblem } from '../../../shared/api/excel'
import { toFieldIssue } from '../errors'
import { AppError } from '../errors'

/**
 * The services' and the contract's refusals of a row, as problems of its cells: a
 * field issue's path ("email", "custom.cf1") names the field, the mapping its column.
 * `fieldOf` translates a service path into the import's field key where they differ.
 */
export function problemsOf(
  error: unknown,
  mapping: (string | null)[],
  fieldOf: (path: string) => string = (path) => path,
): ImportProblem[] {
  if (!(error instanceof AppError)) throw error
  const issues = error.details?.length
    ? error.details
    : [{ path: '', key: error.key, message: error.message, params: error.params }]
  return issues.map((issue) => {
    const field = issue.path ? fieldOf(issue.path) : null
    const column = field ? mapping.indexOf(field) : -1
    return {
      column: column === -1 ? null : column,
      field,
      key: issue.key,
      ...(issue.params ? { params: issue.params } : {}),
      message: issue.message,
    }
  })
}

/** A zod refusal of the service input, as cell problems. */
export function zodProblems(
  error: z.ZodError,
  mapping: (string | null)[],
  fieldOf: (path: string) => string = (path) => path,
): ImportProblem[] {
  return error.issues.map((issue) => {
    const fieldIssue = toFieldIssue(issue)
    const field = fieldIssue.path ? fieldOf(fieldIssue.path) : null
    const column = field ? mapping.indexOf(field) : -1
    return {
      column: column === -1 ? null : column,
      field,
      key: fieldIssue.key,
      ...(fieldIssue.params ? { params: fieldIssue.params } : {}),
      message: fieldIssue.message,
    }
  })
}
