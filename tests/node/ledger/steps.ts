import type Database from 'better-sqlite3'
import fc from 'fast-check'
import { expect } from 'vitest'
import type { ContractDetail, PaymentCreated } from '../../../src/shared/api'
import { MAX_LEDGER_CENTS, splitEvenly } from '../../../src/shared/ledger-rules'
import { snapshotLine, snapshotQueries, type TestCore } from '../helpers'
import {
  invoicedOf,
  localMorning,
  plusDays,
  receivedOf,
  referenceAllocate,
  referenceLineTotal,
  referenceSplit,
  weightedSplit,
  type MContract,
  type MInstalment,
} from './model'

/**
 * The operations of the ledger property test (ledger-properties.test.ts): what fast-check
 * draws, and each step run on the core and on the model, with the refusal the model
 * predicts (code and key, in the order the services check).
 */
export const TODAY = '2026-11-23'

// ───────────────────────────── operations ─────────────────────────────

/** null `nullWeight` times out of nullWeight + 1, else a value. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>, nullWeight: number) =>
  fc.oneof({ weight: nullWeight, arbitrary: fc.constant(null) }, { weight: 1, arbitrary })

const line = fc.record({
  quantityMilli: fc.oneof(
    { weight: 10, arbitrary: fc.integer({ min: 1, max: 20_000 }) },
    { weight: 4, arbitrary: fc.constantFrom(1, 333, 335, 1000, 1005, 2500, 1_000_000) },
    // a million units: × ¥10,000.00 is the largest line the ledger takes
    { weight: 1, arbitrary: fc.constant(1_000_000_000) },
  ),
  priceCents: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 2_000_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(1, 3, 5, 999, 100_000_000) },
    // a discount line (no product)
    { weight: 1, arbitrary: fc.integer({ min: -300_000, max: -1 }) },
  ),
  discountBps: fc.oneof(
    { weight: 3, arbitrary: fc.constant(0) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(1250, 3333, 5000, 9999, 10_000) },
  ),
  product: fc.boolean(),
})

export const createOp = fc.record({
  op: fc.constant('create' as const),
  customer: fc.nat({ max: 1 }),
  lines: fc.array(line, { minLength: 1, maxLength: 4 }),
  plan: fc.constantFrom('even', 'even', 'weighted', 'weighted', 'weighted', 'wrong'),
  n: fc.integer({ min: 1, max: 4 }),
  weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 4, maxLength: 4 }),
  dueOffsets: fc.array(fc.integer({ min: -20, max: 400 }), { minLength: 4, maxLength: 4 }),
  wrongBy: fc.constantFrom(-1, 1, 100),
  signedOffset: fc.integer({ min: -400, max: 20 }),
  endOffset: fc.option(fc.integer({ min: 0, max: 500 })),
  draft: fc.constantFrom(false, false, false, false, false, false, true),
})
const amountMode = fc.oneof(
  fc.record({
    mode: fc.constant('fraction' as const),
    permille: fc.integer({ min: 0, max: 1000 }),
  }),
  fc.record({ mode: fc.constant('exact' as const) }),
  fc.record({ mode: fc.constant('over' as const), by: fc.integer({ min: 1, max: 100_000 }) }),
  fc.record({
    mode: fc.constant('absolute' as const),
    cents: fc.integer({ min: 1, max: 10_000_000 }),
  }),
)
export const opArb = fc.oneof(
  { weight: 1, arbitrary: createOp },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('pay' as const),
      contract: fc.nat({ max: 9 }),
      amount: amountMode,
      instalment: maybe(fc.nat({ max: 12 }), 1),
      asAdvance: fc.boolean(),
      dateOffset: fc.integer({ min: -3, max: 450 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('update' as const),
      contract: fc.nat({ max: 9 }),
      lines: maybe(fc.array(line, { minLength: 1, maxLength: 3 }), 1),
      keep: fc.array(fc.constantFrom(true, true, true, false), { minLength: 1, maxLength: 6 }),
      move: fc.array(fc.constantFrom(0, 0, -10, 30), { minLength: 1, maxLength: 4 }),
      extra: fc.integer({ min: 0, max: 2 }),
      weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 6, maxLength: 6 }),
      dueOffsets: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 2, maxLength: 2 }),
      twist: fc.constantFrom(null, null, null, null, 'below' as const, 'wrong' as const),
      withPlan: fc.constantFrom(true, true, true, false),
      signedShift: maybe(fc.integer({ min: -40, max: 40 }), 3),
      switchCustomer: fc.constantFrom(false, false, false, false, true),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('reversePayment' as const),
      payment: fc.nat({ max: 20 }),
      dateOffset: fc.option(fc.integer({ min: -2, max: 60 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('invoice' as const),
      contract: fc.nat({ max: 9 }),
      amount: amountMode,
      reuseNumber: maybe(fc.nat({ max: 9 }), 4),
      dateOffset: fc.integer({ min: 0, max: 400 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('reverseInvoice' as const),
      invoice: fc.nat({ max: 20 }),
      dateOffset: fc.option(fc.integer({ min: -2, max: 60 })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('terminate' as const),
      contract: fc.nat({ max: 9 }),
      dateOffset: fc.option(fc.integer({ min: 0, max: 400 })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('activate' as const), contract: fc.nat({ max: 9 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('clock' as const),
      days: fc.oneof(fc.integer({ min: -60, max: 150 }), fc.constantFrom(1, 7, 8, 30, 31, 90, 91)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('agingAt' as const),
      instalment: fc.nat({ max: 12 }),
      after: fc.constantFrom(-1, 0, 1, 30, 31, 60, 61, 90, 91),
    }),
  },
)
export type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never
type Amount = Extract<Op, { op: 'pay' }>['amount']

// ───────────────────────────── the run ─────────────────────────────

export interface Run {
  core: TestCore
  /** A second connection to the same file: emptying the ledger between runs, snapshots. */
  raw: Database.Database
  customers: { id: number; name: string }[]
  productId: number
  contracts: MContract[]
  today: string
  invoiceSerial: number
}

