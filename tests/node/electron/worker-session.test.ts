import Database from 'better-sqlite3'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { knownSchemaVersion } from '../../../src/main/core/db/open'
import {
  startWorkerSession,
  type WorkerReply,
  type WorkerSession,
} from '../../../src/main/core/worker-session'
import { MIGRATIONS, openTestCore, tempDir } from '../helpers'

/** The worker's handler on a real core over a real SQLite file, without the thread. */
function session(
  dataDir = tempDir(),
  nativeBinding?: string,
): { replies: WorkerReply[]; session: WorkerSession } {
  const replies: WorkerReply[] = []
  const started = startWorkerSession(
    { dataDir, migrationsFolder: MIGRATIONS, version: '9.9.9', nativeBinding },
    (reply) => replies.push(structuredClone(reply)),
  )
  return { replies, session: started }
}

describe('the core worker session', () => {
  it('opens the database and reports ready with the schema version', () => {
    const { replies, session: s } = session()
    expect(replies).toEqual([{ ready: true, schemaVersion: knownSchemaVersion(MIGRATIONS) }])
    s.handle({ type: 'close' })
  })

  it('dispatches a request and answers with its id and the Result', () => {
    const dataDir = tempDir()
    const { replies, session: s } = session(dataDir)
    s.handle({ id: 7, method: 'customers.create', input: { name: '杭州测试贸易有限公司' } })
    s.handle({ id: 8, method: 'app.info', input: undefined })
    const [, created, info] = replies
    expect(created).toMatchObject({
      id: 7,
      result: { ok: true, value: { name: '杭州测试贸易有限公司' } },
    })
    expect(info).toMatchObject({
      id: 8,
      result: { ok: true, value: { version: '9.9.9', dataDir } },
    })
    s.handle({ type: 'close' })
  })

  it('returns a VALIDATION result exactly as the dispatcher gives it', () => {
    const { replies, session: s } = session()
    s.handle({ id: 1, method: 'customers.create', input: { name: '' } })
    const direct = openTestCore().call('customers.create', { name: '' })
    expect(direct.ok).toBe(false)
    expect(replies[1]).toEqual({ id: 1, result: direct })
    s.handle({ type: 'close' })
  })

  it('passes an unknown method to the dispatcher (NOT_FOUND) and refuses a non-string one', () => {
    const { replies, session: s } = session()
    s.handle({ id: 1, method: 'nope.nothing', input: {} })
    s.handle({ id: 2, method: 42, input: {} })
    expect(replies[1]).toMatchObject({
      id: 1,
      result: { ok: false, error: { code: 'NOT_FOUND', key: 'errors.unknownMethod' } },
    })
    expect(replies[2]).toMatchObject({
      id: 2,
      result: { ok: false, error: { code: 'VALIDATION', key: 'errors.badMethod' } },
    })
    s.handle({ type: 'close' })
  })

  it('ignores messages that are not requests', () => {
    const { replies, session: s } = session()
    expect(s.handle('hello')).toBe('open')
    expect(s.handle(null)).toBe('open')
    expect(s.handle({ method: 'app.info' })).toBe('open')
    expect(replies).toHaveLength(1)
    s.handle({ type: 'close' })
  })

  it('starts a damaged database in recovery mode: ready, and app.info says why, not in SQLite’s words', () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'kehu.db'), Buffer.alloc(8192, 'x'))
    const { replies, session: s } = session(dataDir)
    expect(replies).toHaveLength(1)
    expect(replies[0]).toMatchObject({ ready: true })
    s.handle({ id: 1, method: 'app.info', input: {} })
    expect(replies[1]).toMatchObject({
      id: 1,
      result: { ok: true, value: { recovery: { reason: 'damaged', backups: [] } } },
    })
    s.handle({ id: 2, method: 'customers.list', input: {} })
    expect(replies[2]).toMatchObject({
      result: { ok: false, error: { key: 'errors.recoveryMode' } },
    })
    expect(JSON.stringify(replies)).not.toMatch(/file is not a database|SQLITE_/)
    s.handle({ type: 'close' })
  })

  it('reports a database from a newer Kehu as { fatal } and answers every call with that error', () => {
    const dataDir = tempDir()
    const sqlite = new Database(join(dataDir, 'kehu.db'))
    sqlite.pragma('user_version = 999')
    sqlite.close()
    const { replies, session: s } = session(dataDir)
    expect(replies[0]).toMatchObject({
      fatal: { key: 'errors.databaseTooNew', params: { found: 999 } },
    })
    s.handle({ id: 3, method: 'app.info', input: undefined })
    expect(replies[1]).toMatchObject({
      id: 3,
      result: { ok: false, error: { code: 'CONFLICT', key: 'errors.databaseTooNew' } },
    })
  })

  it('reports a native module that cannot be loaded as its own fatal error, not a damaged database', () => {
    const dir = tempDir()
    const fake = join(dir, 'better_sqlite3.node')
    writeFileSync(fake, 'not a shared library')
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { replies } = session(dir, fake)
    expect(replies).toEqual([
      {
        fatal: expect.objectContaining({
          key: 'errors.nativeModule',
          params: { file: fake },
        }) as unknown,
      },
    ])
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
  })

  it('closes the database on { type: "close" } and refuses later calls', () => {
    const dataDir = tempDir()
    const { replies, session: s } = session(dataDir)
    expect(s.handle({ type: 'close' })).toBe('closed')
    expect(replies[1]).toEqual({ closed: true })
    s.handle({ id: 4, method: 'app.info', input: undefined })
    expect(replies[2]).toMatchObject({
      id: 4,
      result: { ok: false, error: { key: 'errors.coreClosed' } },
    })
    // Closed means the file is released: another connection may take an exclusive lock.
    const other = new Database(join(dataDir, 'kehu.db'))
    expect(() => other.exec('BEGIN EXCLUSIVE; COMMIT')).not.toThrow()
    other.close()
  })
})
