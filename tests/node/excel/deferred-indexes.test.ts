import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFER_INDEXES_FROM_ROWS, deferIndexes } from '../../../src/main/core/excel/deferred-indexes'
import { bigSheet, call, file, ok } from './helpers'
import { openTestCore, snapshotDatabase } from '../helpers'

/** A big import builds the customers' list indexes once, at the end (deferred-indexes.ts). */

function indexesOf(dataDir: string): { name: string; sql: string }[] {
  const db = new Database(join(dataDir, 'kehu.db'), { readonly: true })
  try {
    return db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'customers' ORDER BY name",
      )
      .all() as { name: string; sql: string }[]
  } finally {
    db.close()
  }
}

describe('deferred indexes', () => {
  it('drops only non-unique indexes, only for an import that outnumbers the table', () => {
    const sqlite = new Database(':memory:')
    sqlite.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT, a TEXT, b TEXT);
      CREATE UNIQUE INDEX t_code ON t (code);
      CREATE INDEX t_a ON t (a) WHERE b IS NULL;
      CREATE INDEX t_ab ON t (a, b);
      INSERT INTO t (code, a) VALUES ('K1', 'x'), ('K2', 'y');`)
    const names = () =>
      (
        sqlite
          .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name")
          .all() as { name: string; sql: string }[]
      ).map((r) => `${r.name}: ${r.sql}`)
    const before = names()
    sqlite.exec('BEGIN')
    const small = deferIndexes(sqlite, 't', DEFER_INDEXES_FROM_ROWS - 1)
    expect(names()).toEqual(before)
    small.restore()
    const big = deferIndexes(sqlite, 't', DEFER_INDEXES_FROM_ROWS)
    expect(names()).toEqual([before.find((n) => n.startsWith('t_code'))])
    big.restore()
    big.restore()
    expect(names()).toEqual(before)
    // The sorter's helper threads were for the rebuild only.
    expect(sqlite.pragma('threads', { simple: true })).toBe(0)
    sqlite.exec('COMMIT')
    sqlite.close()
  })

  it('after a big import every customers index is back, as it was defined', async () => {
    const core = openTestCore()
    const before = indexesOf(core.dataDir)
    expect(before.length).toBeGreaterThan(10)
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('big.xlsx', await bigSheet(DEFER_INDEXES_FROM_ROWS + 10)),
      onDuplicate: 'create',
    })
    expect(summary.created).toBe(DEFER_INDEXES_FROM_ROWS + 10)
    expect(indexesOf(core.dataDir)).toEqual(before)
    // The lists read through them again: grade A, newest first, a page of 50.
    const page = core.ok('customers.list', { filter: { grade: 'A' }, pageSize: 50 })
    expect(page.total).toBe(DEFER_INDEXES_FROM_ROWS + 10)
  }, 60_000)

  it('a big import refused in strict mode leaves the schema and the data as they were', async () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '早已有的客户' })
    const indexes = indexesOf(core.dataDir)
    const data = snapshotDatabase(core.dataDir)
    const result = await call(core, 'imports.commit', {
      entity: 'customers',
      file: file('strict.xlsx', await bigSheet(DEFER_INDEXES_FROM_ROWS + 10, 4_000)),
      onDuplicate: 'create',
      strict: true,
    })
    expect(result).toMatchObject({ ok: true, value: { committed: false, rejected: 1 } })
    expect(indexesOf(core.dataDir)).toEqual(indexes)
    expect(snapshotDatabase(core.dataDir)).toBe(data)
  }, 60_000)
})
