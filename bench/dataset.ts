import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openCore } from '../src/main/core'
import { knownSchemaVersion } from '../src/main/core/db/open'
import { DATABASE_FILE } from '../src/main/core/paths'
import { BENCH_DATA, MIGRATIONS, ROOT, log, timeSync } from './lib'

/**
 * The dataset every benchmark but the seed reads: 100,000 customers with
 * ≈ 300,000 contacts and ≈ 500,000 follow-ups (demo.load's averages of 3 and 5).
 * Seeding it takes 20–30 s (≈ 50 s on a busy machine), so it is kept in bench/data/
 * (gitignored) between runs and rebuilt only when it no longer matches: another
 * schema version, another demo generator, other sizes, or a seed that never
 * finished (no stamp).
 */
export const CUSTOMERS = 100_000
export const CONTACTS_PER_CUSTOMER = 3
export const ACTIVITIES_PER_CUSTOMER = 5
export const DATASET_DIR = join(
  BENCH_DATA,
  `customers-${CUSTOMERS}-c${CONTACTS_PER_CUSTOMER}-a${ACTIVITIES_PER_CUSTOMER}`,
)
const STAMP = 'bench-dataset.json'

export const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version

interface Stamp {
  schemaVersion: number
  customers: number
  contactsPerCustomer: number
  activitiesPerCustomer: number
  generator: string
}

/** What a finished seed wrote, kept in the stamp so that every run can print it. */
export interface DatasetInfo {
  dir: string
  customers: number
  contacts: number
  activities: number
  /** ms since epoch of the seed: demo follow-up dates are relative to it. */
  seededAt: number
  seedMs: number
}

/** The generator's source: the demo data and its search text. A change there means new data. */
function generatorHash(): string {
  const hash = createHash('sha256')
  for (const file of ['demo/demo.ts', 'demo/deals.ts', 'demo/ledger.ts', 'search/search.ts'])
    hash.update(readFileSync(join(ROOT, 'src/main/core', file)))
  return hash.digest('hex').slice(0, 16)
}

function expectedStamp(): Stamp {
  return {
    schemaVersion: knownSchemaVersion(MIGRATIONS),
    customers: CUSTOMERS,
    contactsPerCustomer: CONTACTS_PER_CUSTOMER,
    activitiesPerCustomer: ACTIVITIES_PER_CUSTOMER,
    generator: generatorHash(),
  }
}

function databaseVersion(dir: string): number | null {
  const file = join(dir, DATABASE_FILE)
  if (!existsSync(file)) return null
  const sqlite = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return sqlite.pragma('user_version', { simple: true }) as number
  } finally {
    sqlite.close()
  }
}

function readStamp(dir: string): (Partial<Stamp> & Partial<DatasetInfo>) | null {
  const stampFile = join(dir, STAMP)
  if (!existsSync(stampFile)) return null
  return JSON.parse(readFileSync(stampFile, 'utf8')) as Partial<Stamp> & Partial<DatasetInfo>
}

export function datasetIsCurrent(dir = DATASET_DIR): boolean {
  const found = readStamp(dir)
  if (!found) return false
  const expected = expectedStamp()
  return (
    (Object.keys(expected) as (keyof Stamp)[]).every((key) => found[key] === expected[key]) &&
    databaseVersion(dir) === expected.schemaVersion
  )
}

/** The dataset folder, seeding it first when missing or stale (once per stamp, not per run). */
export function ensureDataset(): DatasetInfo {
  if (datasetIsCurrent()) {
    const stamp = readStamp(DATASET_DIR) as Stamp & DatasetInfo
    log(
      `reusing ${DATASET_DIR}: ${stamp.customers} customers, ${stamp.contacts} contacts, ${stamp.activities} follow-ups (seeded ${new Date(stamp.seededAt).toISOString()} in ${Math.round(stamp.seedMs / 1000)} s)`,
    )
    return { ...stamp, dir: DATASET_DIR }
  }
  log(
    `seeding ${CUSTOMERS} customers (avg ${CONTACTS_PER_CUSTOMER} contacts, ${ACTIVITIES_PER_CUSTOMER} follow-ups each) into ${DATASET_DIR} (missing or stale)`,
  )
  // Older layouts of the dataset (other sizes) are dead weight of several hundred MB.
  rmSync(join(BENCH_DATA, `customers-${CUSTOMERS}`), { recursive: true, force: true })
  rmSync(DATASET_DIR, { recursive: true, force: true })
  const core = openCore({ dataDir: DATASET_DIR, migrationsFolder: MIGRATIONS, version: VERSION })
  const seededAt = Date.now()
  let counts = { customers: 0, contacts: 0, activities: 0 }
  let seedMs: number
  try {
    seedMs = timeSync(() => {
      const loaded = core.api.dispatch('demo.load', {
        customers: CUSTOMERS,
        contactsPerCustomer: CONTACTS_PER_CUSTOMER,
        activitiesPerCustomer: ACTIVITIES_PER_CUSTOMER,
      })
      if (!loaded.ok) throw new Error(`demo.load failed: ${loaded.error.message}`)
      counts = loaded.value
    })
  } finally {
    core.close()
  }
  const info: DatasetInfo = {
    dir: DATASET_DIR,
    customers: counts.customers,
    contacts: counts.contacts,
    activities: counts.activities,
    seededAt,
    seedMs,
  }
  log(
    `seeded ${info.customers} customers, ${info.contacts} contacts, ${info.activities} follow-ups in ${Math.round(seedMs / 1000)} s`,
  )
  const { dir: _dir, ...stamped } = info
  writeFileSync(
    join(DATASET_DIR, STAMP),
    `${JSON.stringify({ ...expectedStamp(), ...stamped }, null, 2)}\n`,
  )
  return info
}
