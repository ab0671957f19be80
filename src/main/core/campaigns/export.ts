import type { CampaignChannel } from '../../../shared/api/campaigns'
import { campaignReport } from './report'
import { sheet, type ExportLocale, type SheetsBuilder } from '../workbook'

/**
 * reports.export of the campaigns report: one sheet, a row per campaign overlapping the
 * range and the totals row; ROI as a percent number with one decimal, empty without cost.
 */

const CHANNELS: Record<ExportLocale, Record<CampaignChannel, string>> = {
  'zh-CN': {
    exhibition: '展会',
    onlineAds: '线上广告',
    referral: '老客户推荐',
    telemarketing: '电话营销',
    wechat: '微信',
    other: '其他',
  },
  en: {
    exhibition: 'Trade show',
    onlineAds: 'Online ads',
    referral: 'Referral',
    telemarketing: 'Telesales',
    wechat: 'WeChat',
    other: 'Other',
  },
}

const LABELS = {
  'zh-CN': {
    sheet: '活动效果',
    name: '活动名称',
    channel: '渠道',
    startDate: '开始日期',
    endDate: '结束日期',
    budget: '预算',
    cost: '实际花费',
    newCustomers: '新客户',
    deals: '商机数',
    wonDeals: '赢单数',
    wonRevenue: '赢单金额',
    costPerNewCustomer: '获客成本',
    roi: 'ROI (%)',
    total: '合计',
  },
  en: {
    sheet: 'Campaign results',
    name: 'Campaign',
    channel: 'Channel',
    startDate: 'Start',
    endDate: 'End',
    budget: 'Budget',
    cost: 'Actual cost',
    newCustomers: 'New customers',
    deals: 'Deals',
    wonDeals: 'Won',
    wonRevenue: 'Won revenue',
    costPerNewCustomer: 'Cost per new customer',
    roi: 'ROI (%)',
    total: 'Total',
  },
} as const

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10)

export const campaignSheets: SheetsBuilder = (ctx, book, input, _l, title, locale) => {
  const l = LABELS[locale]
  const report = campaignReport(ctx, input)
  const t = report.totals
  sheet(
    book,
    l.sheet,
    title,
    [
      [l.name, 'text'],
      [l.channel, 'text'],
      [l.startDate, 'date'],
      [l.endDate, 'date'],
      [l.budget, 'money'],
      [l.cost, 'money'],
      [l.newCustomers, 'number'],
      [l.deals, 'number'],
      [l.wonDeals, 'number'],
      [l.wonRevenue, 'money'],
      [l.costPerNewCustomer, 'money'],
      [l.roi, 'number'],
    ],
    [
      ...report.rows.map((c) => [
        c.name,
        CHANNELS[locale][c.channel],
        c.startDate,
        c.endDate,
        c.budgetCents,
        c.costCents,
        c.newCustomers,
        c.deals,
        c.wonDeals,
        c.wonRevenueCents,
        c.costPerNewCustomerCents,
        percent(c.roi),
      ]),
      [
        l.total,
        null,
        null,
        null,
        t.budgetCents,
        t.costCents,
        t.newCustomers,
        t.deals,
        t.wonDeals,
        t.wonRevenueCents,
        t.costPerNewCustomerCents,
        percent(t.roi),
      ],
    ],
  )
}
