import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createApi, type Api, type ApiDeps } from './api'
import { systemClock, type Clock } from './clock'
import { openDatabase } from './db/open'
import { DATABASE_FILE } from './paths'
import { createBackupManager } from './backups'
import { writeBackup } from './db/backup'
import { ensureSearchIndex } from './services/search'

/** A backup at start when the newest is older than this (issue 9 makes it a setting). */
const START_BACKUP_HOURS = 24

export interface CoreOptions {
  dataDir: string
  migrationsFolder: string
  version: string
  clock?: Clock
  nativeBinding?: string
  emit?: ApiDeps['emit']
  logError?: ApiDeps['logError']
}

export interface Core {
  api: Api
  close(): void
}

/** Opens the data folder's database and returns the dispatcher over it. Used by every host. */
export function openCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true })
  const file = join(options.dataDir, DATABASE_FILE)
  const clock = options.clock ?? systemClock
  const backupDir = join(options.dataDir, 'backups')
  const open = {
    migrationsFolder: options.migrationsFolder,
    nativeBinding: options.nativeBinding,
    // A schema change is the moment most likely to go wrong: keep the state before it.
    beforeMigrate: (sqlite: Parameters<typeof writeBackup>[0]) => {
      writeBackup(sqlite, backupDir, clock.now(), 'migration')
    },
  }
  const database = { current: openDatabase({ ...open, file }) }
  const ctx = { db: database.current.db, sqlite: database.current.sqlite, clock }
  ensureSearchIndex(ctx)
  const backups = createBackupManager({
    ctx,
    clock,
    database,
    open,
    file,
    dir: backupDir,
  })
  backups.atStart(START_BACKUP_HOURS)
  const api = createApi({
    ctx,
    backups,
    dataDir: options.dataDir,
    version: options.version,
    schemaVersion: database.current.schemaVersion,
    emit: options.emit,
    logError: options.logError,
  })
  return { api, close: () => database.current.close() }
}
