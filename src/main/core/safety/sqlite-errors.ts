import type { ApiError } from '../../../shared/api'

/**
 * SQLite's failures that are about the file or the disk, not about Kehu's code, as
 * readable, translatable errors. "database disk image is malformed" and friends never
 * reach the owner in SQLite's words (the log keeps them).
 */
const FAILURES: { codes: RegExp; error: ApiError }[] = [
  {
    codes: /^SQLITE_(CORRUPT|NOTADB)/,
    error: {
      code: 'INTERNAL',
      key: 'errors.databaseCorrupt',
      message:
        'The database file is damaged. Run the integrity check in Settings, or restore the newest backup.',
    },
  },
  {
    codes: /^SQLITE_FULL/,
    error: {
      code: 'INTERNAL',
      key: 'errors.diskFull',
      message: 'The disk is full: nothing was saved. Free some space and try again.',
    },
  },
  {
    codes: /^SQLITE_READONLY/,
    error: {
      code: 'INTERNAL',
      key: 'errors.databaseReadOnly',
      message: 'Kehu may not write to its database file (read-only). Nothing was saved.',
    },
  },
  {
    codes: /^SQLITE_(IOERR|CANTOPEN|PERM|NOLFS)/,
    error: {
      code: 'INTERNAL',
      key: 'errors.diskError',
      message:
        'The disk could not be read or written. Nothing was saved; check the disk and try again.',
    },
  },
]

export function sqliteCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null
}

export function sqliteFailure(error: unknown): ApiError | null {
  const code = sqliteCode(error)
  if (!code) return null
  const found = FAILURES.find((failure) => failure.codes.test(code))
  return found ? { ...found.error } : null
}
