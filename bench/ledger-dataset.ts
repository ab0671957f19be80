import type Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixedClock } from '../src/main/core/clock'
import { knownSchemaVersion, openDatabase } from '../src/main/core/db/open'
import { DATABASE_FILE } from '../src/main/core/paths'
import { searchTexts, writeSearchRows } from '../src/main/core/search/search'
import { nameSortKey } from '../src/main/core/pinyin'
import { lineTotalCents, splitEvenly } from '../src/shared/ledger-rules'
import { BENCH_DATA, MIGRATIONS, ROOT, log, timeSync } from './lib'

/**
 * The ledger benchmark's dataset: 100,000 contracts, 300,000 instalments and
 * 1,000,000 payment rows (payments, 10,000 reversals each followed by the corrected
 * payment, 2,000 advances) with their allocations, ≈ 100,000 invoices, for 10,000
 * customers — customer 1 is the largest (1,000 contracts, ≈ 10,000 payment rows), the rest
 * follow a skewed spread. Written with bare prepared INSERTs in one transaction into a
 * migrated database (≈ 30 s), kept in bench/data/ and rebuilt when the schema version,
 * this generator or the services computing the denormalised columns change.
 *
 * The denormalised columns (instalment received/open/voided, contract total, received,
 * advance, invoiced, voided, next and last due date) are computed here as
 * ledger/sums.ts computes them; `verifyLedgerSample` proves it on a sample.
 * Everything is relative to ANCHOR, the dataset's "today": the benchmark runs the core
 * with its clock fixed there, so figures do not drift as real days pass.
 */
export const ANCHOR = '2026-06-30'
export const LEDGER_CUSTOMERS = 10_000
export const LEDGER_CONTRACTS = 100_000
export const LEDGER_INSTALMENTS = 300_000
export const LEDGER_PAYMENTS = 1_000_000
const REVERSALS = 10_000
const ADVANCES = 2_000
/** Customer 1 signs every 100th contract. */
export const LARGEST_CUSTOMER = 1
const OWNERS = ['王经理', '李娜', '张伟', '刘洋', '陈静']
export const LEDGER_DIR = join(BENCH_DATA, `ledger-${LEDGER_CONTRACTS}`)
const STAMP = 'ledger-dataset.json'

const DAY_MS = 86_400_000
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)
const ANCHOR_DAY = dayOf(ANCHOR)
/** 10:00 local time on ANCHOR: the clock of the benchmark's core. */
export function anchorMs(): number {
  const [y, m, d] = ANCHOR.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d, 10).getTime()
}

/** mulberry32: the same dataset on every machine. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

interface Item {
  quantityMilli: number
  unitPriceCents: number
  discountBps: number
  lineTotalCents: number
}
interface Inst {
  due: number
  amount: number
  /** What it will have received (net). */
  received: number
  pieces: number
  voided: boolean
}
interface Contract {
  id: number
  number: string
  customerId: number
  ownerId: number
  signed: number
  end: number | null
  state: 'draft' | 'active' | 'terminated'
  terminated: number | null
  items: Item[]
  total: number
  plan: Inst[]
  advance: number
}

