import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { buildReportsFixture } from './fixture'

const nov = { from: '2026-11-01', to: '2026-11-30' }

describe('reports.funnel', () => {
  it('the cohort created in the range, how far each deal got, and the conversion between stages', () => {
    const core = openTestCore()
    buildReportsFixture(core)
    const f = core.ok('reports.funnel', nov)
    expect(f.created).toEqual({ count: 3, amountCents: 350_000 })
    // d3 was created in 需求确认 and so passed 初步接洽; d2 skipped 需求确认 and passed it too.
    expect(
      f.stages.map((s) => [
        s.name,
        s.count,
        s.amountCents,
        s.conversion,
        s.openCount,
        s.openAmountCents,
      ]),
    ).toEqual([
      ['初步接洽', 3, 350_000, null, 0, 0],
      ['需求确认', 3, 350_000, 1, 1, 50_000],
      ['方案报价', 2, 300_000, 2 / 3, 0, 0],
      ['谈判', 1, 100_000, 1 / 2, 0, 0],
      ['赢单', 1, 100_000, 1, 0, 0],
    ])
  })

  it('win rate, lost reasons, the cycle and days per stage from what happened in the range', () => {
    const core = openTestCore()
    buildReportsFixture(core)
    const f = core.ok('reports.funnel', nov)
    expect(f.won).toEqual({ count: 1, amountCents: 100_000 })
    // d4 was created in October but lost in November.
    expect(f.lost).toEqual({ count: 2, amountCents: 270_000 })
    expect(f.winRate).toBe(1 / 3)
    expect(f.averageCycleDays).toBe(8)
    expect(f.averageLostDays).toBe((9 + 31) / 2)
    expect(f.lostReasons).toEqual([
      { reason: '价格太高', count: 1, amountCents: 200_000 },
      { reason: '预算不足', count: 1, amountCents: 70_000 },
    ])
    // Stays ended in November: s1 d1 2 d, d2 3 d, d4 12 d; s2 d1 5 d, d4 19 d; s3 d1 1 d, d2 6 d.
    expect(f.stages.map((s) => [s.averageDays, s.stays])).toEqual([
      [5.7, 3],
      [12, 2],
      [3.5, 2],
      [null, 0],
      [null, 0],
    ])
  })

  it('filters by the deal owner; an empty range has no rates', () => {
    const core = openTestCore()
    const fx = buildReportsFixture(core)
    const w = core.ok('reports.funnel', { ...nov, ownerId: fx.w.id })
    expect(w.created).toEqual({ count: 1, amountCents: 100_000 })
    expect(w.won.count).toBe(1)
    expect(w.lost).toEqual({ count: 1, amountCents: 70_000 })
    expect(w.winRate).toBe(1 / 2)
    const empty = core.ok('reports.funnel', { from: '2030-01-01', to: '2030-01-31' })
    expect(empty).toMatchObject({ winRate: null, averageCycleDays: null, lostReasons: [] })
    expect(empty.stages.map((s) => [s.count, s.conversion])).toEqual(
      empty.stages.map(() => [0, null]),
    )
  })
})

describe('reports.customers', () => {
  it('composition of today’s customers, new and churned per month', () => {
    const core = openTestCore()
    buildReportsFixture(core)
    const r = core.ok('reports.customers', { from: '2026-10-01', to: '2026-11-30' })
    expect(r.customers).toBe(3)
    expect(r.composition.grade.map((g) => [g.key, g.count])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 0],
      ['D', 0],
      ['none', 1],
    ])
    // d1 won for A (already loyal): no promotion.
    expect(r.composition.stage.map((g) => [g.key, g.count])).toEqual([
      ['lead', 0],
      ['prospect', 0],
      ['customer', 1],
      ['loyal', 1],
      ['churned', 1],
    ])
    expect(r.composition.region.map((g) => [g.key, g.count])).toEqual([
      ['上海市', 1],
      ['浙江省', 1],
      ['none', 1],
    ])
    expect(r.composition.industry).toEqual([
      { key: '制造业', label: '制造业', count: 1 },
      { key: 'none', label: '', count: 2 },
    ])
    // C was created one second before November (23:59:59 on 10-31), B at its first instant.
    expect(r.newVsChurned).toEqual([
      { month: '2026-10', newCount: 1, churnedCount: 0 },
      { month: '2026-11', newCount: 1, churnedCount: 1 },
    ])
    expect([r.newCount, r.churnedCount]).toEqual([2, 1])
  })

  it('top customers by revenue with ABC classes (80 % / 95 %)', () => {
    const core = openTestCore()
    const f = buildReportsFixture(core)
    const r = core.ok('reports.customers', { from: '2025-11-01', to: '2026-11-30' })
    const total = 4_484_570 + 1_750_000 + 1_400_000
    expect(r.revenueCents).toBe(total)
    expect(
      r.topCustomers.map((t) => [t.customerId, t.revenueCents, t.contracts, t.abcClass]),
    ).toEqual([
      [f.a.id, 4_484_570, 2, 'A'],
      [f.b.id, 1_750_000, 1, 'A'],
      [f.c.id, 1_400_000, 2, 'B'],
    ])
    expect(r.topCustomers[1]!.cumulativeShare).toBe((4_484_570 + 1_750_000) / total)
    expect(r.abc).toEqual({
      A: { customers: 2, revenueCents: 6_234_570 },
      B: { customers: 1, revenueCents: 1_400_000 },
      C: { customers: 0, revenueCents: 0 },
    })
  })

  it('follow-ups per owner and week (Monday first, the local day counts)', () => {
    const core = openTestCore()
    const f = buildReportsFixture(core)
    const r = core.ok('reports.activity', nov)
    expect(r.owners).toEqual([
      { ownerId: f.w.id, name: '王强', total: 2 },
      { ownerId: f.l.id, name: '李娜', total: 1 },
    ])
    // Sunday 11-22 20:00 is still the week of Monday 11-16; Monday 11-23 08:00 starts the next.
    expect(r.weeks).toEqual([
      { week: '2026-11-16', counts: [2, 0], total: 2 },
      { week: '2026-11-23', counts: [0, 1], total: 1 },
    ])
    expect(r.total).toBe(3)
    const l = core.ok('reports.activity', { ...nov, ownerId: f.l.id })
    expect(l.total).toBe(1)
    expect(core.ok('reports.customers', { ...nov, ownerId: f.l.id }).customers).toBe(1)
    // A range starting mid-week counts only its own days (B's 10-31 follow-up is outside).
    expect(core.ok('reports.activity', { from: '2026-10-31', to: '2026-11-01' }).weeks).toEqual([
      { week: '2026-10-26', counts: [1], total: 1 },
    ])
  })
})

