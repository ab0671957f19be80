import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupIsGood } from '../../../src/main/core/safety/backups'
import { backupFileName } from '../../../src/main/core/safety/backup-writer'
import type { Backup } from '../../../src/shared/api'
import {
  CRASH_TEST_TIMEOUT_MS,
  delay,
  integrityOf,
  query,
  seededRandom,
  startHost,
} from './crash-helpers'
import { openTestCore, tempDir } from '../helpers'

const ITERATIONS = 3
const CUSTOMERS = 4000

/**
 * Backups and restores killed with SIGKILL at a random moment. A backup is written as
 * `.partial` and renamed only once verified, and a restore renames a complete copy over
 * the database: so afterwards every listed backup opens and passes quick_check, and the
 * database is either the state before the restore or the restored one, never a mix.
 */
describe('kill -9 during backups and restores', () => {
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const seed = 4242 + iteration
    it(
      `leaves no half backup in the list and a whole database (seed ${seed})`,
      async () => {
        const random = seededRandom(seed)
        const dataDir = tempDir()
        const host = await startHost(dataDir)
        expect((await host.call('demo.load', { customers: CUSTOMERS })).ok).toBe(true)
        expect((await host.call('backups.configure', { keepLast: 100 })).ok).toBe(true)
        const first = await host.call('backups.create')
        if (!first.ok) throw new Error(JSON.stringify(first))
        const original = first.value as Backup

        let stop = false
        const work = (async () => {
          for (let step = 0; !stop; step++) {
            try {
              await host.call('customers.create', { name: `备份中-${step}` })
              await host.call('backups.create')
              await host.call('backups.restore', { id: original.id })
            } catch (error) {
              if (stop) return
              throw error
            }
          }
        })()
        await delay(100 + Math.floor(random() * 1200))
        stop = true
        await host.kill()
        await work

        const file = join(dataDir, 'kehu.db')
        expect(integrityOf(file)).toBe('ok')
        // Either the restored state or one customer more (killed between create and restore).
        const count = query<{ n: number }>(file, 'SELECT count(*) AS n FROM customers')[0]!.n
        expect([CUSTOMERS, CUSTOMERS + 1]).toContain(count)

        const core = openTestCore(dataDir)
        const listed = core.ok('backups.list', {})
        const dir = join(dataDir, 'backups')
        for (const backup of listed) {
          const name = backupFileName(backup.createdAt, backup.reason)
          expect(backupIsGood(join(dir, name)), name).toBe(true)
        }
        expect(listed.map((b) => b.id)).toContain(original.id)
        // A .partial left by the kill is never listed, and the next backup tidies it away.
        core.ok('backups.create', {})
        expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([])
        expect(core.ok('customers.list', {}).total).toBe(count)
        core.close()
      },
      CRASH_TEST_TIMEOUT_MS,
    )
  }
})