function amountOf(a: Amount, room: number): number {
  switch (a.mode) {
    case 'fraction':
      return Math.max(1, Math.round((room * a.permille) / 1000))
    case 'exact':
      return Math.max(1, room)
    case 'over':
      return Math.max(0, room) + a.by
    case 'absolute':
      return a.cents
  }
}

type Expected = { code: string; key: string } | null

/**
 * Every table's rows, as snapshotDatabase (helpers.ts) reads them, but through one read
 * connection kept open with its statements prepared (≈ 10× cheaper than opening one per
 * snapshot, which matters at thousands of refusals).
 */
export function snapshotOf(raw: Database.Database): string {
  let statements = snapshotStatements.get(raw)
  if (!statements) {
    statements = snapshotQueries(raw).map(([name, query]) => [name, raw.prepare(query)] as const)
    snapshotStatements.set(raw, statements)
  }
  return statements.map(([name, select]) => snapshotLine(name, select.all())).join('\n')
}
const snapshotStatements = new WeakMap<
  Database.Database,
  (readonly [string, Database.Statement])[]
>()

/** Tally of outcomes per method, printed at the end: the runs must not be mostly refusals. */
export const tally = new Map<string, { ok: number; refused: number }>()

/** Calls the core; a refusal must be the predicted one and must leave every table as it was. */
function call<T>(run: Run, method: string, input: unknown, expected: Expected): T | undefined {
  const before = expected ? snapshotOf(run.raw) : ''
  const result = run.core.call(method, input)
  const got = result.ok ? null : { code: result.error.code, key: result.error.key }
  expect(got, `${method} ${JSON.stringify(input)} → ${JSON.stringify(result)}`).toEqual(expected)
  const counts = tally.get(method) ?? { ok: 0, refused: 0 }
  counts[result.ok ? 'ok' : 'refused'] += 1
  tally.set(method, counts)
  if (process.env.LEDGER_PROPERTY_TALLY && !result.ok) {
    const k = `${method} ${result.error.key}`
    tally.set(k, { ok: 0, refused: (tally.get(k)?.refused ?? 0) + 1 })
  }
  if (!result.ok) {
    expect(snapshotOf(run.raw), `${method} refused but changed the database`).toBe(before)
    return undefined
  }
  return result.value as T
}

