import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { buildReportsFixture } from './fixture'

/** Receivables, the dashboard and targets on the fixed dataset of reports-fixture.ts (today 2026-11-23). */
describe('reports.receivables', () => {
  const nov = { from: '2026-11-01', to: '2026-11-30' }

  it('due, collected and received per month; reversals net out, advances and drafts stay out', () => {
    const core = openTestCore()
    buildReportsFixture(core)
    const report = core.ok('reports.receivables', nov)
    // Due in November: c1's first instalment (11-01) and c2 (11-30); the draft's 11-20 is not.
    expect(report.months).toEqual([
      {
        month: '2026-11',
        dueCents: 500_000 + 1_750_000,
        collectedCents: 500_000,
        // c1 5,000 + c3 10,000 − 10,000 (红冲) + 12,000; the 100.00 advance is not 回款.
        receivedCents: 500_000 + 1_200_000,
        collectionRate: 500_000 / 2_250_000,
      },
    ])
    expect(report).toMatchObject({
      asOf: '2026-11-23',
      dueCents: 2_250_000,
      collectedCents: 500_000,
      receivedCents: 1_700_000,
    })
  })

  it('ages what is open as of today, per customer and in total', () => {
    const core = openTestCore()
    const f = buildReportsFixture(core)
    const { aging } = core.ok('reports.receivables', nov)
    expect(aging.total).toEqual({
      notDueCents: 984_570 + 1_750_000,
      d1to30Cents: 1_800_000,
      d31to60Cents: 0,
      d61to90Cents: 0,
      over90Cents: 600_000,
      totalCents: 5_134_570,
    })
    expect(
      aging.rows.map((r) => [r.customerName, r.totalCents, r.d1to30Cents, r.notDueCents]),
    ).toEqual([
      [f.a.name, 984_570 + 1_800_000, 1_800_000, 984_570],
      [f.b.name, 1_750_000, 0, 1_750_000],
      [f.c.name, 600_000, 0, 0],
    ])
    expect(aging.customers).toBe(3)
    expect(aging.others).toMatchObject({ totalCents: 0, customers: 0 })
  })

  it('forecasts the next six months and lists the most overdue customers', () => {
    const core = openTestCore()
    const f = buildReportsFixture(core)
    const { forecast, topOverdue } = core.ok('reports.receivables', nov)
    expect(forecast.overdueCents).toBe(2_400_000)
    expect(forecast.months.map((m) => [m.month, m.dueCents, m.instalments])).toEqual([
      ['2026-11', 1_750_000, 1],
      ['2026-12', 984_570, 1],
      ['2027-01', 0, 0],
      ['2027-02', 0, 0],
      ['2027-03', 0, 0],
      ['2027-04', 0, 0],
    ])
    expect(topOverdue).toEqual([
      {
        customerId: f.a.id,
        customerName: f.a.name,
        overdueCents: 1_800_000,
        instalments: 1,
        maxDaysOverdue: 23,
      },
      {
        customerId: f.c.id,
        customerName: f.c.name,
        overdueCents: 600_000,
        instalments: 1,
        maxDaysOverdue: 145,
      },
    ])
  })

  it('filters by the contract owner; an empty range is all zeros', () => {
    const core = openTestCore()
    const f = buildReportsFixture(core)
    const w = core.ok('reports.receivables', { ...nov, ownerId: f.w.id })
    expect(w).toMatchObject({
      dueCents: 500_000,
      collectedCents: 500_000,
      receivedCents: 1_700_000,
    })
    expect(w.aging.total.totalCents).toBe(984_570 + 1_800_000)
    expect(w.topOverdue.map((t) => t.customerId)).toEqual([f.a.id])
    const empty = core.ok('reports.receivables', { from: '2030-01-01', to: '2030-01-31' })
    expect(empty).toMatchObject({ dueCents: 0, receivedCents: 0, collectionRate: null })
  })
})

