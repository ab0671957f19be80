import Database from 'better-sqlite3'
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { join } from 'node:path'
import type { Backup } from '../../../shared/api'
import type { Clock } from '../clock'
import type { Ctx } from '../context'
import {
  backupFileName,
  backupsToRemove,
  listBackups,
  removeBackups,
  removePartialBackups,
  writeBackup,
} from './backup-writer'
import { restoreBackupFiles } from './backup-files'
import { openDatabase, type OpenDatabase, type OpenOptions } from '../db/open'
import { AppError, notFound } from '../errors'
import { ensureSearchIndex } from '../search'

export interface BackupPolicy {
  keepLast: number
  keepDays: number
}

export interface BackupManager {
  /** The folder backups are written to now (it may change in settings). */
  readonly dir: string
  create(reason?: string): Backup
  list(): Backup[]
  /** A backup when there is data and the newest backup is older than `hours`; null otherwise. */
  due(hours: number, reason: string): Backup | null
  /** Replaces the database with a backup; returns the backup of the state it replaced (undo). */
  restore(id: number): Backup
}

export interface BackupTarget {
  /** The current backup folder. */
  dir(): string
  /** Throws a readable error when the folder cannot be written now (USB disk unplugged). */
  assertWritable(dir: string): void
  policy(): BackupPolicy
}

/**
 * Backups of the live database and restoring one. Restore swaps the connection inside
 * the shared `ctx`, so every service sees the restored database from the next call on.
 */
export function createBackupManager(options: {
  ctx: Ctx
  clock: Clock
  database: { current: OpenDatabase }
  open: Omit<OpenOptions, 'file'>
  file: string
  target: BackupTarget
  /** <data folder>/attachments: backups keep the files their database names, restores put them back. */
  attachmentsDir?: string
}): BackupManager {
  const { ctx, target } = options

  function create(reason = 'manual'): Backup {
    const dir = target.dir()
    target.assertWritable(dir)
    // A .partial is a backup a crash interrupted: never listed, never restored; tidy it.
    removePartialBackups(dir)
    const taken = new Set(listBackups(dir).map((b) => b.id))
    let createdAt = options.clock.now()
    while (taken.has(createdAt)) createdAt += 1
    const backup = writeBackup(ctx.sqlite, dir, createdAt, reason, options.attachmentsDir)
    removeBackups(dir, backupsToRemove(listBackups(dir), options.clock.now(), target.policy()))
    return backup
  }

  function reopen(): void {
    const database = openDatabase({ ...options.open, file: options.file })
    options.database.current = database
    Object.assign(ctx, { db: database.db, sqlite: database.sqlite })
    ensureSearchIndex(ctx)
  }

  function restore(id: number): Backup {
    const dir = target.dir()
    const source = backupFile(dir, id)
    verifyBackup(source)
    const safety = create('restore')
    // The backup's attachments first: adding files the live database does not name is harmless.
    if (options.attachmentsDir) restoreBackupFiles(source, options.attachmentsDir)
    options.database.current.close()
    try {
      replaceDatabaseFile(options.file, source)
      reopen()
    } catch (error) {
      // The backup would not open here (e.g. written by a newer Kehu): put the previous state back.
      replaceDatabaseFile(options.file, join(dir, backupFileName(safety.createdAt, safety.reason)))
      reopen()
      throw error
    }
    return safety
  }

  function due(hours: number, reason: string): Backup | null {
    const hasData = ctx.sqlite.prepare('SELECT 1 FROM customers LIMIT 1').get() !== undefined
    const newest = listBackups(target.dir())[0]
    if (!hasData || (newest && options.clock.now() - newest.createdAt < hours * 3_600_000))
      return null
    return create(reason)
  }

  return {
    get dir() {
      return target.dir()
    },
    create,
    list: () => listBackups(target.dir()),
    restore,
    due,
  }
}

/** The file of backup `id` in `dir`; NOT_FOUND when there is none. */
export function backupFile(dir: string, id: number): string {
  const backup = listBackups(dir).find((b) => b.id === id)
  if (!backup) throw notFound('backup', id)
  return join(dir, backupFileName(backup.createdAt, backup.reason))
}

/**
 * Puts `source` in place of the (closed) database file without a moment where the file
 * is half written: copy beside it, fsync, then rename over it. A crash leaves either
 * the old database or the restored one.
 */
export function replaceDatabaseFile(file: string, source: string): void {
  const incoming = `${file}.restoring`
  copyFileSync(source, incoming)
  const fd = openSync(incoming, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  // The closed database has no live WAL; stale companions must not be applied to the new file.
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
  renameSync(incoming, file)
}

/** True when the file opens and passes quick_check. */
export function backupIsGood(file: string): boolean {
  try {
    const copy = new Database(file, { readonly: true, fileMustExist: true })
    try {
      return copy.pragma('quick_check', { simple: true }) === 'ok'
    } finally {
      copy.close()
    }
  } catch {
    return false
  }
}

export function verifyBackup(file: string): void {
  if (!existsSync(file))
    throw new AppError('NOT_FOUND', 'errors.backupMissing', 'The backup file is missing')
  if (!backupIsGood(file)) {
    throw new AppError(
      'CONFLICT',
      'errors.backupDamaged',
      'This backup is damaged and cannot be restored',
    )
  }
}
