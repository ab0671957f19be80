import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupIsGood } from '../../../src/main/core/safety/backups'
import { backupFileName } from '../../../src/main/core/safety/backup-writer'
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
const ROWS = 6000

/** A customer sheet as an owner exports it from Excel (CSV, UTF-8). */
function customerCsv(tag: string): string {
  const lines = ['客户名称,电话,所在省份,备注']
  for (let i = 1; i <= ROWS; i++)
    lines.push(`${tag}导入客户${i}有限公司,139${String(i).padStart(8, '0')},浙江省,第 ${i} 行`)
  return `${lines.join('\r\n')}\r\n`
}

/**
 * An import killed with SIGKILL at a random moment (reading, the backup before it, the
 * rows, the commit): the file is whole, the import's rows are all there or none are,
 * and any backup the import started is listed only if complete.
 */
describe('kill -9 in the middle of an import', () => {
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const seed = 31337 + iteration
    it(
      `imports all rows or none (seed ${seed})`,
      async () => {
        const random = seededRandom(seed)
        const dataDir = tempDir()
        const host = await startHost(dataDir)
        expect((await host.call('customers.create', { name: '已有客户' })).ok).toBe(true)
        const tag = `批${iteration}`
        const file = {
          name: 'customers.csv',
          base64: Buffer.from(customerCsv(tag), 'utf8').toString('base64'),
        }
        const importing = host
          .call('imports.commit', { entity: 'customers', file, onDuplicate: 'create' })
          .catch(() => null)
        await delay(300 + Math.floor(random() * 4500))
        await host.kill()
        const answer = await importing

        const db = join(dataDir, 'kehu.db')
        expect(integrityOf(db)).toBe('ok')
        const imported = query<{ n: number }>(
          db,
          'SELECT count(*) AS n FROM customers WHERE name LIKE ?',
          `${tag}导入客户%`,
        )[0]!.n
        expect([0, ROWS]).toContain(imported)
        // An import the host answered as done is there in full.
        if (answer?.ok) expect(imported).toBe(ROWS)

        const core = openTestCore(dataDir)
        for (const backup of core.ok('backups.list', {}))
          expect(
            backupIsGood(join(dataDir, 'backups', backupFileName(backup.createdAt, backup.reason))),
          ).toBe(true)
        expect(core.ok('customers.list', {}).total).toBe(imported + 1)
        core.close()
      },
      CRASH_TEST_TIMEOUT_MS,
    )
  }
})
