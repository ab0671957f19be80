import Database from 'better-sqlite3'
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toApiError } from '../../../src/main/core/api'
import { fixedClock } from '../../../src/main/core/clock'
import { integrityCheck } from '../../../src/main/core/safety/integrity'
import { retryDelaySeconds } from '../../../src/main/core/safety/lock'
import { METHOD_NAMES, METHODS_IN_RECOVERY, type Result } from '../../../src/shared/api'
import { NOW, openTestCore } from '../helpers'

type Failure = {
  code: string
  key: string
  params?: Record<string, unknown>
  details?: { path: string; key: string; params?: Record<string, unknown> }[]
}

function failure(result: Result<unknown>): Failure {
  if (result.ok) throw new Error('expected a failure')
  return result.error
}

/** Overwrites b-tree pages in the middle of a closed database file. */
function damage(file: string): void {
  const fd = openSync(file, 'r+')
  writeSync(fd, Buffer.alloc(4096 * 4, 0x5a), 0, 4096 * 4, 4096 * 3)
  closeSync(fd)
}

/** A database with enough rows that pages 3–7 hold table data, checkpointed and closed. */
function filledDataDir(): string {
  const core = openTestCore()
  for (let i = 0; i < 200; i++)
    core.ok('customers.create', { name: `客户${i}`, notes: 'x'.repeat(200) })
  const dir = core.dataDir
  core.close()
  return dir
}

describe('password lock', () => {
  it('locks every method but app.info and app.unlock at the next start, and app.info shows no data', () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '机密客户' })
    core.ok('settings.update', { locale: 'en', companyName: '秘密公司' })
    expect(core.ok('app.setPassword', { password: '芝麻开门123' })).toEqual({
      enabled: true,
      locked: false,
    })
    const dir = core.dataDir
    core.close()
    const stored = readFileSync(join(dir, 'kehu-config.json'), 'utf8')
    expect(stored).not.toContain('芝麻开门123')
    expect((JSON.parse(stored) as { password: unknown }).password).toMatchObject({ algorithm: 'scrypt', N: 32768 })

    const locked = openTestCore(dir)
    const info = locked.ok('app.info', {})
    expect(info).toMatchObject({ locked: true, passwordSet: true, locale: 'en', recovery: null })
    expect(JSON.stringify(info)).not.toMatch(/机密|秘密/)
    for (const method of METHOD_NAMES.filter((m) => m !== 'app.info' && m !== 'app.unlock')) {
      expect(failure(locked.call(method, {})), method).toMatchObject({
        code: 'CONFLICT',
        key: 'errors.locked',
      })
    }
    expect(locked.ok('app.unlock', { password: '芝麻开门123' })).toEqual({
      enabled: true,
      locked: false,
    })
    expect(locked.ok('customers.list', {}).rows[0]?.name).toBe('机密客户')
    expect(locked.ok('app.lock', {}).locked).toBe(true)
    expect(failure(locked.call('customers.list', {})).key).toBe('errors.locked')
    locked.close()
  })

  it('a wrong password is a clear error, and each further failure makes the next try wait longer', () => {
    const core = openTestCore()
    core.ok('app.setPassword', { password: 'right-one' })
    core.ok('app.lock', {})
    const first = failure(core.call('app.unlock', { password: 'wrong' }))
    expect(first).toMatchObject({ code: 'VALIDATION' })
    expect(first.details?.[0]).toMatchObject({
      path: 'password',
      key: 'errors.wrongPassword',
      params: { seconds: 0 },
    })
    expect(failure(core.call('app.unlock', { password: 'wrong' })).details?.[0]?.params).toEqual({
      seconds: 1,
    })
    // Within the second, even the right password is not checked.
    expect(failure(core.call('app.unlock', { password: 'right-one' }))).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.unlockWait',
      params: { seconds: 1 },
    })
    core.clock.advance(1000)
    expect(failure(core.call('app.unlock', { password: 'wrong' })).details?.[0]?.params).toEqual({
      seconds: 2,
    })
    core.clock.advance(2000)
    expect(core.ok('app.unlock', { password: 'right-one' }).locked).toBe(false)
    expect([1, 2, 3, 4, 5, 9, 20].map(retryDelaySeconds)).toEqual([0, 1, 2, 4, 8, 60, 60])
    core.close()
  })

  it('changing or removing the password needs the current one', () => {
    const core = openTestCore()
    expect(core.ok('app.setPassword', { password: 'first' }).enabled).toBe(true)
    expect(failure(core.call('app.setPassword', { password: 'second' })).details?.[0]?.path).toBe(
      'current',
    )
    const wrong = failure(core.call('app.setPassword', { current: 'nope', password: 'second' }))
    expect(wrong.details?.[0]).toMatchObject({ path: 'current', key: 'errors.wrongPassword' })
    expect(failure(core.call('app.setPassword', { current: 'first', password: 'abc' })).code).toBe(
      'VALIDATION',
    )
    core.clock.advance(5000)
    core.ok('app.setPassword', { current: 'first', password: 'second' })
    expect(failure(core.call('app.removePassword', { current: 'first' })).code).toBe('VALIDATION')
    core.clock.advance(5000)
    expect(core.ok('app.removePassword', { current: 'second' })).toEqual({
      enabled: false,
      locked: false,
    })
    expect(core.ok('app.lock', {}).locked).toBe(false)
    core.close()
  })
})