/** The schema refused the input (dispatch, before any service). */
const ZOD: Expected = { code: 'VALIDATION', key: 'errors.validation' }
const conflict = (key: string): Expected => ({ code: 'CONFLICT', key: `errors.${key}` })
const invalid = (key: string): Expected => ({ code: 'VALIDATION', key: `errors.${key}` })

type Line = Extract<Op, { op: 'create' }>['lines'][number]

/** Line items as a person enters them (quantity 2.5, discount 12.5 %); a product on some lines. */
function itemsOf(run: Run, lines: Line[]) {
  return lines.map((l, i) => ({
    ...(l.product && l.priceCents > 0 ? { productId: run.productId } : {}),
    description: `行${i + 1}`,
    quantity: l.quantityMilli / 1000,
    unitPriceCents: l.priceCents,
    ...(l.discountBps ? { discountPercent: l.discountBps / 100 } : {}),
  }))
}
/** A line, or a non-negative total, above ¥10,000,000,000.00. */
function tooLarge(lines: Line[]): boolean {
  const totals = lines.map((l) => referenceLineTotal(l.quantityMilli, l.priceCents, l.discountBps))
  const total = totals.reduce((s, t) => s + t, 0)
  return totals.some((t) => Math.abs(t) > MAX_LEDGER_CENTS) || total > MAX_LEDGER_CENTS
}
const totalOf = (lines: Line[]) =>
  lines.reduce((s, l) => s + referenceLineTotal(l.quantityMilli, l.priceCents, l.discountBps), 0)

function create(run: Run, op: Extract<Op, { op: 'create' }>): void {
  const items = itemsOf(run, op.lines)
  const total = totalOf(op.lines)
  let amounts: number[] = []
  if (total > 0 && op.plan === 'weighted') amounts = weightedSplit(total, op.weights.slice(0, op.n))
  if (total > 0 && op.plan !== 'weighted') {
    amounts = splitEvenly(total, op.n)
    expect(amounts).toEqual(referenceSplit(total, op.n))
  }
  if (op.plan === 'wrong') {
    if (amounts.length === 0) amounts = [1]
    else amounts[amounts.length - 1]! += op.wrongBy
  }
  const signed = plusDays(TODAY, op.signedOffset)
  const dues = amounts.map((_, i) => plusDays(signed, op.dueOffsets[i]!))
  const end = op.endOffset === null ? null : plusDays(signed, op.endOffset)
  const customer = run.customers[op.customer]!
  const input = {
    customerId: customer.id,
    title: `属性合同${run.contracts.length + 1}`,
    signedDate: signed,
    ...(end ? { endDate: end } : {}),
    items,
    plan: amounts.map((amountCents, i) => ({ dueDate: dues[i]!, amountCents })),
    ...(op.draft ? { draft: true } : {}),
  }
  const planSum = amounts.reduce((s, a) => s + a, 0)
  const expected: Expected = amounts.some((a) => a < 1 || a > MAX_LEDGER_CENTS)
    ? ZOD
    : tooLarge(op.lines)
      ? invalid('contractTooLarge')
      : total < 0
        ? invalid('contractTotalNegative')
        : planSum !== total
          ? invalid('planSumMismatch')
          : null
  const got = call<ContractDetail>(run, 'contracts.create', input, expected)
  if (!got) return
  run.contracts.push({
    id: got.id,
    customerId: customer.id,
    state: op.draft ? 'draft' : 'active',
    total,
    signed,
    end,
    plan: got.plan.map((p, i) => ({
      id: p.id,
      seq: i + 1,
      due: dues[i]!,
      amount: amounts[i]!,
      received: 0,
      voided: false,
    })),
    payments: [],
    invoices: [],
    terminatedDate: null,
  })
}

/**
 * contracts.update with new lines and/or a new plan: existing instalments kept (by id, at
 * least what they received, possibly moved) or dropped, new ones added, the rest of the
 * total spread by weight — sometimes one below its received, sometimes off by a 分; or the
 * lines without a plan; sometimes a new signing date or the other customer.
 */
