import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openCore } from '../src/main/core'
import { knownSchemaVersion } from '../src/main/core/db/open'
import { DATABASE_FILE } from '../src/main/core/paths'
import { BENCH_DATA, MIGRATIONS, ROOT, log, timeSync } from './lib'

/**
 * The 100k-customer data folder the list and first-screen benchmarks read. Seeding
 * costs ~15 s, so it is kept in bench/data/ (gitignored) between runs and rebuilt
 * only when it no longer matches: another schema version, another demo generator,
 * or a seed that never finished (no stamp).
 */
export const CUSTOMERS = 100_000
export const DATASET_DIR = join(BENCH_DATA, `customers-${CUSTOMERS}`)
const STAMP = 'bench-dataset.json'

export const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version

interface Stamp {
  schemaVersion: number
  customers: number
  generator: string
}

/** The generator's source: the demo data and its search text. A change there means new data. */
function generatorHash(): string {
  const hash = createHash('sha256')
  for (const file of ['demo.ts', 'search.ts'])
    hash.update(readFileSync(join(ROOT, 'src/main/core/services', file)))
  return hash.digest('hex').slice(0, 16)
}

function expectedStamp(): Stamp {
  return {
    schemaVersion: knownSchemaVersion(MIGRATIONS),
    customers: CUSTOMERS,
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

export function datasetIsCurrent(dir = DATASET_DIR): boolean {
  const stampFile = join(dir, STAMP)
  if (!existsSync(stampFile)) return false
  const found = JSON.parse(readFileSync(stampFile, 'utf8')) as Partial<Stamp>
  const expected = expectedStamp()
  return (
    found.schemaVersion === expected.schemaVersion &&
    found.customers === expected.customers &&
    found.generator === expected.generator &&
    databaseVersion(dir) === expected.schemaVersion
  )
}

/** Marks a folder holding a finished seed of CUSTOMERS demo customers. */
export function stampDataset(dir: string): void {
  writeFileSync(join(dir, STAMP), `${JSON.stringify(expectedStamp(), null, 2)}\n`)
}

/** Makes `dir` (a finished, stamped seed) the shared dataset, replacing a stale one. */
export function adoptDataset(dir: string): void {
  rmSync(DATASET_DIR, { recursive: true, force: true })
  renameSync(dir, DATASET_DIR)
}

/** The dataset folder, seeding it first when missing or stale. */
export function ensureDataset(): string {
  if (datasetIsCurrent()) {
    log(`reusing ${DATASET_DIR}`)
    return DATASET_DIR
  }
  log(`seeding ${CUSTOMERS} customers into ${DATASET_DIR} (missing or stale)`)
  rmSync(DATASET_DIR, { recursive: true, force: true })
  const core = openCore({ dataDir: DATASET_DIR, migrationsFolder: MIGRATIONS, version: VERSION })
  try {
    const ms = timeSync(() => {
      const loaded = core.api.dispatch('demo.load', { customers: CUSTOMERS })
      if (!loaded.ok) throw new Error(`demo.load failed: ${loaded.error.message}`)
    })
    log(`seeded in ${Math.round(ms)} ms`)
  } finally {
    core.close()
  }
  stampDataset(DATASET_DIR)
  return DATASET_DIR
}
