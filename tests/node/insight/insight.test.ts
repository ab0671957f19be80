import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { CustomerInsight } from '../../../src/shared/api'
import { addDays } from '../../../src/shared/dates'
import { openTestCore, snapshotDatabase, type TestCore } from '../helpers'

/** Tests' today is 2026-11-23 (helpers.NOW). */
const TODAY = '2026-11-23'

function contract(core: TestCore, customerId: number, signedDate: string, totalCents: number) {
  return core.ok('contracts.create', {
    customerId,
    title: `合同 ${signedDate}`,
    signedDate,
    items: [{ description: '服务', quantity: 1, unitPriceCents: totalCents }],
    plan: [{ dueDate: signedDate, amountCents: totalCents }],
  })
}

function customer(core: TestCore, name: string, extra: Record<string, unknown> = {}) {
  return core.ok('customers.create', { name, stage: 'customer', ...extra })
}

const insightOf = (core: TestCore, customerId: number): CustomerInsight =>
  core.ok('insight.get', { customerId })

describe('churn risk from the customer’s own rhythm', () => {
  it('flags no order for more than twice the usual interval, with the days and the interval', () => {
    const core = openTestCore()
    const c = customer(core, '北京张三贸易')
    // Every 60 days, last one 190 days ago: 190 > 2 × 60.
    const last = addDays(TODAY, -190)
    for (const back of [120, 60, 0]) contract(core, c.id, addDays(last, -back), 1_000_000)
    core.ok('activities.create', {
      customerId: c.id,
      kind: 'call',
      content: '问候',
      occurredAt: core.clock.now(),
    })
    const insight = insightOf(core, c.id)
    expect(insight.purchases).toBe(3)
    expect(insight.avgIntervalDays).toBe(60)
    expect(insight.daysSinceLastPurchase).toBe(190)
    expect(insight.atRisk).toBe(true)
    expect(insight.reasons).toEqual([{ kind: 'noOrder', days: 190, intervalDays: 60 }])
    core.close()
  })

  it('does not flag a customer within its rhythm, and flags it the day it passes the threshold', () => {
    const core = openTestCore()
    const c = customer(core, '上海李四实业')
    // Interval 50 days; last purchase 100 days ago: exactly 2 × 50 is not yet "more than".
    contract(core, c.id, addDays(TODAY, -150), 500_000)
    contract(core, c.id, addDays(TODAY, -100), 500_000)
    core.ok('activities.create', {
      customerId: c.id,
      kind: 'visit',
      content: '拜访',
      occurredAt: core.clock.now(),
    })
    expect(insightOf(core, c.id).atRisk).toBe(false)
    core.clock.advance(86_400_000)
    const next = insightOf(core, c.id)
    expect(next.reasons).toEqual([{ kind: 'noOrder', days: 101, intervalDays: 50 }])
    core.close()
  })

  it('counts two contracts signed the same day as one visit: a one-time buyer by the single-order rule', () => {
    const core = openTestCore()
    const c = customer(core, '广州王五电子')
    const day = addDays(TODAY, -366)
    contract(core, c.id, day, 200_000)
    contract(core, c.id, day, 300_000)
    const insight = insightOf(core, c.id)
    expect(insight.purchases).toBe(2)
    expect(insight.avgIntervalDays).toBeNull()
    // 366 > 365 days without a second order; 366 days without contact too (> 90).
    expect(insight.reasons).toEqual([
      { kind: 'noRepeat', days: 366 },
      { kind: 'noContact', days: 366 },
    ])
    core.close()
  })

  it('flags a buyer not contacted for more than the threshold; the last signing counts as contact', () => {
    const core = openTestCore()
    const c = customer(core, '深圳赵六科技')
    contract(core, c.id, addDays(TODAY, -95), 100_000)
    expect(insightOf(core, c.id).reasons).toEqual([{ kind: 'noContact', days: 95 }])
    // A follow-up today clears it (the trigger on last_activity_at marks the row stale).
    core.ok('activities.create', {
      customerId: c.id,
      kind: 'call',
      content: '回访',
      occurredAt: core.clock.now(),
    })
    expect(insightOf(core, c.id).atRisk).toBe(false)
    core.close()
  })

  it('never flags a churned customer or one who never bought; thresholds come from settings', () => {
    const core = openTestCore()
    const churned = customer(core, '已流失客户', { stage: 'churned' })
    contract(core, churned.id, addDays(TODAY, -400), 100_000)
    const lead = customer(core, '线索客户', { stage: 'lead' })
    expect(insightOf(core, churned.id).atRisk).toBe(false)
    expect(insightOf(core, lead.id)).toMatchObject({
      atRisk: false,
      segment: 'none',
      rfm: null,
      clv: null,
    })
    const c = customer(core, '杭州鑫源')
    contract(core, c.id, addDays(TODAY, -40), 100_000)
    expect(insightOf(core, c.id).atRisk).toBe(false)
    core.ok('settings.update', { churnNoContactDays: 30 })
    expect(insightOf(core, c.id).reasons).toEqual([{ kind: 'noContact', days: 40 }])
    core.close()
  })
})

