import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach } from 'vitest'
import { openCore, type Core, type CoreOptions } from '../../src/main/core'
import { fixedClock } from '../../src/main/core/clock'
import type { MethodName, MethodOutput, Result } from '../../src/shared/api'

export const MIGRATIONS = resolve(__dirname, '../../migrations')
/** 2026-11-23 10:00 local time: tests see a fixed "today". */
export const NOW = new Date(2026, 10, 23, 10, 0, 0).getTime()

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehu-test-'))
  dirs.push(dir)
  return dir
}

export interface TestCore extends Core {
  dataDir: string
  clock: ReturnType<typeof fixedClock>
  /** dispatch that returns the value of an ok Result and fails the test otherwise. */
  ok<M extends MethodName>(method: M, input?: unknown): MethodOutput<M>
  call(method: string, input?: unknown): Result<unknown>
}

/** `now`: the fixed clock's start (what the core sees at open, e.g. for the backup at start). */
export function openTestCore(
  dataDir = tempDir(),
  now = NOW,
  options: Pick<CoreOptions, 'xlsxReaderFile'> = {},
): TestCore {
  const clock = fixedClock(now)
  const core = openCore({
    dataDir,
    migrationsFolder: MIGRATIONS,
    version: '0.0.0-test',
    clock,
    ...options,
  })
  const cores = core as TestCore
  cores.dataDir = dataDir
  cores.clock = clock
  cores.call = (method, input) => core.api.dispatch(method, input)
  cores.ok = <M extends MethodName>(method: M, input?: unknown) => {
    const result = core.api.dispatch(method, input)
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`)
    return result.value
  }
  return cores
}

/** The search indexes (contentless FTS5 tables). */
const SEARCH_INDEXES = ['customer_search', 'customer_search_chars']

/**
 * What a snapshot reads, one query per table: every row; the search indexes, which keep
 * no text of their own (contentless), as every term each row put in them, with its
 * position — what the row's text was. Creates the term views on `db` (temp) once.
 */
export function snapshotQueries(db: Database.Database): [string, string][] {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customer_search%' ORDER BY name",
    )
    .pluck()
    .all() as string[]
  const queries: [string, string][] = tables.map((name) => [name, `SELECT * FROM "${name}"`])
  for (const index of SEARCH_INDEXES) {
    db.exec(
      `CREATE VIRTUAL TABLE IF NOT EXISTS temp."${index}_terms" USING fts5vocab(main, '${index}', 'instance')`,
    )
    queries.push([index, `SELECT doc, term, "offset" FROM temp."${index}_terms"`])
  }
  return queries
}

/** One table's rows as a snapshot line, sorted by content: a rewrite restoring the same rows compares equal. */
export function snapshotLine(name: string, rows: unknown[]): string {
  return `${name}: [${rows
    .map((row) => JSON.stringify(row))
    .sort()
    .join(',')}]`
}

/** Every table's rows, read through a second connection, to prove a refused call changed nothing. */
export function snapshotDatabase(dataDir: string): string {
  const db = new Database(join(dataDir, 'kehu.db'), { readonly: true })
  try {
    return snapshotQueries(db)
      .map(([name, query]) => snapshotLine(name, db.prepare(query).all()))
      .join('\n')
  } finally {
    db.close()
  }
}
