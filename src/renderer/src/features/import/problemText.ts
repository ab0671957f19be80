import type { TFunction } from 'i18next'
import type { ImportPreview, ImportProblem } from '../../../../shared/api'
import { translateKey } from '../../lib/errors'
import { fieldLabel } from './fieldLabel'

/** A cell's problem in the user's words, naming the field as the mapping shows it. */
export function problemText(t: TFunction, preview: ImportPreview, problem: ImportProblem): string {
  const field = preview.fields.find((f) => f.key === problem.field)
  const header = problem.column !== null ? preview.columns[problem.column]?.header : undefined
  return translateKey(
    t,
    problem.key,
    { ...problem.params, field: header || fieldLabel(t, field, problem.field) },
    problem.message,
  )
}