/** Phase 1: contracts, lines, plans and what each instalment receives. */
function planContracts(rand: () => number): Contract[] {
  const serials = new Map<number, number>()
  const contracts: Contract[] = []
  for (let i = 0; i < LEDGER_CONTRACTS; i++) {
    const id = i + 1
    const customerId =
      i % 100 === 0 ? LARGEST_CUSTOMER : 2 + Math.floor((LEDGER_CUSTOMERS - 1) * rand() ** 1.5)
    const signed = Math.min(
      ANCHOR_DAY,
      ANCHOR_DAY - 1825 + Math.floor((i * 1825) / LEDGER_CONTRACTS),
    )
    const year = dateOf(signed).slice(0, 4)
    const serial = (serials.get(Number(year)) ?? 0) + 1
    serials.set(Number(year), serial)
    const state =
      i > LEDGER_CONTRACTS * 0.95 && rand() < 0.3
        ? 'draft'
        : rand() < 0.03
          ? 'terminated'
          : 'active'
    const items: Item[] = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
      const quantityMilli = [1000, 1000, 2000, 3000, 2500, 12000, 500][Math.floor(rand() * 7)]!
      const unitPriceCents = 50_000 + Math.floor(rand() * 5_000_000)
      const discountBps = [0, 0, 0, 0, 500, 1000, 1250][Math.floor(rand() * 7)]!
      return {
        quantityMilli,
        unitPriceCents,
        discountBps,
        lineTotalCents: lineTotalCents(quantityMilli, unitPriceCents, discountBps),
      }
    })
    if (rand() < 0.1) {
      // A whole-contract discount line: −5 % of the lines.
      const sub = items.reduce((s, it) => s + it.lineTotalCents, 0)
      const price = -Math.floor(sub / 20)
      items.push({
        quantityMilli: 1000,
        unitPriceCents: price,
        discountBps: 0,
        lineTotalCents: price,
      })
    }
    const total = items.reduce((s, it) => s + it.lineTotalCents, 0)
    // 1..5 instalments, exactly 3 on average (every residue once per 5 ids), also for customer 1's ids
    const k = ((i * 7 + Math.floor(i / 100)) % 5) + 1
    const interval = rand() < 0.5 ? 30 : 90
    const terminated =
      state === 'terminated' ? Math.min(ANCHOR_DAY, signed + 120 + Math.floor(rand() * 200)) : null
    const cap = terminated ?? ANCHOR_DAY
    const plan = splitEvenly(total, k).map((amount, j): Inst => {
      const due = signed + 15 + j * interval
      let received = 0
      if (state !== 'draft') {
        const r = rand()
        if (due < cap)
          received = r < 0.86 ? amount : r < 0.93 ? Math.floor(amount * (0.2 + 0.6 * rand())) : 0
        else if (!terminated)
          received = r < 0.04 ? amount : r < 0.14 ? Math.floor(amount * (0.2 + 0.6 * rand())) : 0
      }
      return { due, amount, received, pieces: received > 0 ? 1 : 0, voided: false }
    })
    if (terminated) for (const inst of plan) inst.voided = inst.received < inst.amount
    const lastDue = plan[plan.length - 1]!.due
    contracts.push({
      id,
      number: `HT-${year}-${String(serial).padStart(4, '0')}`,
      customerId,
      ownerId: 1 + (customerId % OWNERS.length),
      signed,
      end: rand() < 0.8 ? lastDue + 30 : null,
      state,
      terminated,
      items,
      total,
      plan,
      advance: 0,
    })
  }
  return contracts
}

/** Phase 2: exactly LEDGER_PAYMENTS rows — pieces per paid instalment, reversals, advances. */
function spreadPayments(rand: () => number, contracts: Contract[]): Set<number> {
  const paid = contracts.flatMap((c) => c.plan.filter((p) => p.pieces > 0))
  let extra = LEDGER_PAYMENTS - 2 * REVERSALS - ADVANCES - paid.length
  if (extra < 0) throw new Error('ledger dataset: too few payments for the paid instalments')
  while (extra > 0) {
    const inst = paid[Math.floor(rand() * paid.length)]!
    if (inst.pieces < 12 && inst.pieces < inst.received) {
      inst.pieces += 1
      extra -= 1
    }
  }
  const active = contracts.filter((c) => c.state === 'active')
  let advances = 0
  while (advances < ADVANCES) {
    const c = active[Math.floor(rand() * active.length)]!
    if (c.advance > 0) continue
    c.advance = 10_000 + Math.floor(rand() * 500_000)
    advances += 1
  }
  // Reversed pieces, by their global index among the pieces of active contracts.
  let pieces = 0
  for (const c of active) for (const p of c.plan) pieces += p.pieces
  const reversed = new Set<number>()
  while (reversed.size < REVERSALS) reversed.add(Math.floor(rand() * pieces))
  return reversed
}

const METHODS = ['bank', 'bank', 'bank', 'bank', 'wechat', 'alipay', 'cash', 'cheque', 'acceptance']

