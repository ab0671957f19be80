import Database from 'better-sqlite3'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commitBulk, createCheckpointer } from '../../../src/main/core/db/checkpointer'
import { openDatabase } from '../../../src/main/core/db/open'
import { DEFER_INDEXES_FROM_ROWS } from '../../../src/main/core/excel/deferred-indexes'
import { bigSheet, file as sheetFile, ok } from '../excel/helpers'
import { MIGRATIONS, openTestCore, tempDir } from '../helpers'

const ROWS = 2_000
const BLOB = 10_000

/** A database with one big transaction written and committed through commitBulk. */
function bigCommit(logError?: (what: string, error: unknown) => void) {
  const file = join(tempDir(), 'kehu.db')
  const database = openDatabase({
    file,
    migrationsFolder: MIGRATIONS,
    ...(logError ? { logError } : {}),
  })
  const { sqlite } = database
  sqlite.exec('CREATE TABLE bulk(id INTEGER PRIMARY KEY, b BLOB)')
  const sizeBefore = statSync(file).size
  sqlite.exec('BEGIN IMMEDIATE')
  const insert = sqlite.prepare('INSERT INTO bulk(b) VALUES (randomblob(?))')
  for (let i = 0; i < ROWS; i++) insert.run(BLOB)
  commitBulk(sqlite)
  return { file, database, sqlite, sizeBefore }
}

const autocheckpoint = (sqlite: Database.Database) =>
  sqlite.pragma('wal_autocheckpoint', { simple: true })

describe('the background checkpoint after a big write', () => {
  it('copies the WAL into the database file on its own thread, the core connection open throughout', async () => {
    const { file, database, sqlite, sizeBefore } = bigCommit()
    // While the thread copies, the core's own COMMITs do not start the same copy inline.
    expect(autocheckpoint(sqlite)).toBe(0)
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(ROWS * BLOB)
    await database.checkpointer.idle()
    expect(statSync(file).size).toBeGreaterThan(sizeBefore + ROWS * BLOB)
    expect(autocheckpoint(sqlite)).toBe(1000)
    // Every frame was copied: a checkpoint now has nothing left to do.
    const [left] = sqlite.pragma('wal_checkpoint(PASSIVE)') as {
      log: number
      checkpointed: number
    }[]
    expect(left!.checkpointed).toBe(left!.log)
    database.close()
  })

  it('lets the core read and write while it runs, and a close waits for it', () => {
    const { file, database, sqlite } = bigCommit()
    sqlite.prepare('INSERT INTO bulk(b) VALUES (?)').run(Buffer.from('after'))
    expect(sqlite.prepare('SELECT count(*) FROM bulk').pluck().get()).toBe(ROWS + 1)
    database.close()
    // The close came after the thread's: the core's connection was the last, and took the WAL away.
    expect(existsSync(`${file}-wal`)).toBe(false)
    const reopened = new Database(file, { readonly: true })
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(reopened.prepare('SELECT count(*) FROM bulk').pluck().get()).toBe(ROWS + 1)
    reopened.close()
  })

  it('a thread that cannot open the database is logged, and the core checkpoints as before', async () => {
    const file = join(tempDir(), 'kehu.db')
    const database = openDatabase({ file, migrationsFolder: MIGRATIONS })
    const logged: unknown[] = []
    const broken = createCheckpointer({
      file,
      nativeBinding: join(tempDir(), 'missing.node'),
      logError: (_what, error) => logged.push(error),
    })
    database.sqlite.exec('BEGIN')
    database.sqlite.prepare("INSERT INTO settings(key, value) VALUES ('probe', '1')").run()
    broken.commit(database.sqlite)
    expect(database.sqlite.inTransaction).toBe(false)
    expect(autocheckpoint(database.sqlite)).toBe(0)
    await broken.idle()
    expect(logged).toHaveLength(1)
    expect(String(logged[0])).toMatch(/missing\.node/)
    expect(autocheckpoint(database.sqlite)).toBe(1000)
    database.close()
  })

  it('a second big COMMIT while the copy runs starts no second thread; a refused COMMIT changes nothing', async () => {
    const { database, sqlite } = bigCommit()
    sqlite.exec('BEGIN')
    sqlite.prepare('INSERT INTO bulk(b) VALUES (?)').run(Buffer.from('second'))
    const first = database.checkpointer.idle()
    commitBulk(sqlite)
    expect(database.checkpointer.idle()).toBe(first)
    expect(autocheckpoint(sqlite)).toBe(0)
    await first
    expect(autocheckpoint(sqlite)).toBe(1000)
    // A COMMIT that fails (a deferred foreign key): the transaction stays open to roll back,
    // the setting is as before and no thread starts.
    sqlite.pragma('defer_foreign_keys = ON')
    sqlite.exec('BEGIN')
    sqlite
      .prepare(
        "INSERT INTO contacts(customer_id, name, created_at, updated_at) VALUES (999, 'x', 0, 0)",
      )
      .run()
    expect(() => commitBulk(sqlite)).toThrow(/FOREIGN KEY/)
    expect(autocheckpoint(sqlite)).toBe(1000)
    expect(database.checkpointer.idle()).toBe(first)
    sqlite.exec('ROLLBACK')
    expect(sqlite.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0)
    database.close()
  })

  it('without a background checkpointer, commitBulk is a plain COMMIT', () => {
    const sqlite = new Database(join(tempDir(), 'plain.db'))
    sqlite.pragma('journal_mode = WAL')
    sqlite.exec('CREATE TABLE t(x)')
    sqlite.exec('BEGIN')
    sqlite.prepare('INSERT INTO t VALUES (1)').run()
    commitBulk(sqlite)
    expect(sqlite.inTransaction).toBe(false)
    expect(autocheckpoint(sqlite)).toBe(1000)
    expect(sqlite.prepare('SELECT count(*) FROM t').pluck().get()).toBe(1)
    sqlite.close()
  })

  it('a restore straight after a big import waits for the copy, and the restored database is whole', async () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '导入前的客户' })
    const rows = DEFER_INDEXES_FROM_ROWS + 10
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: sheetFile('big.xlsx', await bigSheet(rows)),
      onDuplicate: 'create',
    })
    expect(summary.created).toBe(rows)
    const before = core.ok('backups.list').find((b) => b.reason === 'import')!
    core.ok('backups.restore', { id: before.id })
    expect(core.ok('customers.list', {}).total).toBe(1)
    const undo = core.ok('backups.list').find((b) => b.reason === 'restore')!
    core.ok('backups.restore', { id: undo.id })
    expect(core.ok('customers.list', {}).total).toBe(rows + 1)
    expect(core.ok('customers.list', { q: '批量客户42号' }).total).toBe(1)
    core.close()
    const raw = new Database(join(core.dataDir, 'kehu.db'), { readonly: true })
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok')
    raw.close()
  }, 60_000)
})
