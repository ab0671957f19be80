import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { openCore } from '../src/main/core'
import { openDatabase } from '../src/main/core/db/open'
import { DATABASE_FILE } from '../src/main/core/paths'
import { demoCustomers } from '../src/main/core/demo/demo'
import { nameSortKey } from '../src/main/core/pinyin'
import { phoneDigits } from '../src/shared/text'
import { VERSION } from './dataset'
import { BENCH_DATA, MIGRATIONS, log, result, timeAndCpuSync, type BenchResult } from './lib'

type Times = ReturnType<typeof timeAndCpuSync>

/** Customers only: the bare-INSERT baseline has no contacts or follow-ups to compare with. */
const CUSTOMERS = 100_000

/** Absolute budget for seeding 100k customers: a first-run "load demo data" must not feel broken. */
const SEED_BUDGET_MS = 60_000
/** Runs of ours, each between two runs of the baseline. */
const RUNS = 2
/**
 * Budget for our seed ÷ the bare INSERT, in CPU time of this process (user + system,
 * every thread). Wall time is what the user waits for and has the absolute budget;
 * for the ratio it is too noisy on the shared 2-core machine, where another process
 * stretches one side and not the other: over six runs of the same code the wall
 * ratio ranged 3.0–5.4× while the CPU ratio stayed within 3.65–4.5×.
 * What ours does beyond the baseline (≈ 2–2.9 s CPU), from a CPU profile of
 * loadDemoData(100k, no contacts or follow-ups):
 *   pinyin of every name: sort key, full and initials for search   ≈ 3.3 s
 *   FTS5 trigram rows (≈ 136 chars) and short rows (≈ 59 chars)     ≈ 2.7 s
 *   garbage collection of the kept rows and search sources          ≈ 1.0 s
 *   generating the rows, tag rows, audit                            ≈ 0.5 s
 * ≈ 4× in all: with the two fixes named below, loadDemoData measured 3.65–4.5× in
 * six runs on the busy machine. 5× leaves ≈ 10 % above the worst of them and still
 * catches an extra statement or prepare per row: at the time of writing the code
 * measures 5.2–7.5× (nine runs), because its INSERT … RETURNING id costs 2.2× a
 * plain INSERT (5.4 s instead of 2.1–2.5 s for 100k rows; `.run().lastInsertRowid`
 * gives the same id) and writeSearchRows prepares its two statements again for
 * every customer (200k prepares ≈ 0.9 s). See bench/README.md, "Known misses".
 */
const SEED_RATIO_BUDGET = 5

/** Bare prepared INSERTs of the same rows and columns, one transaction, same schema and pragmas. */
function bareInsert(dir: string, count: number, now: number): Times {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const database = openDatabase({ file: join(dir, DATABASE_FILE), migrationsFolder: MIGRATIONS })
  try {
    const { sqlite } = database
    const ownerIds = [1, 2, 3, 4, 5].map(
      (n) =>
        sqlite
          .prepare('INSERT INTO owners(name, active, created_at) VALUES (?, 1, ?)')
          .run(`owner ${n}`, now).lastInsertRowid,
    )
    // Generated before the clock starts: the baseline is the database's share alone.
    const rows = demoCustomers(count, now).map((c) => ({
      ...c,
      digits: phoneDigits(c.phone),
      nameSort: nameSortKey(c.name),
    }))
    const insert = sqlite.prepare(`INSERT INTO customers
      (code, type, name, name_sort, short_name, industry, source, grade, stage, owner_id, province, city, address,
       phone, phone_digits, email, notes, custom, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?)`)
    return timeAndCpuSync(() => {
      sqlite.transaction(() => {
        for (const c of rows) {
          insert.run(
            c.code,
            c.type,
            c.name,
            c.nameSort,
            c.shortName,
            c.industry,
            c.source,
            c.grade,
            c.stage,
            ownerIds[c.ownerIndex],
            c.province,
            c.city,
            c.address,
            c.phone,
            c.digits,
            c.email,
            c.notes,
            c.createdAt,
            c.createdAt,
          )
        }
      })()
    })
  } finally {
    database.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Our loadDemoData through the dispatcher into a fresh folder, customers only (no
 * contacts, no follow-ups, no deals, no contracts), so that it does the same rows as the bare INSERT.
 */
function ourSeed(dir: string, count: number): Times {
  rmSync(dir, { recursive: true, force: true })
  const core = openCore({ dataDir: dir, migrationsFolder: MIGRATIONS, version: VERSION })
  try {
    return timeAndCpuSync(() => {
      const loaded = core.api.dispatch('demo.load', {
        customers: count,
        contactsPerCustomer: 0,
        activitiesPerCustomer: 0,
        deals: 0,
        contracts: 0,
      })
      if (!loaded.ok) throw new Error(`demo.load failed: ${loaded.error.message}`)
    })
  } finally {
    core.close()
  }
}

const seconds = (t: Times) => `${(t.wall / 1000).toFixed(1)} s (CPU ${(t.cpu / 1000).toFixed(1)} s)`

const mean = (times: Times[]) => ({
  wall: times.reduce((sum, t) => sum + t.wall, 0) / times.length,
  cpu: times.reduce((sum, t) => sum + t.cpu, 0) / times.length,
})

/**
 * Baseline, ours, baseline, ours, baseline: each side is the mean of its runs, so that
 * a 2–3 s baseline and a 10–15 s seed sample the machine's load at several moments.
 */
export function benchSeed(): BenchResult[] {
  const seededDir = join(BENCH_DATA, 'seed-run')
  const baselineDir = join(BENCH_DATA, 'seed-baseline')
  const bare: Times[] = []
  const ours: Times[] = []
  const baselineRun = () => {
    log(`seed: bare INSERT of ${CUSTOMERS} rows (baseline, ${bare.length + 1} of ${RUNS + 1})…`)
    bare.push(bareInsert(baselineDir, CUSTOMERS, Date.now()))
    log(`seed: baseline ${seconds(bare[bare.length - 1]!)}`)
  }
  baselineRun()
  for (let run = 1; run <= RUNS; run++) {
    log(`seed: loadDemoData(${CUSTOMERS}, no contacts or follow-ups), ${run} of ${RUNS}…`)
    try {
      ours.push(ourSeed(seededDir, CUSTOMERS))
    } finally {
      // A throwaway folder: the other benchmarks read the cached dataset (bench/dataset.ts).
      rmSync(seededDir, { recursive: true, force: true })
    }
    log(`seed: ours ${seconds(ours[ours.length - 1]!)}`)
    baselineRun()
  }
  const baseline = mean(bare)
  const our = mean(ours)
  return [
    result(
      `seed ${CUSTOMERS / 1000}k customers (demo.load), mean of ${RUNS}`,
      our.wall,
      'ms',
      SEED_BUDGET_MS,
      {
        baseline: baseline.wall,
        note: 'wall time; contactsPerCustomer 0, activitiesPerCustomer 0',
      },
    ),
    result(
      'seed ratio ours / bare INSERT, CPU time',
      our.cpu / baseline.cpu,
      'x',
      SEED_RATIO_BUDGET,
      {
        note: `CPU ${(our.cpu / 1000).toFixed(1)} s / ${(baseline.cpu / 1000).toFixed(1)} s; bare INSERT: same rows, columns, schema; no pinyin, FTS, tags`,
      },
    ),
  ]
}
