import type Database from 'better-sqlite3'
import type { Clock } from './clock'
import type { Db } from './db/open'

/** What every service receives: no module-level database, an injectable clock. */
export interface Ctx {
  db: Db
  sqlite: Database.Database
  clock: Clock
}