function update(run: Run, op: Extract<Op, { op: 'update' }>): void {
  const c = run.contracts[op.contract % run.contracts.length]!
  const total = op.lines ? totalOf(op.lines) : c.total
  const kept = c.plan.filter((_, i) => op.keep[i % op.keep.length])
  const entries: { id: number | undefined; due: string; min: number }[] = [
    ...kept.map((i, k) => ({
      id: i.id,
      due: plusDays(i.due, op.move[k % op.move.length]!),
      min: i.received,
    })),
    ...Array.from({ length: op.extra }, (_, k) => ({
      id: undefined,
      due: plusDays(c.signed, op.dueOffsets[k]!),
      min: 0,
    })),
  ]
  const floor = entries.reduce((s, e) => s + e.min, 0)
  const spread = entries.length
    ? weightedSplit(
        Math.max(0, total - floor),
        op.weights.slice(0, entries.length).concat(1, 1, 1, 1, 1, 1).slice(0, entries.length),
      )
    : []
  const amounts = entries.map((e, k) => e.min + spread[k]!)
  const paidEntry = entries.findIndex((e) => e.min > 0)
  if (op.twist === 'below' && paidEntry >= 0 && entries.length > 1) {
    amounts[paidEntry]! -= 1
    amounts[(paidEntry + 1) % entries.length]! += 1
  }
  if (op.twist === 'wrong' && amounts.length) amounts[amounts.length - 1]! += 1
  const plan = entries.map((e, k) => ({
    ...(e.id ? { id: e.id } : {}),
    dueDate: e.due,
    amountCents: amounts[k]!,
  }))
  const customer = op.switchCustomer
    ? run.customers.find((cu) => cu.id !== c.customerId)
    : undefined
  const signed = op.signedShift === null ? undefined : plusDays(c.signed, op.signedShift)
  const input = {
    id: c.id,
    ...(customer ? { customerId: customer.id } : {}),
    ...(signed ? { signedDate: signed } : {}),
    ...(op.lines ? { items: itemsOf(run, op.lines) } : {}),
    ...(op.withPlan ? { plan } : {}),
  }
  const allocated = new Set(c.payments.flatMap((p) => p.allocations.map((a) => a.instalmentId)))
  const belowReceived = entries.some((e, k) => e.id !== undefined && amounts[k]! < e.min)
  const planSum = (op.withPlan ? amounts : c.plan.map((i) => i.amount)).reduce((s, a) => s + a, 0)
  const firstPayment = c.payments.map((p) => p.date).sort()[0]
  const expected: Expected =
    op.withPlan && amounts.some((a) => a < 1 || a > MAX_LEDGER_CENTS)
      ? ZOD
      : c.state === 'terminated'
        ? conflict('contractTerminated')
        : customer && (c.payments.length > 0 || c.invoices.length > 0)
          ? conflict('contractHasMoney')
          : signed && firstPayment !== undefined && firstPayment < signed
            ? invalid('paymentBeforeSigning')
            : op.lines && tooLarge(op.lines)
              ? invalid('contractTooLarge')
              : total < 0
                ? invalid('contractTotalNegative')
                : planSum !== total
                  ? invalid('planSumMismatch')
                  : op.withPlan && belowReceived
                    ? invalid('instalmentBelowReceived')
                    : op.withPlan && c.plan.some((i) => !kept.includes(i) && allocated.has(i.id))
                      ? invalid('instalmentHasPayments')
                      : invoicedOf(c) > total
                        ? invalid('totalBelowInvoiced')
                        : null
  const got = call<ContractDetail>(run, 'contracts.update', input, expected)
  if (!got) return
  c.total = total
  if (customer) c.customerId = customer.id
  if (signed) c.signed = signed
  if (!op.withPlan) return
  c.plan = entries.map((e, k) => {
    const before = c.plan.find((i) => i.id === e.id)
    return {
      id: got.plan[k]!.id,
      seq: k + 1,
      due: e.due,
      amount: amounts[k]!,
      received: before?.received ?? 0,
      voided: false,
    }
  })
  for (const [k, e] of entries.entries()) if (e.id !== undefined) expect(got.plan[k]!.id).toBe(e.id)
}

