import Database from 'better-sqlite3'
import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Backup, RecoveryInfo } from '../../../shared/api'
import { backupFile, backupIsGood, replaceDatabaseFile, verifyBackup } from './backups'
import type { Clock } from '../clock'
import { backupFileName, listBackups } from './backup-writer'
import { restoreBackupFiles } from './backup-files'
import { AppError } from '../errors'

/** Where a damaged database file is kept when a backup replaces it: nothing is deleted. */
export const DAMAGED_FOLDER = 'damaged'

/** What the recovery screen shows: every backup, and the newest one that passes quick_check. */
export function recoveryInfo(file: string, backupDir: string): RecoveryInfo {
  const backups = listBackups(backupDir)
  const good = backups.find((backup) =>
    backupIsGood(join(backupDir, backupFileName(backup.createdAt, backup.reason))),
  )
  return { reason: 'damaged', file, backups, newestGoodId: good?.id ?? null }
}

function schemaOf(file: string): number {
  const copy = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return copy.pragma('user_version', { simple: true }) as number
  } finally {
    copy.close()
  }
}

/**
 * Replaces a damaged database (which cannot be backed up first: it does not open) with
 * backup `id`. The damaged file and its -wal/-shm move to `<data folder>/damaged/<time>/`.
 * Returns the backup that was restored.
 */
export function restoreOverDamaged(options: {
  file: string
  dataDir: string
  backupDir: string
  id: number
  knownSchema: number
  clock: Clock
  /** Where the backup's attachment files go back to (those missing there). */
  attachmentsDir?: string
}): Backup {
  const source = backupFile(options.backupDir, options.id)
  verifyBackup(source)
  const found = schemaOf(source)
  if (found > options.knownSchema) {
    throw new AppError(
      'CONFLICT',
      'errors.databaseTooNew',
      `This database was written by a newer Kehu (schema ${found}, this version knows ${options.knownSchema}). Update Kehu to open it.`,
      { found, known: options.knownSchema },
    )
  }
  const keptDir = join(options.dataDir, DAMAGED_FOLDER, String(options.clock.now()))
  mkdirSync(keptDir, { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) {
    const part = `${options.file}${suffix}`
    if (existsSync(part)) renameSync(part, join(keptDir, `${basename(options.file)}${suffix}`))
  }
  if (options.attachmentsDir) restoreBackupFiles(source, options.attachmentsDir)
  replaceDatabaseFile(options.file, source)
  const backup = listBackups(options.backupDir).find((b) => b.id === options.id)
  if (!backup) throw new Error('the restored backup vanished')
  return backup
}
