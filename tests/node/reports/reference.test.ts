import Database from 'better-sqlite3'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../../src/shared/dates'
import { addDays } from '../../../src/shared/dates'
import { openTestCore, type TestCore } from '../helpers'

/**
 * Every report against a reference computed here in plain JavaScript from the raw rows of
 * a demo dataset (demo.load's seeded random customers, deals, contracts, payments), exact
 * to the 分, for several ranges and each owner.
 */
interface ContractRow {
  id: number
  customer_id: number
  owner_id: number | null
  signed_date: string
  total_cents: number
  state: string
  deleted_at: number | null
}

let core: TestCore
let raw: Database.Database
let owners: number[]

const RANGES = [
  { from: '2026-11-01', to: '2026-11-30' },
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2026-02-15', to: '2026-05-10' },
  { from: '2025-06-30', to: '2026-03-01' },
]

beforeAll(() => {
  core = openTestCore()
  core.ok('demo.load', { customers: 600 })
  raw = new Database(join(core.dataDir, 'kehu.db'), { readonly: true })
  owners = (raw.prepare('SELECT id FROM owners ORDER BY id').pluck().all() as number[]).slice(0, 2)
  return () => {
    raw.close()
    core.close()
  }
})

const inRange = (date: string, r: { from: string; to: string }) => date >= r.from && date <= r.to
const sumBy = <T>(rows: T[], key: (row: T) => string, value: (row: T) => number) => {
  const out = new Map<string, number>()
  for (const row of rows) out.set(key(row), (out.get(key(row)) ?? 0) + value(row))
  return out
}
const cases = () =>
  RANGES.flatMap((r) => [undefined, ...owners].map((ownerId) => ({ ...r, ownerId })))

