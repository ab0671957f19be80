import Database from 'better-sqlite3'
import fc from 'fast-check'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NOW, openTestCore, snapshotDatabase, type TestCore } from '../helpers'
import {
  advanceOf,
  dateOf,
  dayOf,
  expectedDetail,
  isOpen,
  localMorning,
  receivedOf,
  referenceAging,
  voidedOf,
  type MContract,
} from './model'
import { agingDate, createOp, opArb, snapshotOf, step, tally, TODAY, type Run } from './steps'

/**
 * The ledger under random sequences of create / update (lines, plan) / pay / reverse /
 * invoice / reverse invoice / terminate / activate / clock moves, through dispatch, against a plain model
 * (ledger-model.ts, written from the rules, not from ledger-rules.ts). After every step, for
 * every contract of the run: the plan sums to the total; received = Σ payments − Σ their
 * reversals, advances apart; outstanding = total − received − voided ≥ 0 (0 once
 * terminated); invoiced ≤ total; every instalment's and the contract's status, the
 * allocations, the overdue amount and the next due date equal the model's; the aging
 * buckets of each customer equal the model's and sum to its outstanding. Every refusal is
 * the one the model predicts (code and key) and leaves every table as it was. At the end
 * of a run the contract list's overdue and status filters and the customer statement
 * agree with the model too.
 *
 * Runs: 1,000 in `npm test`; `npm run test:ledger-properties` runs the 10,000;
 * LEDGER_PROPERTY_RUNS overrides both, LEDGER_PROPERTY_SEED replays a failure's seed, and
 * LEDGER_PROPERTY_TALLY=1 prints the outcome of every call by error key. One core for the
 * property, on a RAM-backed folder; each run starts from an empty ledger (the ledger tables
 * are emptied through a second connection: the state of a fresh database, without paying
 * ≈ 25 ms for a new core and customer per run). A run is its first create plus 0–10 steps.
 */
const RUNS = Number(
  process.env.LEDGER_PROPERTY_RUNS ??
    (process.env.npm_lifecycle_event === 'test:ledger-properties' ? 10_000 : 1_000),
)
const SEED = process.env.LEDGER_PROPERTY_SEED ? Number(process.env.LEDGER_PROPERTY_SEED) : undefined

// ───────────────────────────── checks ─────────────────────────────

function checkContract(run: Run, c: MContract): void {
  const got = run.core.ok('contracts.get', { id: c.id })
  const want = expectedDetail(c, run.today)
  // The rules, stated on what the core answers:
  const planSum = got.plan.reduce((s, i) => s + i.amountCents, 0)
  const kindOf = new Map(got.payments.map((p) => [p.id, p.kind]))
  const paymentKind = (p: (typeof got.payments)[number]) =>
    p.kind === 'reversal' ? kindOf.get(p.reversesId!) : p.kind
  const sum = (kind: string) =>
    got.payments.filter((p) => paymentKind(p) === kind).reduce((s, p) => s + p.amountCents, 0)
  expect(c.plan.length === 0 || planSum === got.totalCents, 'instalments sum to the total').toBe(
    true,
  )
  expect(got.receivedCents, 'received = Σ payments − Σ reversals').toBe(sum('payment'))
  expect(got.advanceCents, 'advances apart').toBe(sum('advance'))
  expect(got.outstandingCents).toBe(got.totalCents - got.receivedCents - got.voidedCents)
  expect(got.outstandingCents).toBeGreaterThanOrEqual(0)
  if (got.state === 'terminated') expect(got.outstandingCents).toBe(0)
  else expect(got.outstandingCents).toBe(got.totalCents - got.receivedCents)
  expect(got.invoicedCents).toBeLessThanOrEqual(got.totalCents)
  expect(got.invoicedCents).toBe(got.invoices.reduce((s, v) => s + v.amountCents, 0))
  // … and everything equal to the model.
  expect({
    state: got.state,
    status: got.status,
    totalCents: got.totalCents,
    receivedCents: got.receivedCents,
    advanceCents: got.advanceCents,
    invoicedCents: got.invoicedCents,
    voidedCents: got.voidedCents,
    outstandingCents: got.outstandingCents,
    overdueCents: got.overdueCents,
    nextDueDate: got.nextDueDate,
    terminatedDate: got.terminatedDate,
    plan: got.plan.map((i) => ({
      id: i.id,
      seq: i.seq,
      dueDate: i.dueDate,
      amountCents: i.amountCents,
      receivedCents: i.receivedCents,
      unpaidCents: i.unpaidCents,
      status: i.status,
      daysOverdue: i.daysOverdue,
      voidedDate: i.voidedDate,
    })),
    payments: got.payments.map((p) => ({
      id: p.id,
      kind: p.kind,
      amountCents: p.amountCents,
      receivedDate: p.receivedDate,
      reversesId: p.reversesId,
      reversedById: p.reversedById,
      allocations: p.allocations.map((a) => ({
        instalmentId: a.instalmentId,
        amountCents: a.amountCents,
      })),
    })),
    invoices: got.invoices.map((v) => ({
      id: v.id,
      number: v.number,
      amountCents: v.amountCents,
      issuedDate: v.issuedDate,
      reversesId: v.reversesId,
      reversedById: v.reversedById,
    })),
  }).toEqual(want)
}

