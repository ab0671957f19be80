import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openCore, type Core } from '../src/main/core'
import { openDatabase } from '../src/main/core/db/open'
import { DATABASE_FILE } from '../src/main/core/paths'
import { refreshContractSums } from '../src/main/core/ledger/sums'
import type { ContractDetail, MethodName, MethodOutput } from '../src/shared/api'
import { VERSION } from './dataset'
import { ANCHOR, LARGEST_CUSTOMER, ensureLedgerDataset, ledgerClock } from './ledger-dataset'
import { MIGRATIONS, log, median } from './lib'
import { measureCall, ok, type BenchOutcome, type CallOutcome } from './measure'
import { createCtx } from '../src/main/core/domain-wiring'

/**
 * Issue 5's budgets on the ledger dataset (bench/ledger-dataset.ts: 100,000 contracts,
 * 300,000 instalments, 1,000,000 payments), through dispatch, each against the replay of
 * the core's own SQL on a raw read-only connection in the same run (bench/measure.ts):
 * receivables.aging ≤ 200 ms; contracts.get ≤ 10 ms; contracts.list filtered by overdue
 * p95 ≤ 30 ms; receivables.statement of the largest customer ≤ 50 ms. The core's clock is
 * fixed on the dataset's "today" (ANCHOR).
 */
const AGING_BUDGET_MS = 200
const GET_BUDGET_MS = 10
const LIST_BUDGET_MS = 30
const STATEMENT_BUDGET_MS = 50
/** Our choice for the whole history of the largest customer (≈ 10,800 lines, 4.6× a year's). */
const STATEMENT_ALL_BUDGET_MS = 100

function openLedgerCore(dir: string): Core {
  return openCore({
    dataDir: dir,
    migrationsFolder: MIGRATIONS,
    version: VERSION,
    clock: ledgerClock(),
    autoBackupCheckMs: 0,
  })
}

/** A spread of contracts: every state, the largest customer's, and evenly over the ids. */
function sampleIds(sqlite: Database.Database): number[] {
  return sqlite
    .prepare(
      `SELECT id FROM contracts WHERE id % 499 = 0
       UNION SELECT id FROM (SELECT id FROM contracts WHERE state = 'terminated' LIMIT 40)
       UNION SELECT id FROM (SELECT id FROM contracts WHERE state = 'draft' LIMIT 10)
       UNION SELECT id FROM (SELECT id FROM contracts WHERE advance_cents > 0 LIMIT 20)
       UNION SELECT id FROM (SELECT id FROM contracts WHERE customer_id = ? LIMIT 20)
       ORDER BY id`,
    )
    .pluck()
    .all(LARGEST_CUSTOMER) as number[]
}

/**
 * The generated denormalised columns are what the services compute: on a sample, the
 * service's own recomputation (refreshContractSums, rolled back) changes no column of
 * the contract or its instalments, and contracts.get answers a consistent contract.
 */
export function verifyLedgerSample(dir: string): void {
  const database = openDatabase({ file: join(dir, DATABASE_FILE), migrationsFolder: MIGRATIONS })
  const ids = sampleIds(database.sqlite)
  try {
    const ctx = createCtx({ db: database.db, sqlite: database.sqlite, clock: ledgerClock() })
    const contract = database.sqlite.prepare('SELECT * FROM contracts WHERE id = ?')
    const plan = database.sqlite.prepare(
      'SELECT * FROM instalments WHERE contract_id = ? ORDER BY id',
    )
    const read = (id: number) => JSON.stringify([contract.get(id), plan.all(id)])
    for (const id of ids) {
      const before = read(id)
      let after = ''
      try {
        database.sqlite.transaction(() => {
          refreshContractSums(ctx, id)
          after = read(id)
          throw new Error('rollback')
        })()
      } catch (error) {
        if (!(error instanceof Error) || error.message !== 'rollback') throw error
      }
      if (after !== before)
        throw new Error(
          `ledger dataset: contract ${id} differs from the services' sums:\n${before}\n${after}`,
        )
    }
  } finally {
    database.close()
  }
  const core = openLedgerCore(dir)
  try {
    for (const id of ids)
      checkDetail(ok('contracts.get', core.api.dispatch('contracts.get', { id })))
  } finally {
    core.close()
  }
  log(`ledger: ${ids.length} sampled contracts agree with refreshContractSums and contracts.get`)
}

