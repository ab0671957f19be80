import { accessSync, constants, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { BackupConfig } from '../../../shared/api'
import { AppError } from '../errors'
import type { ConfigStore } from './config'

export const DEFAULT_BACKUP_FOLDER = 'backups'

export function defaultBackupDir(dataDir: string): string {
  return join(dataDir, DEFAULT_BACKUP_FOLDER)
}

/** The folder backups go to now: the owner's choice, or `<data folder>/backups`. */
export function backupDirOf(dataDir: string, store: ConfigStore): string {
  return store.read().backupDir ?? defaultBackupDir(dataDir)
}

/**
 * Writable means: a file can be created and removed there now. A USB disk that was
 * unplugged, a read-only share or a folder without permission all fail here.
 */
export function folderProblem(dir: string): string | null {
  try {
    if (!statSync(dir).isDirectory()) return 'not a folder'
    accessSync(dir, constants.W_OK)
    const probe = join(dir, `.kehu-write-test-${randomBytes(4).toString('hex')}`)
    writeFileSync(probe, 'kehu')
    rmSync(probe, { force: true })
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

export function backupConfig(dataDir: string, store: ConfigStore): BackupConfig {
  const config = store.read()
  const defaultDir = defaultBackupDir(dataDir)
  const dir = config.backupDir ?? defaultDir
  let available: boolean
  if (config.backupDir === null) {
    // The default folder is made on the first backup.
    try {
      mkdirSync(dir, { recursive: true })
      available = folderProblem(dir) === null
    } catch {
      available = false
    }
  } else {
    available = folderProblem(dir) === null
  }
  return {
    dir,
    defaultDir,
    isDefault: config.backupDir === null,
    available,
    keepLast: config.keepLast,
    keepDays: config.keepDays,
    autoBackupHours: config.autoBackupHours,
  }
}

/** Checks a folder the owner picked before it becomes the backup folder. Throws a readable error. */
export function assertUsableFolder(dir: string): string {
  if (!isAbsolute(dir))
    throw new AppError('VALIDATION', 'errors.backupFolderRelative', 'Choose a full folder path', {
      dir,
    })
  const absolute = resolve(dir)
  const problem = folderProblem(absolute)
  if (problem !== null) {
    throw new AppError(
      'VALIDATION',
      'errors.backupFolderNotWritable',
      `Kehu cannot write to ${absolute} (${problem})`,
      { dir: absolute },
    )
  }
  return absolute
}

/** The error when a backup is due but the chosen folder is missing (e.g. the USB disk is not plugged in). */
export function folderUnavailable(dir: string): AppError {
  return new AppError(
    'CONFLICT',
    'errors.backupFolderUnavailable',
    `The backup folder ${dir} cannot be written (is the disk plugged in?)`,
    { dir },
  )
}
