import Database from 'better-sqlite3'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupFileName, backupsToRemove } from '../../../src/main/core/safety/backup-writer'
import type { Backup } from '../../../src/shared/api'
import { NOW, openTestCore, snapshotDatabase } from '../helpers'

const DAY = 86_400_000
const names = (core: ReturnType<typeof openTestCore>) =>
  core
    .ok('customers.list', {})
    .rows.map((r) => r.name)
    .sort()

describe('backups', () => {
  it('writes a verified copy that lists with its size and opens on its own', () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '备份里的客户' })
    const backup = core.ok('backups.create', {})
    expect(backup).toMatchObject({ id: NOW, createdAt: NOW, reason: 'manual' })
    expect(backup.sizeBytes).toBeGreaterThan(0)
    expect(core.ok('backups.list', {})).toEqual([backup])
    const file = join(core.dataDir, 'backups', backupFileName(backup.createdAt, backup.reason))
    const copy = new Database(file, { readonly: true })
    expect(copy.prepare('SELECT name FROM customers').pluck().all()).toEqual(['备份里的客户'])
    copy.close()
    expect(readdirSync(join(core.dataDir, 'backups')).some((n) => n.endsWith('.partial'))).toBe(
      false,
    )
    core.close()
  })

  it('restores a backup, and the backup taken before the restore undoes it', () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '甲' })
    const before = core.ok('backups.create', {})
    core.clock.advance(1000)
    core.ok('customers.create', { name: '乙' })
    expect(names(core)).toEqual(['乙', '甲'].sort())

    core.clock.advance(1000)
    const safety = core.ok('backups.restore', { id: before.id })
    expect(safety.reason).toBe('restore')
    expect(names(core)).toEqual(['甲'])
    // Search and writes work on the restored database.
    expect(core.ok('customers.list', { q: '甲' }).total).toBe(1)
    core.ok('customers.create', { name: '丙' })

    core.clock.advance(1000)
    core.ok('backups.restore', { id: safety.id })
    expect(names(core)).toEqual(['乙', '甲'].sort())
    core.close()
  })

  it('refuses an unknown id, a damaged file and a backup from a newer Kehu, leaving the data as it was', () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '现在的客户' })
    const dir = join(core.dataDir, 'backups')
    const unknown = core.call('backups.restore', { id: 123 })
    expect(unknown.ok === false && unknown.error.code).toBe('NOT_FOUND')

    const good = core.ok('backups.create', {})
    writeFileSync(join(dir, backupFileName(NOW - DAY, 'manual')), 'not a database'.repeat(100))
    const before = snapshotDatabase(core.dataDir)
    const damaged = core.call('backups.restore', { id: NOW - DAY })
    expect(damaged.ok === false && damaged.error.key).toBe('errors.backupDamaged')
    expect(snapshotDatabase(core.dataDir)).toBe(before)

    const newer = new Database(join(dir, backupFileName(good.createdAt, good.reason)))
    newer.pragma('user_version = 999')
    newer.close()
    core.clock.advance(1000)
    const tooNew = core.call('backups.restore', { id: good.id })
    expect(tooNew.ok === false && tooNew.error.key).toBe('errors.databaseTooNew')
    expect(names(core)).toEqual(['现在的客户'])
    core.ok('customers.create', { name: '还能写入' })
    core.close()
    expect(existsSync(join(core.dataDir, 'kehu.db'))).toBe(true)
  })
})

describe('backup rotation', () => {
  it('keeps the newest 10 and the newest of each day for 30 days', () => {
    const backups: Backup[] = []
    // Three a day for 40 days, newest first at NOW.
    for (let day = 0; day < 40; day++) {
      for (let k = 0; k < 3; k++) {
        const createdAt = NOW - day * DAY - k * 3_600_000
        backups.push({ id: createdAt, createdAt, sizeBytes: 1, reason: 'start' })
      }
    }
    const removed = new Set(backupsToRemove(backups, NOW).map((b) => b.id))
    const kept = backups.filter((b) => !removed.has(b.id))
    // 10 newest (days 0–3), plus one per day for days 4–29.
    expect(kept).toHaveLength(10 + 26)
    expect(kept.slice(0, 10).map((b) => b.createdAt)).toEqual(
      backups.slice(0, 10).map((b) => b.createdAt),
    )
    expect(kept.every((b) => b.createdAt > NOW - 30 * DAY)).toBe(true)
    expect(backupsToRemove(backups.slice(0, 5), NOW)).toEqual([])
  })
})

describe('automatic backups', () => {
  it('backs up at start when there is data and no recent backup, once', () => {
    const core = openTestCore()
    expect(core.ok('backups.list', {})).toEqual([])
    core.ok('customers.create', { name: '有数据' })
    const dir = core.dataDir
    core.close()
    const second = openTestCore(dir)
    expect(second.ok('backups.list', {}).map((b) => b.reason)).toEqual(['start'])
    second.close()
    const third = openTestCore(dir)
    expect(third.ok('backups.list', {})).toHaveLength(1)
    third.close()
  })

  it('backs up the old schema before migrating an existing database', () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '迁移前的客户' })
    const dir = core.dataDir
    core.close()
    // Pretend the last migration has not run yet.
    const raw = new Database(join(dir, 'kehu.db'))
    const known = raw.pragma('user_version', { simple: true }) as number
    raw.exec('DROP INDEX customers_due_owner_live')
    raw.exec(
      'DELETE FROM __drizzle_migrations WHERE id = (SELECT max(id) FROM __drizzle_migrations)',
    )
    raw.pragma(`user_version = ${known - 1}`)
    raw.close()

    const reopened = openTestCore(dir)
    const migration = reopened.ok('backups.list', {}).find((b) => b.reason === 'migration')
    expect(migration).toBeDefined()
    const copy = new Database(
      join(dir, 'backups', backupFileName(migration!.createdAt, 'migration')),
      { readonly: true },
    )
    expect(copy.pragma('user_version', { simple: true })).toBe(known - 1)
    expect(copy.prepare('SELECT name FROM customers').pluck().all()).toEqual(['迁移前的客户'])
    copy.close()
    expect(reopened.ok('customers.list', {}).total).toBe(1)
    reopened.close()
  })
})