describe('reports.dashboard', () => {
  it("this month's figures with the target, the trend and the aging bar", () => {
    const core = openTestCore()
    const f = buildReportsFixture(core)
    core.ok('targets.set', {
      year: 2026,
      rows: [
        {
          ownerId: null,
          months: Array.from({ length: 12 }, (_, i) => (i === 10 ? 5_000_000 : null)),
        },
      ],
    })
    const d = core.ok('reports.dashboard')
    expect(d).toMatchObject({
      asOf: '2026-11-23',
      from: '2026-11-01',
      to: '2026-11-30',
      signed: { amountCents: 3_234_570, count: 2 },
      targetCents: 5_000_000,
      completion: 3_234_570 / 5_000_000,
      receivedCents: 1_700_000,
      outstandingCents: 5_134_570,
      overdueCents: 2_400_000,
      // B was created at 2026-11-01 00:00:00; C one second earlier.
      newCustomers: 1,
      won: { count: 1, amountCents: 100_000 },
      lost: { count: 2, amountCents: 270_000 },
      dueSoon: { count: 1, unpaidCents: 1_750_000, until: '2026-11-30' },
    })
    expect(d.trend).toHaveLength(12)
    expect(d.trend[0]).toEqual({ month: '2025-12', amountCents: 0, count: 0 })
    expect(d.trend.slice(-2)).toEqual([
      { month: '2026-10', amountCents: 3_000_000, count: 1 },
      { month: '2026-11', amountCents: 3_234_570, count: 2 },
    ])
    expect(d.aging.over90Cents).toBe(600_000)
    const w = core.ok('reports.dashboard', { ownerId: f.w.id })
    expect(w).toMatchObject({
      signed: { amountCents: 1_484_570 },
      targetCents: null,
      newCustomers: 0,
      won: { count: 1 },
    })
  })
})

describe('targets', () => {
  it('a grid per year: owners and the total row; the effective target and pro-rating', () => {
    const core = openTestCore()
    const f = buildReportsFixture(core)
    const months = (values: Record<number, number>) =>
      Array.from({ length: 12 }, (_, i) => values[i + 1] ?? null)
    const grid = core.ok('targets.set', {
      year: 2026,
      rows: [
        { ownerId: null, months: months({ 11: 5_000_000 }) },
        { ownerId: f.w.id, months: months({ 10: 1_000_000, 11: 2_000_000 }) },
        { ownerId: f.l.id, months: months({ 11: 1_000_000 }) },
      ],
    })
    expect(grid.rows.map((r) => [r.ownerId, r.ownerName, r.months[9], r.months[10]])).toEqual([
      [null, '', null, 5_000_000],
      [f.w.id, '王强', 1_000_000, 2_000_000],
      [f.l.id, '李娜', null, 1_000_000],
    ])
    // October has no total row: the owners' sum.
    expect(grid.effective.slice(9, 11)).toEqual([1_000_000, 5_000_000])
    const nov = core.ok('reports.sales', { from: '2026-11-01', to: '2026-11-30', groupBy: 'owner' })
    expect(nov.targetCents).toBe(5_000_000)
    expect(nov.completion).toBeCloseTo(3_234_570 / 5_000_000, 12)
    expect(nov.series.map((s) => [s.label, s.targetCents])).toEqual([
      ['李娜', 1_000_000],
      ['王强', 2_000_000],
      ['', null],
    ])
    const w = core.ok('reports.sales', {
      from: '2026-10-01',
      to: '2026-11-30',
      groupBy: 'month',
      ownerId: f.w.id,
    })
    expect(w.targetCents).toBe(3_000_000)
    expect(w.series.map((s) => s.targetCents)).toEqual([1_000_000, 2_000_000])
    // Half of November (15 of 30 days) and no December target.
    const half = core.ok('reports.sales', {
      from: '2026-11-16',
      to: '2026-12-15',
      groupBy: 'month',
    })
    expect(half.targetCents).toBe(2_500_000)
    expect(half.series.map((s) => s.targetCents)).toEqual([2_500_000, null])
    // Clearing a month, and a refusal that changes nothing.
    const cleared = core.ok('targets.set', {
      year: 2026,
      rows: [{ ownerId: null, months: months({}) }],
    })
    expect(cleared.effective[10]).toBe(3_000_000)
    const refused = core.call('targets.set', {
      year: 2026,
      rows: [{ ownerId: 999, months: months({ 1: 1 }) }],
    })
    expect(refused.ok).toBe(false)
    if (!refused.ok)
      expect(refused.error.details?.[0]).toMatchObject({
        path: 'rows.0.ownerId',
        key: 'errors.unknownOwner',
      })
    expect(core.ok('targets.get', { year: 2026 }).rows).toHaveLength(3)
    const negative = core.call('targets.set', {
      year: 2026,
      rows: [{ ownerId: null, months: [-1, ...months({}).slice(1)] }],
    })
    expect(negative.ok).toBe(false)
  })
})