describe('revenue at stake and CLV explain themselves', () => {
  it('at stake = lifetime ÷ years as a customer (at least one); CLV = that × clvYears', () => {
    const core = openTestCore()
    const c = customer(core, '苏州远景')
    // First purchase 730 days ago: two years; ¥30,000.00 + ¥10,000.00 lifetime.
    contract(core, c.id, addDays(TODAY, -730), 3_000_000)
    contract(core, c.id, addDays(TODAY, -10), 1_000_000)
    const insight = insightOf(core, c.id)
    expect(insight.atStakeCents).toBe(2_000_000)
    expect(insight.clv).toEqual({
      cents: 6_000_000,
      averageOrderCents: 2_000_000,
      ordersPerYear: 1,
      customerYears: 2,
      years: 3,
    })
    expect(insight.revenue12mCents).toBe(1_000_000)
    expect(insight.lifetimeRevenueCents).toBe(4_000_000)
    const young = customer(core, '新客户')
    contract(core, young.id, addDays(TODAY, -30), 123_457)
    expect(insightOf(core, young.id).atStakeCents).toBe(123_457)
    core.ok('settings.update', { clvYears: 5 })
    expect(insightOf(core, young.id).clv?.cents).toBe(617_285)
    core.close()
  })

  it('open receivables follow payments at once (incremental refresh of the stale row)', () => {
    const core = openTestCore()
    const c = customer(core, '宁波永创')
    const k = contract(core, c.id, addDays(TODAY, -5), 1_000_000)
    expect(insightOf(core, c.id).openReceivablesCents).toBe(1_000_000)
    core.ok('payments.create', {
      contractId: k.id,
      receivedDate: TODAY,
      amountCents: 400_001,
      method: 'bank',
    })
    const refreshed = core.ok('insight.refresh', {})
    expect(refreshed).toEqual({ refreshed: 1, full: false })
    expect(insightOf(core, c.id).openReceivablesCents).toBe(599_999)
    core.close()
  })
})

describe('RFM quintiles over the user’s own customers', () => {
  it('scores ten customers of known values and names their segments', () => {
    const core = openTestCore()
    const ids: number[] = []
    // Customer i (1..10) bought i times, the last one 10·(11 − i) days ago, ¥1,000·i each.
    for (let i = 1; i <= 10; i++) {
      const c = customer(core, `客户${String(i).padStart(2, '0')}`)
      ids.push(c.id)
      for (let n = 0; n < i; n++)
        contract(core, c.id, addDays(TODAY, -10 * (11 - i) - 5 * n), 100_000 * i)
    }
    const summary = core.ok('insight.summary', {})
    // Nearest-rank breakpoints at 20/40/60/80 % of 10 values: the 2nd, 4th, 6th and 8th.
    expect(summary.breakpoints.frequency).toEqual([2, 4, 6, 8])
    expect(summary.breakpoints.recencyDays).toEqual([20, 40, 60, 80])
    expect(summary.breakpoints.monetaryCents).toEqual([400_000, 1_600_000, 3_600_000, 6_400_000])
    const scores = ids.map((id) => insightOf(core, id).rfm)
    // Customer 1: 1 purchase, 100 days, ¥1,000 → 1/1/1, 一般挽留. Customer 10: 5/5/5, 重要价值.
    expect(scores[0]).toMatchObject({ r: 1, f: 1, m: 1, segment: 'generalWinBack' })
    expect(scores[9]).toMatchObject({ r: 5, f: 5, m: 5, segment: 'importantValue' })
    // Customer 5: 5 purchases (> 2, 4), 60 days (< 80) → r 2, f 3, m 3 → 重要保持.
    expect(scores[4]).toMatchObject({ r: 2, f: 3, m: 3, segment: 'importantRetain' })
    expect(summary.buyers).toBe(10)
    expect(summary.segments.find((s) => s.segment === 'importantValue')?.count).toBeGreaterThan(0)
    expect(summary.segments.reduce((n, s) => n + s.count, 0)).toBe(10)
    core.close()
  })

  it('equal values share a score', () => {
    const core = openTestCore()
    const ids = ['甲', '乙', '丙', '丁', '戊', '己'].map((name) => customer(core, name).id)
    ids.forEach((id) => contract(core, id, addDays(TODAY, -10), 100_000))
    const scores = ids.map((id) => insightOf(core, id).rfm!)
    expect(new Set(scores.map((s) => `${s.r}${s.f}${s.m}`)).size).toBe(1)
    core.close()
  })
})