/** The aging of every customer of the run as of `asOf` (the ledger holds only this run's rows). */
function checkAging(run: Run, asOf: string | undefined): void {
  const report = run.core.ok('receivables.aging', asOf ? { asOf } : {})
  const at = asOf ?? run.today
  const rows = run.customers
    .map((cu) => ({
      customerId: cu.id,
      customerName: cu.name,
      ...referenceAging(
        run.contracts.filter((c) => c.customerId === cu.id),
        at,
      ),
    }))
    .filter((r) => r.totalCents > 0)
    .sort((a, b) => b.totalCents - a.totalCents || a.customerId - b.customerId)
  expect(report.rows).toEqual(rows)
  for (const row of report.rows) {
    const buckets =
      row.notDueCents + row.d1to30Cents + row.d31to60Cents + row.d61to90Cents + row.over90Cents
    const outstanding = run.contracts
      .filter((c) => c.customerId === row.customerId && c.state === 'active')
      .reduce((s, c) => s + c.total - receivedOf(c), 0)
    expect([buckets, row.totalCents]).toEqual([outstanding, outstanding])
  }
  expect(report.total).toEqual(referenceAging(run.contracts, at))
}

function checkStep(run: Run): void {
  for (const c of run.contracts) checkContract(run, c)
  checkAging(run, undefined)
}

/** End of a run: the list's overdue and status filters and the customer statement. */
function checkLists(run: Run): void {
  const ids = (filter: object) =>
    run.core
      .ok('contracts.list', { filter, pageSize: 100 })
      .rows.map((r) => r.id)
      .sort((a, b) => a - b)
  const where = (keep: (c: MContract) => boolean) =>
    run.contracts
      .filter(keep)
      .map((c) => c.id)
      .sort((a, b) => a - b)
  expect(ids({ overdue: true })).toEqual(
    where((c) => c.plan.some((i) => isOpen(c, i) && i.due < run.today)),
  )
  for (const status of ['draft', 'active', 'completed', 'terminated'])
    expect(ids({ status }), status).toEqual(
      where((c) => expectedDetail(c, run.today).status === status),
    )
  for (const customer of run.customers) {
    const mine = run.contracts.filter((c) => c.customerId === customer.id && c.state !== 'draft')
    // Advances are credits on the statement too; a termination credits the voided amount.
    const owed = mine.reduce((s, c) => s + c.total - receivedOf(c) - advanceOf(c) - voidedOf(c), 0)
    const whole = run.core.ok('receivables.statement', {
      customerId: customer.id,
      from: '2020-01-01',
      to: '2030-12-31',
    })
    expect([whole.openingBalanceCents, whole.closingBalanceCents]).toEqual([0, owed])
    const from = dateOf(dayOf(TODAY) - 100)
    const part = run.core.ok('receivables.statement', {
      customerId: customer.id,
      from,
      to: '2030-12-31',
    })
    const net = part.lines.reduce((s, l) => s + l.debitCents - l.creditCents, 0)
    expect(part.openingBalanceCents + net).toBe(owed)
    expect(part.closingBalanceCents).toBe(owed)
  }
}
// ───────────────────────────── the property ─────────────────────────────

describe('the ledger under random sequences of operations', () => {
  let dataDir = ''
  let core: TestCore
  let raw: Database.Database
  let base: Omit<Run, 'contracts' | 'today' | 'invoiceSerial'>

  beforeAll(() => {
    expect(localMorning(TODAY)).toBe(NOW)
    // RAM-backed when available: the WAL's fsyncs would otherwise dominate the runs.
    dataDir = mkdtempSync(
      join(process.platform === 'linux' ? '/dev/shm' : tmpdir(), 'kehu-ledger-props-'),
    )
    core = openTestCore(dataDir)
    const customers = ['甲方客户', '乙方客户'].map((name) => {
      const got = core.ok('customers.create', { name })
      return { id: got.id, name: got.name }
    })
    const product = core.ok('products.create', {
      name: '年度服务',
      unit: '年',
      priceCents: 100_000,
    })
    raw = new Database(join(dataDir, 'kehu.db'))
    base = { core, raw, customers, productId: product.id }
  })
  afterAll(() => {
    raw?.close()
    core?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  const EMPTY_LEDGER =
    [
      'return_visits',
      'payment_allocations',
      'payments',
      'invoices',
      'instalments',
      'contract_items',
      'contracts',
    ]
      .map((t) => `DELETE FROM ${t};`)
      .join('\n') + "\nDELETE FROM audit_log WHERE entity = 'contract';"

  it(`keeps every rule of the ledger over ${RUNS} runs`, { timeout: 600_000 }, () => {
    const started = performance.now()
    fc.assert(
      fc.property(createOp, fc.array(opArb, { maxLength: 10 }), (first, ops) => {
        raw.exec(EMPTY_LEDGER)
        core.clock.set(NOW)
        const run: Run = { ...base, contracts: [], today: TODAY, invoiceSerial: 0 }
        for (const op of [first, ...ops]) {
          if (op.op === 'agingAt') checkAging(run, agingDate(run, op))
          else step(run, op)
          checkStep(run)
        }
        checkLists(run)
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    )
    const outcomes = [...tally].map(([m, t]) => `${m} ${t.ok}/${t.ok + t.refused}`).join(', ')
    console.log(
      `ledger properties: ${RUNS} runs in ${Math.round(performance.now() - started)} ms; calls ok/all: ${outcomes}`,
    )
    // The fast snapshot sees what the helper sees.
    expect(snapshotOf(raw)).toBe(snapshotDatabase(dataDir))
  })
})