function checkDetail(c: ContractDetail): void {
  const fail = (what: string) => {
    throw new Error(`ledger dataset: contract ${c.id} (${c.number}): ${what}`)
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  const kind = new Map(c.payments.map((p) => [p.id, p.kind]))
  const of = (k: string) =>
    sum(
      c.payments
        .filter((p) => (p.kind === 'reversal' ? kind.get(p.reversesId!) : p.kind) === k)
        .map((p) => p.amountCents),
    )
  if (sum(c.items.map((i) => i.lineTotalCents)) !== c.totalCents) fail('lines ≠ total')
  if (sum(c.plan.map((i) => i.amountCents)) !== c.totalCents) fail('plan ≠ total')
  if (of('payment') !== c.receivedCents) fail('received ≠ Σ payments − reversals')
  if (of('advance') !== c.advanceCents) fail('advance ≠ Σ advances')
  if (sum(c.plan.map((i) => i.receivedCents)) !== c.receivedCents) fail('Σ instalments ≠ received')
  for (const i of c.plan) {
    const allocated = sum(
      c.payments.flatMap((p) =>
        p.allocations.filter((a) => a.instalmentId === i.id).map((a) => a.amountCents),
      ),
    )
    if (allocated !== i.receivedCents) fail(`instalment ${i.seq}: allocations ≠ received`)
  }
  if (sum(c.invoices.map((v) => v.amountCents)) !== c.invoicedCents) fail('Σ invoices ≠ invoiced')
  if (c.invoicedCents > c.totalCents) fail('invoiced > total')
  if (c.outstandingCents < 0) fail('outstanding < 0')
  if (c.payments.some((p) => p.receivedDate < c.signedDate)) fail('a payment before signing')
}

/** The contracts with the most payment rows (the heaviest contract pages), and some ordinary ones. */
function detailIds(sqlite: Database.Database): number[] {
  const heavy = sqlite
    .prepare(
      'SELECT contract_id FROM payments GROUP BY contract_id ORDER BY COUNT(*) DESC, contract_id LIMIT 10',
    )
    .pluck()
    .all() as number[]
  const spread = sqlite
    .prepare('SELECT id FROM contracts WHERE id % 9973 = 0 LIMIT 10')
    .pluck()
    .all() as number[]
  return [...heavy, ...spread]
}

interface LedgerCase<M extends MethodName> {
  name: string
  method: M
  inputs: unknown[]
  budget: number
  runs: number
  warmup: number
  note?: (value: MethodOutput<M>) => string
}

/**
 * One dispatch per run against the replay of its own SQL (see bench/measure.ts). The note
 * adds the median CPU time of the call (this process, user + system): on a machine shared
 * with other work the wall-time p95 counts the time the scheduler gave to others, the CPU
 * time is what the call itself costs.
 */
function measureMethod<M extends MethodName>(
  core: Core,
  sqlite: Database.Database,
  c: LedgerCase<M>,
): CallOutcome {
  const call = (input: unknown) => ok(c.method, core.api.dispatch(c.method, input))
  const outcome = measureCall(sqlite, { ...c, call })
  const cpu = Array.from({ length: Math.min(c.runs, 30) }, (_, i) => {
    const started = process.cpuUsage()
    call(c.inputs[i % c.inputs.length])
    const used = process.cpuUsage(started)
    return (used.user + used.system) / 1000
  })
  const cpuMedian = median(cpu)
  outcome.result.note = `${outcome.result.note ?? ''}; CPU p50 ${cpuMedian.toFixed(1)} ms`
  log(`${c.name.padEnd(44)} CPU p50 ${cpuMedian.toFixed(2)} ms`)
  return outcome
}

export function benchLedger(): BenchOutcome {
  const info = ensureLedgerDataset(verifyLedgerSample)
  const core = openLedgerCore(info.dir)
  const sqlite = new Database(join(info.dir, DATABASE_FILE), {
    readonly: true,
    fileMustExist: true,
  })
  try {
    const count = (sql: string, ...params: unknown[]) =>
      sqlite
        .prepare(sql)
        .pluck()
        .get(...params) as number
    const largest = count(
      'SELECT customer_id FROM payments GROUP BY customer_id ORDER BY COUNT(*) DESC LIMIT 1',
    )
    log(
      `ledger: ${info.customers} customers, ${info.contracts} contracts, ${info.instalments} instalments, ${info.payments} payment rows, ${info.invoices} invoices; the largest customer (${largest}) has ${count('SELECT COUNT(*) FROM contracts WHERE customer_id = ?', largest)} contracts and ${count('SELECT COUNT(*) FROM payments WHERE customer_id = ?', largest)} payment rows`,
    )
    const yearAgo = `${Number(ANCHOR.slice(0, 4)) - 1}${ANCHOR.slice(4)}`
    const outcomes = [
      measureMethod(core, sqlite, {
        name: 'ledger receivables.aging',
        method: 'receivables.aging',
        inputs: [{}],
        budget: AGING_BUDGET_MS,
        note: (v) => `${v.rows.length} customers owe`,
        runs: 20,
        warmup: 3,
      }),
      measureMethod(core, sqlite, {
        name: 'ledger contracts.get',
        method: 'contracts.get',
        inputs: detailIds(sqlite).map((id) => ({ id })),
        budget: GET_BUDGET_MS,
        note: (v) => `heaviest: ${v.payments.length} payment rows`,
        runs: 200,
        warmup: 20,
      }),
      ...(
        [
          ['p1', { filter: { overdue: true } }],
          ['p20', { filter: { overdue: true }, page: 20 }],
          ['one owner p1', { filter: { overdue: true, ownerId: 2 } }],
        ] as const
      ).map(([label, input]) =>
        measureMethod(core, sqlite, {
          name: `ledger contracts.list overdue ${label}`,
          method: 'contracts.list',
          inputs: [input],
          budget: LIST_BUDGET_MS,
          note: (v) => `${v.total} overdue`,
          runs: 50,
          warmup: 5,
        }),
      ),
      measureMethod(core, sqlite, {
        name: 'ledger receivables.statement largest, 12 months',
        method: 'receivables.statement',
        inputs: [{ customerId: largest, from: yearAgo, to: ANCHOR }],
        budget: STATEMENT_BUDGET_MS,
        note: (v) => `${v.lines.length} lines`,
        runs: 50,
        warmup: 5,
      }),
      measureMethod(core, sqlite, {
        name: 'ledger receivables.statement largest, all 5 years',
        method: 'receivables.statement',
        inputs: [{ customerId: largest, from: '2021-01-01', to: ANCHOR }],
        budget: STATEMENT_ALL_BUDGET_MS,
        note: (v) => `${v.lines.length} lines`,
        runs: 30,
        warmup: 3,
      }),
    ]
    return {
      results: outcomes.map((o) => o.result),
      diagnostics: outcomes.flatMap((o) => (o.diagnostic ? [o.diagnostic] : [])),
    }
  } finally {
    sqlite.close()
    core.close()
  }
}
