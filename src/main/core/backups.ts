import Database from 'better-sqlite3'
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Backup } from '../../shared/api'
import type { Clock } from './clock'
import type { Ctx } from './context'
import {
  backupFileName,
  backupsToRemove,
  listBackups,
  removeBackups,
  writeBackup,
} from './db/backup'
import { openDatabase, type OpenDatabase, type OpenOptions } from './db/open'
import { AppError, notFound } from './errors'
import { ensureSearchIndex } from './services/search'

export interface BackupManager {
  readonly dir: string
  create(reason?: string): Backup
  list(): Backup[]
  /** At start: a backup when there is data and the newest backup is older than `hours`. */
  atStart(hours: number): Backup | null
  /** Replaces the database with a backup; returns the backup of the state it replaced (undo). */
  restore(id: number): Backup
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
  dir: string
}): BackupManager {
  const { ctx, dir } = options

  function create(reason = 'manual'): Backup {
    const taken = new Set(listBackups(dir).map((b) => b.id))
    let createdAt = options.clock.now()
    while (taken.has(createdAt)) createdAt += 1
    const backup = writeBackup(ctx.sqlite, dir, createdAt, reason)
    removeBackups(dir, backupsToRemove(listBackups(dir), options.clock.now()))
    return backup
  }

  function replaceFileWith(source: string): void {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${options.file}${suffix}`, { force: true })
    copyFileSync(source, options.file)
  }

  function reopen(): void {
    const database = openDatabase({ ...options.open, file: options.file })
    options.database.current = database
    Object.assign(ctx, { db: database.db, sqlite: database.sqlite })
    ensureSearchIndex(ctx)
  }

  function restore(id: number): Backup {
    const backup = listBackups(dir).find((b) => b.id === id)
    if (!backup) throw notFound('backup', id)
    const source = join(dir, backupFileName(backup.createdAt, backup.reason))
    verify(source)
    const safety = create('restore')
    options.database.current.close()
    try {
      replaceFileWith(source)
      reopen()
    } catch (error) {
      // The backup would not open here (e.g. written by a newer Kehu): put the previous state back.
      replaceFileWith(join(dir, backupFileName(safety.createdAt, safety.reason)))
      reopen()
      throw error
    }
    return safety
  }

  function atStart(hours: number): Backup | null {
    const hasData = ctx.sqlite.prepare('SELECT 1 FROM customers LIMIT 1').get() !== undefined
    const newest = listBackups(dir)[0]
    if (!hasData || (newest && options.clock.now() - newest.createdAt < hours * 3_600_000))
      return null
    return create('start')
  }

  return { dir, create, list: () => listBackups(dir), restore, atStart }
}

function verify(file: string): void {
  if (!existsSync(file))
    throw new AppError('NOT_FOUND', 'errors.backupMissing', 'The backup file is missing')
  try {
    const copy = new Database(file, { readonly: true })
    try {
      if (copy.pragma('quick_check', { simple: true }) !== 'ok')
        throw new Error('quick_check failed')
    } finally {
      copy.close()
    }
  } catch (cause) {
    const error = new AppError(
      'CONFLICT',
      'errors.backupDamaged',
      'This backup is damaged and cannot be restored',
    )
    error.cause = cause
    throw error
  }
}
