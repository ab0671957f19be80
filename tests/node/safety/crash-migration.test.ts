import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { knownSchemaVersion, openDatabase } from '../../../src/main/core/db/open'
import {
  CRASH_TEST_TIMEOUT_MS,
  delay,
  integrityOf,
  killNow,
  query,
  seededRandom,
  spawnHost,
} from './crash-helpers'
import { MIGRATIONS, openTestCore, tempDir } from '../helpers'

const ITERATIONS = 3
/** The old schema: the first migrations only (before name sorting, short search, pipeline…). */
const OLD_SCHEMA = 5
const CUSTOMERS = 8_000

/** A migrations folder holding only the first `count` migrations of the real one. */
function migrationsPrefix(count: number): string {
  const folder = join(tempDir(), 'migrations')
  mkdirSync(folder, { recursive: true })
  cpSync(MIGRATIONS, folder, { recursive: true })
  const journalFile = join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] }
  journal.entries = journal.entries.slice(0, count)
  writeFileSync(journalFile, JSON.stringify(journal))
  return folder
}

/** A database as an older Kehu left it: OLD_SCHEMA migrations applied, with customers and contacts. */
function oldDatabase(dataDir: string): void {
  const database = openDatabase({
    file: join(dataDir, 'kehu.db'),
    migrationsFolder: migrationsPrefix(OLD_SCHEMA),
  })
  database.sqlite.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CUSTOMERS})
    INSERT INTO customers (code, name, phone, phone_digits, created_at, updated_at)
      SELECT printf('KH%06d', i), '老客户' || i, '138' || printf('%08d', i), '138' || printf('%08d', i),
             1700000000000 + i, 1700000000000 + i FROM n;
    INSERT INTO contacts (customer_id, name, created_at, updated_at)
      SELECT id, '联系人' || id, created_at, created_at FROM customers;
  `)
  database.close()
}

/**
 * Kehu started over an older database migrates it at open (after a backup). SIGKILL at a
 * random moment of that start: the file is whole, and holds either the old schema or the
 * new one — migrations, the version number and the data in one transaction — and opens.
 */
describe('kill -9 while a database is being migrated', () => {
  const known = knownSchemaVersion(MIGRATIONS)
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const seed = 777 + iteration
    it(
      `is all old or all new, never a mix (seed ${seed})`,
      async () => {
        const random = seededRandom(seed)
        const dataDir = tempDir()
        oldDatabase(dataDir)
        const file = join(dataDir, 'kehu.db')

        const host = spawnHost(dataDir)
        await delay(400 + Math.floor(random() * 2600))
        await killNow(host.child, host.exited)

        expect(integrityOf(file)).toBe('ok')
        const version = query<{ user_version: number }>(file, 'PRAGMA user_version')[0]!
          .user_version
        const applied = query<{ n: number }>(
          file,
          'SELECT count(*) AS n FROM __drizzle_migrations',
        )[0]!.n
        const hasNameSort = query<{ name: string }>(file, 'PRAGMA table_info(customers)').some(
          (column) => column.name === 'name_sort',
        )
        const hasDeals = query(file, "SELECT 1 FROM sqlite_schema WHERE name = 'deals'").length > 0
        if (version === OLD_SCHEMA) {
          expect({ applied, hasNameSort, hasDeals }).toEqual({
            applied: OLD_SCHEMA,
            hasNameSort: false,
            hasDeals: false,
          })
        } else {
          expect({ version, applied, hasNameSort, hasDeals }).toEqual({
            version: known,
            applied: known,
            hasNameSort: true,
            hasDeals: true,
          })
        }
        expect(query<{ n: number }>(file, 'SELECT count(*) AS n FROM customers')[0]!.n).toBe(
          CUSTOMERS,
        )

        // It opens (finishing the migration if it had not happened), with every customer findable.
        const core = openTestCore(dataDir)
        expect(core.ok('app.info', {}).schemaVersion).toBe(known)
        expect(core.ok('customers.list', {}).total).toBe(CUSTOMERS)
        expect(core.ok('customers.list', { q: '老客户1234' }).total).toBeGreaterThan(0)
        expect(core.ok('backups.list', {}).some((b) => b.reason === 'migration')).toBe(true)
        core.close()
      },
      CRASH_TEST_TIMEOUT_MS,
    )
  }
})
