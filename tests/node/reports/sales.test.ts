import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { buildReportsFixture } from './fixture'

/** The sales report and the ledger side of the dashboard on the fixed dataset of reports-fixture.ts. */
describe('reports.sales', () => {
  const nov = { from: '2026-11-01', to: '2026-11-30' }

  it('sums the contracts signed in the range, both ends included, drafts left out', () => {
    const core = openTestCore()
    const f = buildReportsFixture(core)
    const report = core.ok('reports.sales', { ...nov, groupBy: 'month' })
    expect(report.total).toEqual({ ...nov, amountCents: 1_484_570 + 1_750_000, count: 2 })
    expect(report.series).toEqual([
      {
        key: '2026-11',
        label: '2026-11',
        amountCents: 3_234_570,
        count: 2,
        previousAmountCents: 3_000_000,
        lastYearAmountCents: 800_000,
        targetCents: null,
      },
    ])
    // Whole month → the previous whole month; the same month last year.
    expect(report.previous).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      amountCents: 3_000_000,
      count: 1,
    })
    expect(report.lastYear).toEqual({
      from: '2025-11-01',
      to: '2025-11-30',
      amountCents: 800_000,
      count: 1,
    })
    expect(report.targetCents).toBeNull()
    expect(report.completion).toBeNull()
    expect(f.c1.totalCents).toBe(1_484_570)
  })

  it('keeps the edges: the 1st and the 30th count, the days between do not', () => {
    const core = openTestCore()
    buildReportsFixture(core)
    const inner = core.ok('reports.sales', {
      from: '2026-11-02',
      to: '2026-11-29',
      groupBy: 'owner',
    })
    expect(inner.total.amountCents).toBe(0)
    expect(inner.series.every((s) => s.amountCents === 0)).toBe(true)
    const first = core.ok('reports.sales', {
      from: '2026-11-01',
      to: '2026-11-01',
      groupBy: 'month',
    })
    expect(first.total).toMatchObject({ amountCents: 1_484_570, count: 1 })
    // A partial range compares with the same number of days just before (10-31 alone).
    expect(first.previous).toEqual({
      from: '2026-10-31',
      to: '2026-10-31',
      amountCents: 3_000_000,
      count: 1,
    })
    const last = core.ok('reports.sales', {
      from: '2026-11-30',
      to: '2026-11-30',
      groupBy: 'month',
    })
    expect(last.total).toMatchObject({ amountCents: 1_750_000, count: 1 })
    const empty = core.ok('reports.sales', {
      from: '2030-01-01',
      to: '2030-03-31',
      groupBy: 'quarter',
    })
    expect(empty.total.amountCents).toBe(0)
    expect(empty.series).toEqual([
      expect.objectContaining({ key: '2030-Q1', amountCents: 0, count: 0 }),
    ])
  })

  it('groups by owner, product, region and grade; each grouping adds up to the total', () => {
    const core = openTestCore()
    const f = buildReportsFixture(core)
    const by = (groupBy: string) => core.ok('reports.sales', { ...nov, groupBy }).series
    expect(
      by('owner').map((s) => [s.key, s.label, s.amountCents, s.count, s.previousAmountCents]),
    ).toEqual([
      [String(f.l.id), '李娜', 1_750_000, 1, 0],
      [String(f.w.id), '王强', 1_484_570, 1, 3_000_000],
      // Last year's unassigned sale (c4) keeps the row with 0 now.
      ['none', '', 0, 0, 0],
    ])
    expect(by('product').map((s) => [s.key, s.amountCents, s.count])).toEqual([
      [String(f.p1.id), 1_234_567 + 1_750_000, 2],
      [String(f.p2.id), 250_003, 1],
      // c3's free line was in the previous period only.
      ['none', 0, 0],
    ])
    expect(by('region').map((s) => [s.key, s.amountCents, s.lastYearAmountCents])).toEqual([
      ['上海市', 1_750_000, 0],
      ['浙江省', 1_484_570, 0],
      ['none', 0, 800_000],
    ])
    expect(by('grade').map((s) => [s.key, s.amountCents])).toEqual([
      ['B', 1_750_000],
      ['A', 1_484_570],
      ['none', 0],
    ])
    for (const group of ['owner', 'product', 'region', 'grade'])
      expect(by(group).reduce((sum, s) => sum + s.amountCents, 0)).toBe(3_234_570)
  })

  it('filters by owner', () => {
    const core = openTestCore()
    const f = buildReportsFixture(core)
    const w = core.ok('reports.sales', { ...nov, groupBy: 'month', ownerId: f.w.id })
    expect(w.total.amountCents).toBe(1_484_570)
    expect(w.previous.amountCents).toBe(3_000_000)
    expect(w.lastYear.amountCents).toBe(0)
    const l = core.ok('reports.sales', { ...nov, groupBy: 'product', ownerId: f.l.id })
    expect(l.series.map((s) => [s.key, s.amountCents])).toEqual([[String(f.p1.id), 1_750_000]])
  })

  it('compares month by month with the bucket before and the same month last year', () => {
    const core = openTestCore()
    buildReportsFixture(core)
    const year = core.ok('reports.sales', {
      from: '2026-01-01',
      to: '2026-12-31',
      groupBy: 'month',
    })
    expect(year.series).toHaveLength(12)
    const month = (key: string) => year.series.find((s) => s.key === key)!
    expect(month('2026-06')).toMatchObject({ amountCents: 600_000, previousAmountCents: 0 })
    expect(month('2026-07')).toMatchObject({ amountCents: 0, previousAmountCents: 600_000 })
    expect(month('2026-11')).toMatchObject({
      previousAmountCents: 3_000_000,
      lastYearAmountCents: 800_000,
    })
    expect(month('2026-12')).toMatchObject({ amountCents: 0, previousAmountCents: 3_234_570 })
    expect(year.total.amountCents).toBe(600_000 + 3_000_000 + 3_234_570)
    expect(year.lastYear).toMatchObject({
      from: '2025-01-01',
      to: '2025-12-31',
      amountCents: 800_000,
    })
    const quarters = core.ok('reports.sales', {
      from: '2026-01-01',
      to: '2026-12-31',
      groupBy: 'quarter',
    })
    expect(quarters.series.map((s) => [s.key, s.amountCents, s.previousAmountCents])).toEqual([
      ['2026-Q1', 0, 800_000],
      ['2026-Q2', 600_000, 0],
      ['2026-Q3', 0, 600_000],
      ['2026-Q4', 6_234_570, 0],
    ])
  })

  it('handles the leap day: February 2024 ↔ February 2025, 29 February → 28 February', () => {
    const core = openTestCore()
    buildReportsFixture(core)
    const feb25 = core.ok('reports.sales', {
      from: '2025-02-01',
      to: '2025-02-28',
      groupBy: 'month',
    })
    expect(feb25.lastYear).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
      amountCents: 50_000,
      count: 1,
    })
    expect(feb25.series[0]!.lastYearAmountCents).toBe(50_000)
    const leapDay = core.ok('reports.sales', {
      from: '2024-02-29',
      to: '2024-02-29',
      groupBy: 'year',
    })
    expect(leapDay.total.amountCents).toBe(50_000)
    expect(leapDay.lastYear).toMatchObject({ from: '2023-02-28', to: '2023-02-28', amountCents: 0 })
    const march24 = core.ok('reports.sales', {
      from: '2024-03-01',
      to: '2024-03-31',
      groupBy: 'month',
    })
    expect(march24.previous).toMatchObject({
      from: '2024-02-01',
      to: '2024-02-29',
      amountCents: 50_000,
    })
  })

  it('refuses a range that ends before it starts, and a bad grouping', () => {
    const core = openTestCore()
    const reversed = core.call('reports.sales', {
      from: '2026-11-30',
      to: '2026-11-01',
      groupBy: 'month',
    })
    expect(reversed.ok).toBe(false)
    if (!reversed.ok)
      expect(reversed.error.details?.[0]).toMatchObject({ path: 'to', key: 'errors.rangeOrder' })
    const bad = core.call('reports.sales', {
      from: '2026-11-01',
      to: '2026-11-30',
      groupBy: 'colour',
    })
    expect(bad.ok).toBe(false)
    const date = core.call('reports.funnel', { from: '2026-02-30', to: '2026-03-01' })
    expect(date.ok).toBe(false)
  })
})