function pay(run: Run, op: Extract<Op, { op: 'pay' }>): void {
  const c = run.contracts[op.contract % run.contracts.length]!
  const outstanding = c.total - receivedOf(c)
  const amount = amountOf(op.amount, outstanding)
  const date = plusDays(c.signed, op.dateOffset)
  // Mostly this contract's instalments; past them, other contracts' (refused).
  const pool = [c.plan, ...run.contracts.filter((o) => o !== c).map((o) => o.plan)].flat()
  const picked =
    op.instalment === null || pool.length === 0 ? undefined : pool[op.instalment % pool.length]
  const plan = referenceAllocate(c, amount, picked)
  const expected: Expected =
    amount > MAX_LEDGER_CENTS
      ? ZOD
      : c.state === 'terminated'
        ? conflict('contractTerminated')
        : c.state === 'draft'
          ? conflict('contractIsDraft')
          : date < c.signed
            ? invalid('paymentBeforeSigning')
            : picked && !c.plan.includes(picked)
              ? invalid('instalmentNotInContract')
              : picked && (picked.voided || picked.received >= picked.amount)
                ? invalid('instalmentNotOpen')
                : plan.excess > 0 && !op.asAdvance
                  ? invalid('paymentExceedsOutstanding')
                  : null
  const input = {
    contractId: c.id,
    receivedDate: date,
    amountCents: amount,
    method: 'bank',
    ...(picked ? { instalmentId: picked.id } : {}),
    ...(op.asAdvance ? { asAdvance: true } : {}),
  }
  const got = call<PaymentCreated>(run, 'payments.create', input, expected)
  if (!got) return
  const applied = amount - plan.excess
  const allocations = plan.allocations.map((a) => ({
    instalmentId: a.instalment.id,
    amountCents: a.amount,
  }))
  if (applied > 0) {
    expect([got.kind, got.amountCents]).toEqual(['payment', applied])
    c.payments.push({
      id: got.id,
      kind: 'payment',
      amount: applied,
      date,
      reverses: null,
      reversedBy: null,
      allocations,
    })
    for (const a of plan.allocations) a.instalment.received += a.amount
  }
  if (plan.excess > 0) {
    const advance = applied > 0 ? got.advance : got
    expect([advance?.kind, advance?.amountCents]).toEqual(['advance', plan.excess])
    c.payments.push({
      id: advance!.id,
      kind: 'advance',
      amount: plan.excess,
      date,
      reverses: null,
      reversedBy: null,
      allocations: [],
    })
  }
  if (applied === 0 || plan.excess === 0) expect(got.advance).toBeNull()
}

function reversePayment(run: Run, op: Extract<Op, { op: 'reversePayment' }>): void {
  const pool = run.contracts.flatMap((c) => c.payments.map((p) => ({ c, p })))
  if (pool.length === 0) return
  const { c, p } = pool[op.payment % pool.length]!
  const date = op.dateOffset === null ? run.today : plusDays(p.date, op.dateOffset)
  const expected: Expected =
    p.kind === 'reversal'
      ? invalid('paymentIsReversal')
      : p.reversedBy !== null
        ? conflict('paymentAlreadyReversed')
        : c.state === 'terminated'
          ? conflict('contractTerminated')
          : date < p.date
            ? invalid('reversalBeforeOriginal')
            : null
  const input = { id: p.id, reason: '录错金额', ...(op.dateOffset === null ? {} : { date }) }
  const got = call<{ id: number }>(run, 'payments.reverse', input, expected)
  if (!got) return
  const allocations = p.allocations.map((a) => ({
    instalmentId: a.instalmentId,
    amountCents: -a.amountCents,
  }))
  c.payments.push({
    id: got.id,
    kind: 'reversal',
    amount: -p.amount,
    date,
    reverses: p.id,
    reversedBy: null,
    allocations,
  })
  p.reversedBy = got.id
  for (const a of allocations)
    c.plan.find((i) => i.id === a.instalmentId)!.received += a.amountCents
}

function invoice(run: Run, op: Extract<Op, { op: 'invoice' }>): void {
  const c = run.contracts[op.contract % run.contracts.length]!
  const remaining = c.total - invoicedOf(c)
  const amount = amountOf(op.amount, remaining)
  const originals = run.contracts.flatMap((o) => o.invoices.filter((v) => v.reverses === null))
  const number =
    op.reuseNumber !== null && originals.length > 0
      ? originals[op.reuseNumber % originals.length]!.number!
      : `FP${++run.invoiceSerial}`
  const date = plusDays(c.signed, op.dateOffset)
  const expected: Expected =
    amount > MAX_LEDGER_CENTS
      ? ZOD
      : c.state === 'terminated'
        ? conflict('contractTerminated')
        : c.state === 'draft'
          ? conflict('contractIsDraft')
          : amount > remaining
            ? invalid('invoiceExceedsTotal')
            : originals.some((v) => v.number === number)
              ? conflict('invoiceNumberTaken')
              : null
  const input = { contractId: c.id, number, issuedDate: date, amountCents: amount }
  const got = call<{ id: number }>(run, 'invoices.create', input, expected)
  if (got) c.invoices.push({ id: got.id, number, amount, date, reverses: null, reversedBy: null })
}

