import type { TicketAgeBucket, TicketKind } from '../../../shared/api/aftersales'
import { sheet, type ExportLocale, type SheetsBuilder } from '../workbook'
import { serviceReport } from './report'

/**
 * reports.export of the after-sales report: the summary, open tickets by age, tickets by
 * kind, complaints and satisfaction per month, satisfaction per owner. Averages and hours as
 * numbers with one decimal, empty where there is none.
 */

const KINDS: Record<ExportLocale, Record<TicketKind, string>> = {
  'zh-CN': { inquiry: '咨询', complaint: '投诉', repair: '维修', suggestion: '建议' },
  en: { inquiry: 'Inquiry', complaint: 'Complaint', repair: 'Repair', suggestion: 'Suggestion' },
}

const AGES: Record<ExportLocale, Record<TicketAgeBucket, string>> = {
  'zh-CN': { d0to2: '0–2 天', d3to7: '3–7 天', d8to30: '8–30 天', over30: '30 天以上' },
  en: { d0to2: '0–2 days', d3to7: '3–7 days', d8to30: '8–30 days', over30: 'Over 30 days' },
}

const LABELS = {
  'zh-CN': {
    summary: '概览',
    measure: '指标',
    value: '数值',
    openCount: '未结工单',
    satisfactionAverage: '平均满意度（1–10）',
    firstResponseHours: '平均首次响应（小时）',
    resolutionHours: '平均解决时长（小时）',
    visitsDue: '期间应回访',
    visitsDone: '已回访',
    visitsOpen: '未回访',
    age: '未结工单账龄',
    bucket: '已开启',
    count: '工单数',
    complaints: '其中投诉',
    kinds: '工单类型',
    kind: '类型',
    created: '新建',
    closed: '已关闭',
    months: '按月',
    month: '月份',
    average: '平均满意度',
    scores: '评分数',
    owners: '按负责人',
    owner: '负责人',
    noOwner: '未分配',
  },
  en: {
    summary: 'Summary',
    measure: 'Measure',
    value: 'Value',
    openCount: 'Open tickets',
    satisfactionAverage: 'Average satisfaction (1–10)',
    firstResponseHours: 'Average first response (hours)',
    resolutionHours: 'Average resolution (hours)',
    visitsDue: 'Return visits due',
    visitsDone: 'Visits done',
    visitsOpen: 'Visits still open',
    age: 'Open tickets by age',
    bucket: 'Open for',
    count: 'Tickets',
    complaints: 'Complaints',
    kinds: 'Ticket kinds',
    kind: 'Kind',
    created: 'Created',
    closed: 'Closed',
    months: 'By month',
    month: 'Month',
    average: 'Average satisfaction',
    scores: 'Scores',
    owners: 'By owner',
    owner: 'Owner',
    noOwner: 'Unassigned',
  },
} as const

export const serviceSheets: SheetsBuilder = (ctx, book, input, _l, title, locale) => {
  const l = LABELS[locale]
  const r = serviceReport(ctx, input)
  sheet(
    book,
    l.summary,
    title,
    [
      [l.measure, 'text'],
      [l.value, 'number'],
    ],
    [
      [l.openCount, r.openCount],
      [l.satisfactionAverage, r.satisfactionAverage],
      [l.firstResponseHours, r.firstResponseHours],
      [l.resolutionHours, r.resolutionHours],
      [l.visitsDue, r.returnVisits.due],
      [l.visitsDone, r.returnVisits.done],
      [l.visitsOpen, r.returnVisits.open],
    ],
  )
  sheet(
    book,
    l.age,
    title,
    [
      [l.bucket, 'text'],
      [l.count, 'number'],
      [l.complaints, 'number'],
    ],
    r.openByAge.map((b) => [AGES[locale][b.bucket], b.count, b.complaints]),
  )
  sheet(
    book,
    l.kinds,
    title,
    [
      [l.kind, 'text'],
      [l.created, 'number'],
      [l.closed, 'number'],
    ],
    r.byKind.map((k) => [KINDS[locale][k.kind], k.count, k.closed]),
  )
  sheet(
    book,
    l.months,
    title,
    [
      [l.month, 'text'],
      [l.complaints, 'number'],
      [l.average, 'number'],
      [l.scores, 'number'],
    ],
    r.complaintsByMonth.map((m, i) => [
      m.month,
      m.count,
      r.satisfactionByMonth[i]?.average ?? null,
      r.satisfactionByMonth[i]?.count ?? 0,
    ]),
  )
  sheet(
    book,
    l.owners,
    title,
    [
      [l.owner, 'text'],
      [l.average, 'number'],
      [l.scores, 'number'],
    ],
    r.satisfactionByOwner.map((o) => [
      o.ownerId === null ? l.noOwner : o.ownerName,
      o.average,
      o.count,
    ]),
  )
}
