import Database from 'better-sqlite3'
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { join } from 'node:path'
import type { Backup } from '../../../shared/api'
import { localDate } from '../../../shared/dates'
import { AppError } from '../errors'
import {
  backupFilesDir,
  removeBackupFiles,
  removeOrphanBackupFiles,
  writeBackupFiles,
} from './backup-files'

const NAME = /^kehu-(\d{13})-([a-z]+)\.db$/

export function backupFileName(createdAt: number, reason: string): string {
  return `kehu-${createdAt}-${reason}.db`
}

/** The backups in a folder, newest first; files that are not Kehu backups are ignored. */
export function listBackups(dir: string): Backup[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names
    .flatMap((name) => {
      const match = NAME.exec(name)
      if (!match) return []
      const createdAt = Number(match[1])
      return [
        {
          id: createdAt,
          createdAt,
          reason: match[2] ?? 'manual',
          sizeBytes: statSync(join(dir, name)).size,
        },
      ]
    })
    .sort((a, b) => b.createdAt - a.createdAt)
}

/**
 * Writes a consistent copy of the live database with `VACUUM INTO` (never a file copy of
 * a live database), verifies it with quick_check, and only then gives it its final name:
 * a backup that exists is a backup that opens. With `attachmentsDir`, the attachment
 * files the copy refers to go into the folder beside it first (safety/backup-files.ts), so a
 * backup that exists has its files too.
 */
export function writeBackup(
  sqlite: Database.Database,
  dir: string,
  createdAt: number,
  reason: string,
  attachmentsDir?: string,
): Backup {
  mkdirSync(dir, { recursive: true })
  const name = backupFileName(createdAt, reason)
  const partial = join(dir, `${name}.partial`)
  rmSync(partial, { force: true })
  // The newest earlier backup's files, to link from (a USB disk then copies only new ones).
  const newest = listBackups(dir)[0]
  const reuse = newest
    ? [backupFilesDir(join(dir, backupFileName(newest.createdAt, newest.reason)))]
    : []
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial)
    const copy = new Database(partial, { readonly: true })
    try {
      const check = copy.pragma('quick_check', { simple: true })
      if (check !== 'ok') throw new Error(`quick_check: ${String(check)}`)
    } finally {
      copy.close()
    }
    // On the disk before it gets its final name, so a power cut cannot list a hollow file.
    const fd = openSync(partial, 'r+')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    if (attachmentsDir)
      writeBackupFiles({ written: partial, databaseFile: join(dir, name), attachmentsDir, reuse })
    renameSync(partial, join(dir, name))
  } catch (cause) {
    rmSync(partial, { force: true })
    removeBackupFiles(join(dir, name))
    rmSync(`${backupFilesDir(join(dir, name))}.partial`, { recursive: true, force: true })
    const error = new AppError(
      'INTERNAL',
      'errors.backupFailed',
      `The backup could not be written to ${dir}`,
      { dir },
    )
    error.cause = cause
    throw error
  }
  return { id: createdAt, createdAt, reason, sizeBytes: statSync(join(dir, name)).size }
}

/**
 * Which backups rotation removes: it keeps the newest `keepLast`, plus the newest of
 * each calendar day for the last `keepDays` days (ARCHITECTURE: 10 and 30 by default).
 */
export function backupsToRemove(
  backups: Backup[],
  now: number,
  policy: { keepLast: number; keepDays: number } = { keepLast: 10, keepDays: 30 },
): Backup[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt)
  const keep = new Set(newestFirst.slice(0, policy.keepLast).map((b) => b.id))
  const oldestDay = localDate(now - (policy.keepDays - 1) * 86_400_000)
  const seenDays = new Set<string>()
  for (const backup of newestFirst) {
    const day = localDate(backup.createdAt)
    if (day >= oldestDay && !seenDays.has(day)) {
      seenDays.add(day)
      keep.add(backup.id)
    }
  }
  return newestFirst.filter((b) => !keep.has(b.id))
}

/** Leftovers of backups a crash interrupted (they never got their final name). */
export function removePartialBackups(dir: string): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names)
    if (name.startsWith('kehu-') && name.endsWith('.db.partial'))
      rmSync(join(dir, name), { force: true })
  removeOrphanBackupFiles(dir)
}

/** Each backup with its attachment files. */
export function removeBackups(dir: string, backups: Backup[]): void {
  for (const backup of backups) {
    const file = join(dir, backupFileName(backup.createdAt, backup.reason))
    rmSync(file, { force: true })
    removeBackupFiles(file)
  }
}