describe('reports against a reference from the raw rows', () => {
  it('sales by month, owner, product, region and grade', () => {
    const contracts = raw.prepare('SELECT * FROM contracts').all() as ContractRow[]
    const items = raw
      .prepare('SELECT contract_id, product_id, line_total_cents FROM contract_items')
      .all() as {
      contract_id: number
      product_id: number | null
      line_total_cents: number
    }[]
    const customers = new Map(
      (
        raw.prepare('SELECT id, province, grade FROM customers').all() as {
          id: number
          province: string | null
          grade: string | null
        }[]
      ).map((c) => [c.id, c]),
    )
    expect(contracts.length).toBeGreaterThan(100)
    let seen = 0
    for (const range of cases()) {
      const signed = contracts.filter(
        (c) =>
          c.deleted_at === null &&
          c.state !== 'draft' &&
          inRange(c.signed_date, range) &&
          (range.ownerId === undefined || c.owner_id === range.ownerId),
      )
      seen += signed.length
      const ids = new Set(signed.map((c) => c.id))
      const expected: Record<string, Map<string, number>> = {
        month: sumBy(
          signed,
          (c) => c.signed_date.slice(0, 7),
          (c) => c.total_cents,
        ),
        owner: sumBy(
          signed,
          (c) => String(c.owner_id ?? 'none'),
          (c) => c.total_cents,
        ),
        region: sumBy(
          signed,
          (c) => customers.get(c.customer_id)!.province || 'none',
          (c) => c.total_cents,
        ),
        grade: sumBy(
          signed,
          (c) => customers.get(c.customer_id)!.grade ?? 'none',
          (c) => c.total_cents,
        ),
        product: sumBy(
          items.filter((i) => ids.has(i.contract_id)),
          (i) => String(i.product_id ?? 'none'),
          (i) => i.line_total_cents,
        ),
      }
      for (const [groupBy, sums] of Object.entries(expected)) {
        const report = core.ok('reports.sales', { ...range, groupBy })
        const got = new Map(
          report.series.filter((s) => s.amountCents !== 0).map((s) => [s.key, s.amountCents]),
        )
        expect(got, `${groupBy} ${JSON.stringify(range)}`).toEqual(
          new Map([...sums].filter(([, v]) => v !== 0)),
        )
        expect(report.total.amountCents).toBe(signed.reduce((s, c) => s + c.total_cents, 0))
        expect(report.total.count).toBe(signed.length)
      }
    }
    expect(seen).toBeGreaterThan(100)
  })

  it('receivables: due, collected, received per month and aging', () => {
    const instalments = raw
      .prepare(
        `SELECT i.*, c.state, c.deleted_at, c.owner_id FROM instalments i JOIN contracts c ON c.id = i.contract_id`,
      )
      .all() as {
      due_date: string
      amount_cents: number
      received_cents: number
      voided_at: number | null
      open: number
      state: string
      deleted_at: number | null
      owner_id: number | null
      customer_id: number
    }[]
    const payments = raw
      .prepare(
        'SELECT p.*, c.owner_id, o.kind AS reversed_kind FROM payments p JOIN contracts c ON c.id = p.contract_id LEFT JOIN payments o ON o.id = p.reverses_id',
      )
      .all() as {
      received_date: string
      amount_cents: number
      kind: string
      reversed_kind: string | null
      owner_id: number | null
    }[]
    const asOf = localDate(core.clock.now())
    for (const range of cases()) {
      const mine = (o: number | null) => range.ownerId === undefined || o === range.ownerId
      const due = instalments.filter(
        (i) =>
          i.deleted_at === null &&
          i.state !== 'draft' &&
          inRange(i.due_date, range) &&
          mine(i.owner_id),
      )
      const received = payments.filter(
        (p) =>
          inRange(p.received_date, range) &&
          mine(p.owner_id) &&
          (p.kind === 'payment' || (p.kind === 'reversal' && p.reversed_kind === 'payment')),
      )
      const report = core.ok('reports.receivables', range)
      expect(report.dueCents).toBe(
        due.reduce((s, i) => s + (i.voided_at === null ? i.amount_cents : i.received_cents), 0),
      )
      expect(report.collectedCents).toBe(due.reduce((s, i) => s + i.received_cents, 0))
      expect(report.receivedCents).toBe(received.reduce((s, p) => s + p.amount_cents, 0))
      const byMonth = sumBy(
        received,
        (p) => p.received_date.slice(0, 7),
        (p) => p.amount_cents,
      )
      for (const m of report.months) expect(m.receivedCents).toBe(byMonth.get(m.month) ?? 0)
      const open = instalments.filter((i) => i.open === 1 && mine(i.owner_id))
      const unpaid = (rows: typeof open) =>
        rows.reduce((s, i) => s + i.amount_cents - i.received_cents, 0)
      expect(report.aging.total.totalCents).toBe(unpaid(open))
      expect(report.aging.total.over90Cents).toBe(
        unpaid(open.filter((i) => i.due_date < addDays(asOf, -90))),
      )
      expect(report.aging.total.notDueCents).toBe(unpaid(open.filter((i) => i.due_date >= asOf)))
      const listed = report.aging.rows.reduce((s, r) => s + r.totalCents, 0)
      expect(listed + report.aging.others.totalCents).toBe(report.aging.total.totalCents)
    }
  })

  it('funnel: cohort, won, lost and win rate', () => {
    const deals = raw.prepare('SELECT * FROM deals WHERE deleted_at IS NULL').all() as {
      created_at: number
      status: string
      closed_date: string | null
      amount_cents: number
      owner_id: number | null
    }[]
    expect(deals.length).toBeGreaterThan(100)
    for (const range of cases()) {
      const mine = deals.filter((d) => range.ownerId === undefined || d.owner_id === range.ownerId)
      const cohort = mine.filter((d) => inRange(localDate(d.created_at), range))
      const closed = (status: string) =>
        mine.filter((d) => d.status === status && inRange(d.closed_date ?? '', range))
      const report = core.ok('reports.funnel', range)
      expect(report.created).toEqual({
        count: cohort.length,
        amountCents: cohort.reduce((s, d) => s + d.amount_cents, 0),
      })
      expect(report.stages[0]!.count).toBe(cohort.length)
      expect(report.stages.at(-1)!.count).toBe(cohort.filter((d) => d.status === 'won').length)
      const won = closed('won')
      const lost = closed('lost')
      expect(report.won).toEqual({
        count: won.length,
        amountCents: won.reduce((s, d) => s + d.amount_cents, 0),
      })
      expect(report.lost.count).toBe(lost.length)
      expect(report.winRate).toBe(
        won.length + lost.length === 0 ? null : won.length / (won.length + lost.length),
      )
    }
  })

  it('customers: composition and new per month', () => {
    const customers = raw.prepare('SELECT * FROM customers WHERE deleted_at IS NULL').all() as {
      grade: string | null
      owner_id: number | null
      created_at: number
    }[]
    for (const range of cases()) {
      const mine = customers.filter(
        (c) => range.ownerId === undefined || c.owner_id === range.ownerId,
      )
      const report = core.ok('reports.customers', range)
      const grades = sumBy(
        mine,
        (c) => c.grade ?? 'none',
        () => 1,
      )
      for (const row of report.composition.grade) expect(row.count).toBe(grades.get(row.key) ?? 0)
      const created = sumBy(
        mine.filter((c) => inRange(localDate(c.created_at), range)),
        (c) => localDate(c.created_at).slice(0, 7),
        () => 1,
      )
      for (const m of report.newVsChurned) expect(m.newCount).toBe(created.get(m.month) ?? 0)
    }
  })
})