describe('reports.records (drill-down)', () => {
  it('lists the records behind a figure; they add up to it', () => {
    const core = openTestCore()
    const f = buildReportsFixture(core)
    const records = (input: Record<string, unknown>) =>
      core.ok('reports.records', { ...nov, ...input })
    const month = records({ report: 'sales', dimension: 'month', key: '2026-11' })
    expect(month).toMatchObject({ total: 2, amountCents: 3_234_570 })
    expect(month.rows.map((r) => r.reference)).toEqual([f.c2.number, f.c1.number])
    expect(records({ report: 'sales', dimension: 'product', key: String(f.p1.id) })).toMatchObject({
      total: 2,
      amountCents: 2_984_567,
    })
    expect(records({ report: 'sales', dimension: 'owner', key: 'none' }).total).toBe(0)
    expect(records({ report: 'receivables', dimension: 'received' })).toMatchObject({
      total: 4,
      amountCents: 1_700_000,
    })
    expect(records({ report: 'receivables', dimension: 'due', key: '2026-11' }).amountCents).toBe(
      2_250_000,
    )
    expect(records({ report: 'receivables', dimension: 'aging', key: 'd1to30' }).amountCents).toBe(
      1_800_000,
    )
    expect(records({ report: 'receivables', dimension: 'aging', key: 'over90' }).amountCents).toBe(
      600_000,
    )
    expect(records({ report: 'receivables', dimension: 'aging' }).amountCents).toBe(5_134_570)
    expect(
      records({ report: 'receivables', dimension: 'overdue', customerId: f.a.id }).amountCents,
    ).toBe(1_800_000)
    expect(
      records({ report: 'receivables', dimension: 'forecast', key: '2026-12' }).amountCents,
    ).toBe(984_570)
    // Due from today to the end of the 7-day window, as the dashboard's 近期到期回款.
    expect(records({ report: 'receivables', dimension: 'dueSoon' })).toMatchObject({
      total: 1,
      amountCents: 1_750_000,
    })
    const s3 = f.stages.find((s) => s.name === '方案报价')!
    expect(
      records({ report: 'funnel', dimension: 'stage', key: String(s3.id) })
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual([f.d1.id, f.d2.id].sort())
    expect(
      records({ report: 'funnel', dimension: 'lostReason', key: '预算不足' }).rows.map((r) => r.id),
    ).toEqual([f.d4.id])
    expect(records({ report: 'funnel', dimension: 'created' }).amountCents).toBe(350_000)
    expect(
      records({ report: 'customers', dimension: 'grade', key: 'none' }).rows.map((r) => r.id),
    ).toEqual([f.c.id])
    expect(
      records({ report: 'customers', dimension: 'churned', key: '2026-11' }).rows.map((r) => r.id),
    ).toEqual([f.c.id])
    expect(
      records({
        report: 'customers',
        dimension: 'activity',
        key: String(f.w.id),
        week: '2026-11-16',
      }).total,
    ).toBe(2)
    const paged = records({ report: 'receivables', dimension: 'received', page: 2, pageSize: 3 })
    expect(paged).toMatchObject({ total: 4, amountCents: 1_700_000 })
    expect(paged.rows).toHaveLength(1)
    expect(core.call('reports.records', { ...nov, report: 'sales', dimension: 'due' }).ok).toBe(
      false,
    )
    expect(
      core.call('reports.records', { ...nov, report: 'receivables', dimension: 'aging', key: 'x' })
        .ok,
    ).toBe(false)
  })
})
