import Database from 'better-sqlite3'
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { knownSchemaVersion, openDatabase } from '../../../src/main/core/db/open'
import { AppError } from '../../../src/main/core/errors'
import { MIGRATIONS, openTestCore, tempDir } from '../helpers'

function open(file: string) {
  return openDatabase({ file, migrationsFolder: MIGRATIONS })
}

describe('opening the database', () => {
  it('migrates an empty file to the latest schema and records the version', () => {
    const file = join(tempDir(), 'kehu.db')
    const db = open(file)
    const tables = (
      db.sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as {
        name: string
      }[]
    ).map((t) => t.name)
    expect(tables).toEqual(
      expect.arrayContaining([
        'customers',
        'contacts',
        'tags',
        'customer_tags',
        'owners',
        'settings',
        'audit_log',
        'customer_search',
      ]),
    )
    expect(db.schemaVersion).toBe(knownSchemaVersion(MIGRATIONS))
    expect(db.sqlite.pragma('user_version', { simple: true })).toBe(db.schemaVersion)
    db.close()
  })

  it('sets the pragmas the design requires', () => {
    const db = open(join(tempDir(), 'kehu.db'))
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.sqlite.pragma('journal_size_limit', { simple: true })).toBe(64 * 1024 * 1024)
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000)
    db.close()
  })

  it('gives both search indexes a 32 MB pending-terms buffer, so a big import flushes few segments', () => {
    const db = open(join(tempDir(), 'kehu.db'))
    for (const table of ['customer_search', 'customer_search_chars']) {
      const row = db.sqlite.prepare(`SELECT v FROM ${table}_config WHERE k = 'hashsize'`).get() as
        { v: number } | undefined
      expect(row?.v).toBe(32 * 1024 * 1024)
    }
    db.close()
  })

  it('keeps no copy of the search text: both indexes are contentless, rows replaced and deleted by id', () => {
    const db = open(join(tempDir(), 'kehu.db'))
    const names = db.sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'customer_search%'")
      .pluck()
      .all() as string[]
    expect(names.filter((n) => n.endsWith('_content'))).toEqual([])
    for (const table of ['customer_search', 'customer_search_chars']) {
      const write = db.sqlite.prepare(`INSERT OR REPLACE INTO ${table}(rowid, text) VALUES (?, ?)`)
      const match = db.sqlite.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).pluck()
      write.run(1, 'a b c d e')
      write.run(2, 'a b c x y')
      write.run(1, 'x y z')
      expect(match.all('"a b c"')).toEqual([2])
      db.sqlite.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(2)
      expect(match.all('"x y"')).toEqual([1])
      expect(db.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(1)
    }
    db.close()
  })

  it('reopens an existing database without migrating again and keeps its data', () => {
    const dir = tempDir()
    const first = openTestCore(dir)
    first.ok('customers.create', { name: '上海测试有限公司' })
    first.close()
    const second = openTestCore(dir)
    expect(second.ok('customers.list', {}).total).toBe(1)
    second.close()
  })

  it('refuses a database written by a newer Kehu, with a message, and leaves it untouched', () => {
    const file = join(tempDir(), 'kehu.db')
    open(file).close()
    const raw = new Database(file)
    raw.pragma(`user_version = ${knownSchemaVersion(MIGRATIONS) + 1}`)
    raw.close()
    let error: unknown
    try {
      open(file)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).key).toBe('errors.databaseTooNew')
    expect((error as AppError).message).toMatch(/newer Kehu/)
    const after = new Database(file)
    expect(after.pragma('user_version', { simple: true })).toBe(knownSchemaVersion(MIGRATIONS) + 1)
    after.close()
  })

  it('refuses a file that is not a database with a readable error', () => {
    const file = join(tempDir(), 'kehu.db')
    writeFileSync(file, 'this is a spreadsheet, not a database '.repeat(200))
    expect(() => open(file)).toThrow(/damaged or is not a Kehu database/)
  })

  it('refuses a database whose pages are damaged', () => {
    const file = join(tempDir(), 'kehu.db')
    const db = open(file)
    const insert = db.sqlite.prepare('INSERT INTO settings(key, value) VALUES (?, \'"x"\')')
    for (let i = 0; i < 2000; i++) insert.run(`key-${i}-${'x'.repeat(50)}`)
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
    // Overwrite the middle of the file (b-tree pages) with garbage.
    const raw = Buffer.alloc(4096 * 4, 0x5a)
    const fd = openSync(file, 'r+')
    writeSync(fd, raw, 0, raw.length, 4096 * 3)
    closeSync(fd)
    let error: unknown
    try {
      open(file)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).key).toBe('errors.databaseDamaged')
  })
})
