import type { ChurnReason, RfmSegment } from '../../../shared/api/insight'
import { insightSummary, listInsight } from './read'
import { sheet, type ExportLocale, type SheetsBuilder } from '../workbook'

/** reports.export of the insight report: segments, every customer at risk, the breakpoints. */

const SEGMENTS: Record<ExportLocale, Record<RfmSegment, string>> = {
  'zh-CN': {
    importantValue: '重要价值客户',
    importantDevelop: '重要发展客户',
    importantRetain: '重要保持客户',
    importantWinBack: '重要挽留客户',
    generalValue: '一般价值客户',
    generalDevelop: '一般发展客户',
    generalRetain: '一般保持客户',
    generalWinBack: '一般挽留客户',
    none: '未成交',
  },
  en: {
    importantValue: 'Key value',
    importantDevelop: 'Key to develop',
    importantRetain: 'Key to retain',
    importantWinBack: 'Key to win back',
    generalValue: 'Regular value',
    generalDevelop: 'Regular to develop',
    generalRetain: 'Regular to retain',
    generalWinBack: 'Regular to win back',
    none: 'No purchase yet',
  },
}

const LABELS = {
  'zh-CN': {
    segments: 'RFM 细分',
    atRisk: '流失风险客户',
    breakpoints: '评分分界点',
    segment: '细分',
    customers: '客户数',
    share: '占比 (%)',
    revenue: '累计收入',
    atStake: '风险金额',
    code: '客户编号',
    customer: '客户',
    owner: '负责人',
    reasons: '风险原因',
    lastPurchase: '最近下单',
    purchases: '下单次数',
    interval: '平均间隔（天）',
    clv: 'CLV 估算',
    score: 'R / F / M',
    measure: '指标',
    recency: 'R 距最近下单（天）',
    frequency: 'F 下单次数',
    monetary: 'M 累计收入（元）',
  },
  en: {
    segments: 'RFM segments',
    atRisk: 'At churn risk',
    breakpoints: 'Score breakpoints',
    segment: 'Segment',
    customers: 'Customers',
    share: 'Share (%)',
    revenue: 'Lifetime revenue',
    atStake: 'At stake',
    code: 'Code',
    customer: 'Customer',
    owner: 'Owner',
    reasons: 'Why at risk',
    lastPurchase: 'Last order',
    purchases: 'Orders',
    interval: 'Usual interval (days)',
    clv: 'CLV estimate',
    score: 'R / F / M',
    measure: 'Measure',
    recency: 'R days since last order',
    frequency: 'F orders',
    monetary: 'M lifetime revenue (yuan)',
  },
} as const

/** The same sentences as the screen (src/renderer/src/locales/insight.*.json). */
function reasonText(locale: ExportLocale, r: ChurnReason): string {
  if (locale === 'en') {
    if (r.kind === 'noOrder')
      return `No order for ${r.days} days; usual interval ${r.intervalDays} days`
    if (r.kind === 'noRepeat') return `Ordered once, nothing since for ${r.days} days`
    return `Not contacted for ${r.days} days`
  }
  if (r.kind === 'noOrder') return `已 ${r.days} 天未下单，平均间隔 ${r.intervalDays} 天`
  if (r.kind === 'noRepeat') return `仅下单一次，已 ${r.days} 天未再下单`
  return `已 ${r.days} 天未联系`
}

const PAGE = 500

export const insightSheets: SheetsBuilder = (ctx, book, input, _l, title, locale) => {
  const l = LABELS[locale]
  const summary = insightSummary(ctx, input.ownerId)
  sheet(
    book,
    l.segments,
    title,
    [
      [l.segment, 'text'],
      [l.customers, 'number'],
      [l.share, 'number'],
      [l.revenue, 'money'],
      [l.atStake, 'money'],
    ],
    summary.segments.map((s) => [
      SEGMENTS[locale][s.segment],
      s.count,
      summary.customers ? Math.round((s.count / summary.customers) * 1000) / 10 : null,
      s.revenueCents,
      s.atStakeCents,
    ]),
  )
  const atRisk = book.addSheet(
    l.atRisk,
    (
      [
        [l.code, 'text'],
        [l.customer, 'text'],
        [l.owner, 'text'],
        [l.segment, 'text'],
        [l.score, 'text'],
        [l.reasons, 'text'],
        [l.atStake, 'money'],
        [l.revenue, 'money'],
        [l.purchases, 'number'],
        [l.lastPurchase, 'date'],
        [l.interval, 'number'],
        [l.clv, 'money'],
      ] as const
    ).map(([header, kind]) => ({ header, kind })),
    { title },
  )
  const filter = {
    atRisk: true,
    ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
  }
  for (let page = 1; ; page++) {
    const { rows } = listInsight(ctx, { filter, page, pageSize: PAGE })
    for (const r of rows)
      atRisk.addRow([
        r.customerCode,
        r.customerName,
        r.ownerName,
        SEGMENTS[locale][r.segment],
        r.rfm ? `${r.rfm.r} / ${r.rfm.f} / ${r.rfm.m}` : null,
        r.reasons.map((x) => reasonText(locale, x)).join('；'),
        r.atStakeCents,
        r.lifetimeRevenueCents,
        r.purchases,
        r.lastPurchaseDate,
        r.avgIntervalDays,
        r.clv?.cents ?? null,
      ])
    if (rows.length < PAGE) break
  }
  const b = summary.breakpoints
  sheet(
    book,
    l.breakpoints,
    title,
    [
      [l.measure, 'text'],
      ['20%', 'number'],
      ['40%', 'number'],
      ['60%', 'number'],
      ['80%', 'number'],
    ],
    [
      [l.recency, ...b.recencyDays],
      [l.frequency, ...b.frequency],
      [l.monetary, ...b.monetaryCents.map((c) => c / 100)],
    ],
  )
}