function statements(sqlite: Database.Database) {
  const p = (sql: string) => sqlite.prepare(sql)
  return {
    owner: p('INSERT INTO owners (id, name, active, created_at) VALUES (?, ?, 1, ?)'),
    customer:
      p(`INSERT INTO customers (id, code, type, name, name_sort, stage, owner_id, created_at, updated_at)
      VALUES (?, ?, 'company', ?, ?, 'customer', ?, ?, ?)`),
    contract:
      p(`INSERT INTO contracts (id, number, title, customer_id, owner_id, signed_by, signed_date,
      start_date, end_date, total_cents, received_cents, advance_cents, invoiced_cents, voided_cents,
      next_due_date, last_due_date, state, terminated_at, terminated_date, termination_reason,
      created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    item: p(`INSERT INTO contract_items (contract_id, position, description, quantity_milli,
      unit_price_cents, discount_bps, line_total_cents) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    instalment:
      p(`INSERT INTO instalments (id, contract_id, customer_id, seq, due_date, amount_cents,
      received_cents, voided_at, open) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    payment:
      p(`INSERT INTO payments (id, contract_id, customer_id, received_date, amount_cents, kind,
      method, reference, reverses_id, reversed_by_id, reason, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    allocation: p(
      'INSERT INTO payment_allocations (payment_id, instalment_id, amount_cents) VALUES (?, ?, ?)',
    ),
    invoice:
      p(`INSERT INTO invoices (contract_id, customer_id, number, issued_date, amount_cents, type, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
  }
}

const CITIES = ['北京', '上海', '杭州', '深圳', '广州', '成都', '武汉', '南京', '苏州', '西安']
const WORDS = '华星永创恒达鑫源博远泰和瑞丰宏图金诚中兴明德天成'
const KINDS = ['科技', '贸易', '实业', '电子', '建材', '物流']

/** Phase 3: every row, in one transaction. */
function writeRows(
  sqlite: Database.Database,
  contracts: Contract[],
  reversed: Set<number>,
  rand: () => number,
): void {
  const s = statements(sqlite)
  const ctx = { sqlite } as Parameters<typeof writeSearchRows>[0]
  const at = (day: number) => day * DAY_MS + 2 * 3_600_000
  OWNERS.forEach((name, i) => s.owner.run(i + 1, name, at(ANCHOR_DAY - 2000)))
  for (let id = 1; id <= LEDGER_CUSTOMERS; id++) {
    const w = (n: number) => WORDS[(id * n) % WORDS.length]!
    const name = `${CITIES[id % CITIES.length]}${w(7)}${w(13)}${KINDS[id % KINDS.length]}有限公司`
    const code = `KH${String(id).padStart(6, '0')}`
    s.customer.run(
      id,
      code,
      name,
      nameSortKey(name),
      1 + (id % OWNERS.length),
      at(ANCHOR_DAY - 2000),
      at(ANCHOR_DAY - 2000),
    )
    writeSearchRows(
      ctx,
      id,
      searchTexts({
        id,
        code,
        name,
        shortName: null,
        phoneDigits: null,
        phone: null,
        email: null,
        wechat: null,
        notes: null,
      }),
    )
  }
  let instalmentId = 0
  let paymentId = 0
  let piece = 0
  let invoiceSerial = 0
  for (const c of contracts) {
    const live = c.state !== 'draft'
    const cap = c.terminated ?? ANCHOR_DAY
    const ids = c.plan.map(() => ++instalmentId)
    const received = c.plan.reduce((sum, p) => sum + p.received, 0)
    const open = c.plan.map((p) => c.state === 'active' && !p.voided && p.received < p.amount)
    const nextDue = c.plan.filter((_, j) => open[j]).map((p) => p.due)
    const voided = c.plan.filter((p) => p.voided).reduce((sum, p) => sum + p.amount - p.received, 0)
    const invoices: number[] = []
    if (live && received > 0) {
      invoices.push(Math.min(c.total, Math.max(1, received - (received % 100))))
      if (rand() < 0.25 && c.total > invoices[0]!) invoices.push(c.total - invoices[0]!)
    }
    const invoiced = invoices.reduce((a, b) => a + b, 0)
    s.contract.run(
      c.id,
      c.number,
      `合同${c.id}`,
      c.customerId,
      c.ownerId,
      OWNERS[c.ownerId - 1],
      dateOf(c.signed),
      dateOf(c.signed),
      c.end === null ? null : dateOf(c.end),
      c.total,
      received,
      c.advance,
      invoiced,
      voided,
      nextDue.length ? dateOf(Math.min(...nextDue)) : null,
      dateOf(Math.max(...c.plan.map((p) => p.due))),
      c.state,
      c.terminated === null ? null : at(c.terminated),
      c.terminated === null ? null : dateOf(c.terminated),
      c.terminated === null ? null : '客户经营困难',
      at(c.signed),
      at(c.signed),
    )
    c.items.forEach((it, position) =>
      s.item.run(
        c.id,
        position,
        it.unitPriceCents < 0 ? '整单优惠' : `服务项目${position + 1}`,
        it.quantityMilli,
        it.unitPriceCents,
        it.discountBps,
        it.lineTotalCents,
      ),
    )
    c.plan.forEach((p, j) =>
      s.instalment.run(
        ids[j],
        c.id,
        c.customerId,
        j + 1,
        dateOf(p.due),
        p.amount,
        p.received,
        p.voided ? at(c.terminated!) : null,
        open[j] ? 1 : 0,
      ),
    )
    const pay = (
      day: number,
      amount: number,
      kind: string,
      reverses: number | null,
      reversedBy: number | null,
      instalment: number | null,
    ) => {
      const id = ++paymentId
      const method = METHODS[id % METHODS.length]!
      s.payment.run(
        id,
        c.id,
        c.customerId,
        dateOf(day),
        amount,
        kind,
        method,
        `REF${id}`,
        reverses,
        reversedBy,
        kind === 'reversal' ? '金额有误' : null,
        at(day),
      )
      if (instalment !== null) s.allocation.run(id, instalment, amount)
      return id
    }
    c.plan.forEach((p, j) => {
      if (p.pieces === 0) return
      let hi = Math.min(cap, p.due + 45)
      let lo = Math.max(c.signed, p.due - 20)
      if (lo > hi) lo = Math.max(c.signed, hi - 60)
      hi = Math.max(hi, lo)
      splitEvenly(p.received, p.pieces).forEach((amount, k) => {
        const day = lo + Math.floor(((hi - lo) * (k + 1)) / (p.pieces + 1))
        const mine = c.state === 'active' ? piece++ : -1
        if (!reversed.has(mine)) {
          pay(day, amount, 'payment', null, null, ids[j]!)
          return
        }
        // A mistake corrected: the payment, its 红冲 and the payment as it should have been.
        const fix = Math.min(ANCHOR_DAY, day + 1 + Math.floor(rand() * 7))
        const original = pay(day, amount, 'payment', null, paymentId + 2, ids[j]!)
        pay(fix, -amount, 'reversal', original, null, ids[j]!)
        pay(fix, amount, 'payment', null, null, ids[j]!)
      })
    })
    if (c.advance > 0)
      pay(Math.min(ANCHOR_DAY, c.signed + 10), c.advance, 'advance', null, null, null)
    invoices.forEach((amount, k) => {
      const day = Math.min(ANCHOR_DAY, c.signed + 20 + k * 60)
      s.invoice.run(
        c.id,
        c.customerId,
        `FP${String(++invoiceSerial).padStart(8, '0')}`,
        dateOf(day),
        amount,
        k % 2 ? 'special' : 'normal',
        at(day),
      )
    })
  }
}

interface Stamp {
  schemaVersion: number
  generator: string
  contracts: number
  instalments: number
  payments: number
}
export interface LedgerDatasetInfo extends Stamp {
  dir: string
  customers: number
  invoices: number
  buildMs: number
}

/**
 * This file, the service computing the denormalised columns and every migration's SQL (an
 * index changed inside a migration not yet released keeps the schema version): a change in
 * any of them means new data.
 */
function generatorHash(): string {
  const hash = createHash('sha256')
  const migrations = readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => join('migrations', f))
  for (const file of [
    'bench/ledger-dataset.ts',
    'src/main/core/ledger/sums.ts',
    'src/shared/ledger-rules.ts',
    ...migrations,
  ])
    hash.update(readFileSync(join(ROOT, file)))
  return hash.digest('hex').slice(0, 16)
}

function expectedStamp(): Stamp {
  return {
    schemaVersion: knownSchemaVersion(MIGRATIONS),
    generator: generatorHash(),
    contracts: LEDGER_CONTRACTS,
    instalments: LEDGER_INSTALMENTS,
    payments: LEDGER_PAYMENTS,
  }
}

function readStamp(): LedgerDatasetInfo | null {
  const file = join(LEDGER_DIR, STAMP)
  if (!existsSync(file)) return null
  return { ...(JSON.parse(readFileSync(file, 'utf8')) as LedgerDatasetInfo), dir: LEDGER_DIR }
}

/** The ledger dataset, generated first when missing or stale (once per stamp, not per run). */
export function ensureLedgerDataset(verify: (dir: string) => void): LedgerDatasetInfo {
  const found = readStamp()
  const expected = expectedStamp()
  if (found && (Object.keys(expected) as (keyof Stamp)[]).every((k) => found[k] === expected[k])) {
    log(`ledger: reusing ${LEDGER_DIR} (built in ${Math.round(found.buildMs / 1000)} s)`)
    return found
  }
  log(`ledger: generating ${LEDGER_CONTRACTS} contracts into ${LEDGER_DIR} (missing or stale)`)
  rmSync(LEDGER_DIR, { recursive: true, force: true })
  mkdirSync(LEDGER_DIR, { recursive: true })
  const database = openDatabase({
    file: join(LEDGER_DIR, DATABASE_FILE),
    migrationsFolder: MIGRATIONS,
  })
  let counts: Record<string, number> = {}
  let buildMs: number
  try {
    // A throwaway file built in one go (no stamp until it is complete and verified): no
    // rollback journal, no fsync, and a page cache large enough for the random inserts into
    // the per-customer indexes. The core's own pragmas apply again at its next open.
    database.sqlite.pragma('journal_mode = OFF')
    database.sqlite.pragma('synchronous = OFF')
    database.sqlite.pragma('cache_size = -262144')
    buildMs = timeSync(() => {
      const rand = random(20_260_630)
      let contracts: Contract[] = []
      let reversed = new Set<number>()
      const planMs = timeSync(() => {
        contracts = planContracts(rand)
        reversed = spreadPayments(rand, contracts)
      })
      // The ledger's secondary indexes are dropped and created again (the schema's own SQL)
      // once the rows are in: sorting once beats inserting into them row by row.
      const indexes = database.sqlite
        .prepare(
          `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
           AND tbl_name IN ('contracts', 'contract_items', 'instalments', 'payments',
             'payment_allocations', 'invoices')`,
        )
        .all() as { name: string; sql: string }[]
      const writeMs = timeSync(() =>
        database.sqlite.transaction(() => {
          for (const index of indexes) database.sqlite.exec(`DROP INDEX "${index.name}"`)
          writeRows(database.sqlite, contracts, reversed, rand)
          for (const index of indexes) database.sqlite.exec(index.sql)
        })(),
      )
      log(
        `ledger: planned in ${Math.round(planMs)} ms, inserted and indexed in ${Math.round(writeMs)} ms`,
      )
    })
    database.sqlite.pragma('journal_mode = WAL')
    counts = Object.fromEntries(
      ['customers', 'contracts', 'instalments', 'payments', 'payment_allocations', 'invoices'].map(
        (t) => [t, database.sqlite.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number],
      ),
    )
    database.sqlite.pragma('optimize')
  } finally {
    database.close()
  }
  for (const [key, want] of [
    ['contracts', LEDGER_CONTRACTS],
    ['instalments', LEDGER_INSTALMENTS],
    ['payments', LEDGER_PAYMENTS],
  ] as const)
    if (counts[key] !== want)
      throw new Error(`ledger dataset: ${counts[key]} ${key}, expected ${want}`)
  log(
    `ledger: wrote ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')} in ${Math.round(buildMs / 1000)} s`,
  )
  verify(LEDGER_DIR)
  const info: LedgerDatasetInfo = {
    ...expected,
    dir: LEDGER_DIR,
    customers: counts.customers!,
    invoices: counts.invoices!,
    buildMs,
  }
  const { dir: _dir, ...stamped } = info
  writeFileSync(join(LEDGER_DIR, STAMP), `${JSON.stringify(stamped, null, 2)}\n`)
  return info
}

/** For the sample check: the same clock the benchmark's core uses. */
export const ledgerClock = () => fixedClock(anchorMs())