describe('integrity', () => {
  it('a full integrity_check from settings reports ok on a sound database', () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '完整' })
    expect(core.ok('app.integrityCheck', {})).toMatchObject({
      ok: true,
      problems: [],
      foreignKeyProblems: 0,
      checkedAt: NOW,
    })
    core.close()
  })

  it('reports what integrity_check finds, and a check that cannot even run', () => {
    const answers: Record<string, unknown[]> = {
      'integrity_check(100)': [{ integrity_check: 'row 3 missing from index t_a' }],
      foreign_key_check: [{ table: 'contacts', rowid: 9, parent: 'customers', fkid: 0 }],
    }
    const damaged = { pragma: (sql: string) => answers[sql] ?? [] } as unknown as Database.Database
    expect(integrityCheck(damaged, fixedClock(NOW))).toMatchObject({
      ok: false,
      problems: ['row 3 missing from index t_a'],
      foreignKeyProblems: 1,
      checkedAt: NOW,
    })
    const broken = {
      pragma: () => {
        throw Object.assign(new Error('database disk image is malformed'), {
          code: 'SQLITE_CORRUPT',
        })
      },
    } as unknown as Database.Database
    expect(integrityCheck(broken, fixedClock(NOW))).toMatchObject({
      ok: false,
      problems: ['database disk image is malformed'],
    })
  })

  it('SQLite failures reach the user as readable keys, never in SQLite’s words', () => {
    const sqliteError = (code: string) =>
      Object.assign(new Error('database disk image is malformed'), { code })
    const logged: string[] = []
    const log = (method: string) => logged.push(method)
    expect(toApiError('customers.list', sqliteError('SQLITE_CORRUPT'), log)).toMatchObject({
      code: 'INTERNAL',
      key: 'errors.databaseCorrupt',
    })
    expect(toApiError('x', sqliteError('SQLITE_NOTADB')).key).toBe('errors.databaseCorrupt')
    expect(toApiError('x', sqliteError('SQLITE_FULL')).key).toBe('errors.diskFull')
    expect(toApiError('x', sqliteError('SQLITE_IOERR_WRITE')).key).toBe('errors.diskError')
    expect(toApiError('x', sqliteError('SQLITE_READONLY_DBMOVED')).key).toBe(
      'errors.databaseReadOnly',
    )
    expect(toApiError('x', sqliteError('SQLITE_BUSY')).code).toBe('BUSY')
    expect(toApiError('x', new TypeError('bug')).key).toBe('errors.internal')
    expect(logged).toEqual(['customers.list'])
    for (const code of ['SQLITE_CORRUPT', 'SQLITE_FULL', 'SQLITE_IOERR'])
      expect(toApiError('x', sqliteError(code)).message).not.toMatch(/malformed|SQLITE/)
  })
})

describe('recovery from a damaged database', () => {
  it('starts in recovery mode, offers the newest good backup, restores it and keeps the damaged file', () => {
    const dir = filledDataDir()
    const core = openTestCore(dir)
    const good = core.ok('backups.create', {})
    core.clock.advance(60_000)
    const later = core.ok('backups.create', {})
    core.ok('settings.update', { locale: 'en', theme: 'dark' })
    core.close()
    // The newest backup is damaged too: the screen must offer the one before.
    damage(join(dir, 'backups', `kehu-${later.createdAt}-manual.db`))
    damage(join(dir, 'kehu.db'))

    const recovering = openTestCore(dir, NOW + 120_000)
    expect(recovering.mode()).toBe('recovery')
    const info = recovering.ok('app.info', {})
    // The last language and theme, kept beside the database, not in it.
    expect(info).toMatchObject({ locale: 'en', theme: 'dark' })
    expect(info.recovery).toMatchObject({
      reason: 'damaged',
      file: join(dir, 'kehu.db'),
      newestGoodId: good.id,
    })
    // (The oldest is the automatic one taken at that start.)
    expect(info.recovery?.backups.map((b) => b.id).slice(0, 2)).toEqual([later.id, good.id])
    for (const method of METHOD_NAMES.filter((m) => !METHODS_IN_RECOVERY.includes(m)))
      expect(failure(recovering.call(method, {})).key, method).toBe('errors.recoveryMode')
    expect(failure(recovering.call('backups.restore', { id: later.id })).key).toBe(
      'errors.backupDamaged',
    )

    const restored = recovering.ok('backups.restore', { id: good.id })
    expect(restored.id).toBe(good.id)
    expect(recovering.mode()).toBe('normal')
    expect(recovering.ok('app.info', {}).recovery).toBeNull()
    expect(recovering.ok('customers.list', {}).total).toBe(200)
    expect(recovering.ok('app.integrityCheck', {}).ok).toBe(true)
    recovering.ok('customers.create', { name: '恢复后' })
    const kept = readdirSync(join(dir, 'damaged'))
    expect(kept).toHaveLength(1)
    expect(existsSync(join(dir, 'damaged', kept[0]!, 'kehu.db'))).toBe(true)
    recovering.close()
  })

  it('with a password, the recovery details wait for it', () => {
    const dir = filledDataDir()
    const core = openTestCore(dir)
    core.ok('app.setPassword', { password: 'secret' })
    core.close()
    damage(join(dir, 'kehu.db'))
    const recovering = openTestCore(dir)
    expect(recovering.ok('app.info', {})).toMatchObject({ locked: true, recovery: null })
    expect(failure(recovering.call('backups.list', {})).key).toBe('errors.locked')
    recovering.ok('app.unlock', { password: 'secret' })
    expect(recovering.ok('app.info', {}).recovery?.reason).toBe('damaged')
    recovering.close()
  })
})