function reverseInvoice(run: Run, op: Extract<Op, { op: 'reverseInvoice' }>): void {
  const pool = run.contracts.flatMap((c) => c.invoices.map((v) => ({ c, v })))
  if (pool.length === 0) return
  const { c, v } = pool[op.invoice % pool.length]!
  const date = op.dateOffset === null ? run.today : plusDays(v.date, op.dateOffset)
  const expected: Expected =
    v.reverses !== null
      ? invalid('invoiceIsReversal')
      : v.reversedBy !== null
        ? conflict('invoiceAlreadyReversed')
        : date < v.date
          ? invalid('reversalBeforeOriginal')
          : null
  const input = { id: v.id, reason: '开错抬头', ...(op.dateOffset === null ? {} : { date }) }
  const got = call<{ id: number }>(run, 'invoices.reverse', input, expected)
  if (!got) return
  c.invoices.push({
    id: got.id,
    number: null,
    amount: -v.amount,
    date,
    reverses: v.id,
    reversedBy: null,
  })
  v.reversedBy = got.id
}

function terminate(run: Run, op: Extract<Op, { op: 'terminate' }>): void {
  const c = run.contracts[op.contract % run.contracts.length]!
  const date = op.dateOffset === null ? run.today : plusDays(c.signed, op.dateOffset)
  const lastPayment = c.payments
    .map((p) => p.date)
    .sort()
    .at(-1)
  const expected: Expected =
    c.state === 'terminated'
      ? conflict('contractTerminated')
      : c.state === 'draft'
        ? conflict('contractNotActive')
        : date < c.signed
          ? invalid('terminationBeforeSigning')
          : lastPayment !== undefined && date < lastPayment
            ? invalid('terminationBeforePayment')
            : null
  const input = { id: c.id, reason: '客户违约', ...(op.dateOffset === null ? {} : { date }) }
  if (!call(run, 'contracts.terminate', input, expected)) return
  c.state = 'terminated'
  c.terminatedDate = date
  for (const i of c.plan) if (i.received < i.amount) i.voided = true
}

function activate(run: Run, op: Extract<Op, { op: 'activate' }>): void {
  // Drafts first, so that most activations have one to activate.
  const pool = [...run.contracts].sort((a, b) => +(a.state !== 'draft') - +(b.state !== 'draft'))
  const c = pool[op.contract % pool.length]!
  const expected = c.state === 'draft' ? null : conflict('contractNotDraft')
  if (call(run, 'contracts.activate', { id: c.id }, expected)) c.state = 'active'
}

function setClock(run: Run, days: number): void {
  run.today = plusDays(run.today, days)
  run.core.clock.set(localMorning(run.today))
}

/** The date an 'agingAt' step looks at: an instalment's due date ± the bucket edges. */
export function agingDate(run: Run, op: Extract<Op, { op: 'agingAt' }>): string {
  const all: MInstalment[] = run.contracts.flatMap((c) => c.plan)
  const target = all.length ? all[op.instalment % all.length]!.due : run.today
  return plusDays(target, op.after)
}

/** Runs one operation on the core and on the model ('agingAt' only reads: see the test). */
export function step(run: Run, op: Op): void {
  switch (op.op) {
    case 'create':
      return create(run, op)
    case 'clock':
      return setClock(run, op.days)
    case 'agingAt':
      return
  }
  if (run.contracts.length === 0) return
  if (op.op === 'pay') pay(run, op)
  else if (op.op === 'update') update(run, op)
  else if (op.op === 'reversePayment') reversePayment(run, op)
  else if (op.op === 'invoice') invoice(run, op)
  else if (op.op === 'reverseInvoice') reverseInvoice(run, op)
  else if (op.op === 'terminate') terminate(run, op)
  else activate(run, op)
}