describe('the at-risk list and refusals', () => {
  it('lists customers at risk by revenue at stake, highest first, and leaves the recycle bin out', () => {
    const core = openTestCore()
    const small = customer(core, '小客户')
    contract(core, small.id, addDays(TODAY, -200), 100_000)
    const large = customer(core, '大客户')
    contract(core, large.id, addDays(TODAY, -200), 900_000)
    const fine = customer(core, '正常客户')
    contract(core, fine.id, addDays(TODAY, -1), 5_000_000)
    const list = core.ok('insight.list', { filter: { atRisk: true } })
    expect(list.rows.map((r) => r.customerName)).toEqual(['大客户', '小客户'])
    expect(list.total).toBe(2)
    const figures = core.ok('reports.dashboard', {})
    expect(figures.atRisk).toEqual({ count: 2, atStakeCents: 1_000_000 })
    core.ok('customers.delete', { id: large.id })
    expect(
      core.ok('insight.list', { filter: { atRisk: true } }).rows.map((r) => r.customerId),
    ).toEqual([small.id])
    core.close()
  })

  it('an unknown customer is NOT_FOUND; thresholds outside their range are refused and change nothing', () => {
    const core = openTestCore()
    const missing = core.call('insight.get', { customerId: 999 })
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND')
    const before = snapshotDatabase(core.dataDir)
    for (const patch of [
      { churnIntervalFactor: 1 },
      { churnIntervalFactor: 11 },
      { churnNoContactDays: 0 },
      { churnSingleOrderDays: 5000 },
      { clvYears: 0 },
      { notifyTime: '25:00' },
    ]) {
      const result = core.call('settings.update', patch)
      expect(result.ok ? null : result.error.code).toBe('VALIDATION')
    }
    expect(snapshotDatabase(core.dataDir)).toBe(before)
    core.close()
  })
})

describe('the insight report as a workbook', () => {
  it('writes the segments, every customer at risk with its reasons in words, and the breakpoints', async () => {
    const core = openTestCore()
    const c = customer(core, '北京张三贸易')
    for (const back of [310, 250, 190]) contract(core, c.id, addDays(TODAY, -back), 1_000_000)
    core.ok('activities.create', {
      customerId: c.id,
      kind: 'call',
      content: '问候',
      occurredAt: core.clock.now(),
    })
    customer(core, '线索客户', { stage: 'lead' })
    const result = await core.api.dispatchAsync('reports.export', {
      report: 'insight',
      from: '2026-11-01',
      to: '2026-11-30',
    })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(result.value.base64, 'base64') as unknown as ArrayBuffer)
    expect(book.worksheets.map((s) => s.name)).toEqual(['RFM 细分', '流失风险客户', '评分分界点'])
    const values = (sheet: ExcelJS.Worksheet, n: number) =>
      (sheet.getRow(n).values as unknown[]).slice(1)
    const risk = book.getWorksheet('流失风险客户')!
    expect(values(risk, 2).slice(0, 7)).toEqual([
      '客户编号',
      '客户',
      '负责人',
      '细分',
      'R / F / M',
      '风险原因',
      '风险金额',
    ])
    const row = values(risk, 3)
    expect(row[1]).toBe('北京张三贸易')
    expect(row[5]).toBe('已 190 天未下单，平均间隔 60 天')
    // Lifetime ¥30,000.00 over one year as a customer (310 days, at least one): at stake ¥30,000.00.
    expect(row[6]).toBe(30_000)
    expect(risk.getRow(3).getCell(7).numFmt).toBe('"¥"#,##0.00')
    expect(risk.rowCount).toBe(3)
    const segments = book.getWorksheet('RFM 细分')!
    // One buyer: the breakpoints are its own values, so every score is 1 (一般挽留).
    expect(values(segments, 3).slice(0, 2)).toEqual(['重要价值客户', 0])
    expect(values(segments, 10).slice(0, 2)).toEqual(['一般挽留客户', 1])
    expect(values(segments, 11).slice(0, 2)).toEqual(['未成交', 1])
    core.close()
  })
})
