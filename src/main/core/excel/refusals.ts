import type { MessageParams } from '../../../shared/api'
import { AppError } from '../errors'

/**
 * A file the importer will not read, refused before anything is written: the key names
 * the reason in the user's words (errors.importEmpty, errors.importZipBomb, …).
 */
export function fileRefused(key: string, message: string, params?: MessageParams): AppError {
  return new AppError('VALIDATION', key, message, params)
}

export const sheetLimits = {
  rows: (row: number) =>
    fileRefused('errors.importTooManyRows', `The sheet has more than 1,048,576 rows (row ${row})`, {
      row,
    }),
  columns: (columns: number) =>
    fileRefused(
      'errors.importTooManyColumns',
      `The sheet has more than 16,384 columns (${columns})`,
      { columns },
    ),
}
