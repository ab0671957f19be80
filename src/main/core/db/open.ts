import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../errors'
import { createCheckpointer, registerCheckpointer, type Checkpointer } from './checkpointer'
import * as schema from './schema'

export type Db = BetterSQLite3Database<typeof schema>

export interface OpenOptions {
  /** Path of the database file (created if missing). */
  file: string
  /** Folder holding drizzle-kit's SQL files and meta/_journal.json. */
  migrationsFolder: string
  /** Electron loads its own ABI build of better-sqlite3 (see README, "Native module"). */
  nativeBinding?: string
  /**
   * Called before migrating a database that already has a schema (not a new file),
   * with the connection as it is: the core backs it up there.
   */
  beforeMigrate?: (sqlite: Database.Database) => void
  /** Where a background checkpoint's failure is logged (see checkpointer.ts); else stderr. */
  logError?: (what: string, error: unknown) => void
}

export interface OpenDatabase {
  sqlite: Database.Database
  db: Db
  /** Number of migrations this build knows and has applied; also PRAGMA user_version. */
  schemaVersion: number
  /** Copies a big write's WAL into the file off the core's thread (see commitBulk). */
  checkpointer: Checkpointer
  close(): void
}

/** Bytes the WAL file is cut back to after a checkpoint (SQLite's journal_size_limit). */
export const JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024

interface Journal {
  entries: { idx: number; tag: string; when: number }[]
}

export function knownSchemaVersion(migrationsFolder: string): number {
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as Journal
  return journal.entries.length
}

function damaged(file: string, cause: unknown): AppError {
  const error = new AppError(
    'INTERNAL',
    'errors.databaseDamaged',
    `The database file ${file} is damaged or is not a Kehu database`,
    { file },
  )
  error.cause = cause
  return error
}

/**
 * Applies the migrations the file lacks, exactly as drizzle's migrator records them
 * (__drizzle_migrations: hash, created_at), but in ONE transaction together with
 * `user_version`: a crash or a kill at any moment leaves the old schema or the new
 * one, never a mix, and never a new schema under an old version number.
 */
function applyMigrations(sqlite: Database.Database, migrationsFolder: string, known: number): void {
  const migrations = readMigrationFiles({ migrationsFolder })
  sqlite.exec(
    'CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)',
  )
  const last = sqlite
    .prepare('SELECT created_at FROM "__drizzle_migrations" ORDER BY created_at DESC LIMIT 1')
    .pluck()
    .get() as number | string | undefined
  const record = sqlite.prepare(
    'INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)',
  )
  sqlite.transaction(() => {
    for (const migration of migrations) {
      if (last !== undefined && Number(last) >= migration.folderMillis) continue
      for (const statement of migration.sql) if (statement.trim()) sqlite.exec(statement)
      record.run(migration.hash, migration.folderMillis)
    }
    sqlite.pragma(`user_version = ${known}`)
  })()
}

/**
 * Opens (or creates) the database: pragmas, integrity check, downgrade guard,
 * migrations. Throws AppError with a readable message rather than SQLite's own words.
 */
export function openDatabase(options: OpenOptions): OpenDatabase {
  const known = knownSchemaVersion(options.migrationsFolder)
  let sqlite: Database.Database
  try {
    sqlite = new Database(
      options.file,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    )
  } catch (cause) {
    throw damaged(options.file, cause)
  }
  try {
    let check: unknown
    try {
      sqlite.pragma('busy_timeout = 5000')
      check = sqlite.pragma('quick_check', { simple: true })
    } catch (cause) {
      throw damaged(options.file, cause)
    }
    if (check !== 'ok') throw damaged(options.file, new Error(String(check)))

    const found = sqlite.pragma('user_version', { simple: true }) as number
    if (found > known) {
      throw new AppError(
        'CONFLICT',
        'errors.databaseTooNew',
        `This database was written by a newer Kehu (schema ${found}, this version knows ${known}). Update Kehu to open it.`,
        { found, known },
      )
    }
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    // A big import's WAL (2 GB at a million rows) shrinks back to this once it has been
    // copied into the database, instead of staying that size on disk until Kehu closes.
    sqlite.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`)

    const db = drizzle(sqlite, { schema })
    if (found < known) {
      if (found > 0) options.beforeMigrate?.(sqlite)
      applyMigrations(sqlite, options.migrationsFolder, known)
    }
    const checkpointer = createCheckpointer({
      file: options.file,
      nativeBinding: options.nativeBinding,
      logError: options.logError ?? ((what, error) => console.error(`Kehu: ${what}:`, error)),
    })
    registerCheckpointer(sqlite, checkpointer)
    return {
      sqlite,
      db,
      schemaVersion: known,
      checkpointer,
      close() {
        try {
          // Its thread has the file open: a restore must not replace it under the copy.
          checkpointer.waitIdle()
          sqlite.pragma('optimize')
        } finally {
          sqlite.close()
        }
      },
    }
  } catch (error) {
    sqlite.close()
    throw error
  }
}
