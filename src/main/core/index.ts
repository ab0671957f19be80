import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createApi, type Api, type ApiDeps } from './api'
import { systemClock, type Clock } from './clock'
import { openDatabase } from './db/open'
import { DATABASE_FILE } from './paths'
import { ensureSearchIndex } from './services/search'

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
  const database = openDatabase({
    file: join(options.dataDir, DATABASE_FILE),
    migrationsFolder: options.migrationsFolder,
    nativeBinding: options.nativeBinding,
  })
  const ctx = { db: database.db, sqlite: database.sqlite, clock: options.clock ?? systemClock }
  ensureSearchIndex(ctx)
  const api = createApi({
    ctx,
    dataDir: options.dataDir,
    version: options.version,
    schemaVersion: database.schemaVersion,
    emit: options.emit,
    logError: options.logError,
  })
  return { api, close: () => database.close() }
}
