import type { FileOutput } from '../../../shared/api/excel'
import { NONE_KEY, type ReportExportInput } from '../../../shared/api/reports'
import { AGING_BUCKETS } from '../../../shared/ledger-rules'
import { formatInstant } from '../../../shared/dates'
import type { Ctx } from '../context'
import {
  createBookWriter,
  exportLabels,
  sheet,
  type BookWriter,
  type Column,
  type ExportLabel,
  type ExportLocale,
  type Label,
} from '../workbook'
import { activityReport } from './activity'
import { customersReport, OTHERS_KEY } from './customers'
import { funnelReport } from './funnel'
import { receivablesReport } from './receivables'
import { salesReport } from './sales'
import { getSettings } from '../app'
import { insightSheets } from '../insight'
import { serviceSheets } from '../aftersales'
import { campaignSheets } from '../campaigns'

/**
 * reports.export: the tables of a report as an .xlsx workbook, a sheet per table, through
 * the Excel work's streaming writer (title row, bold frozen header, filters, money as
 * ¥#,##0.00 from exact 分). Rates are written as percent numbers with one decimal.
 */

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10)

function salesSheets(
  ctx: Ctx,
  book: BookWriter,
  input: ReportExportInput,
  l: Label,
  title: string,
) {
  const report = salesReport(ctx, { ...input, groupBy: input.groupBy ?? 'month' })
  const label = (key: string, text: string) =>
    key !== NONE_KEY
      ? text
      : report.groupBy === 'owner'
        ? l('noOwner')
        : report.groupBy === 'product'
          ? l('noProduct')
          : l('none')
  const change = (now: number, before: number) =>
    before === 0 ? null : percent((now - before) / before)
  sheet(
    book,
    l(`group.${report.groupBy}`),
    title,
    [
      [l(`group.${report.groupBy}`), 'text'],
      [l('amount'), 'money'],
      [l('count'), 'number'],
      [l('previous'), 'money'],
      [l('change'), 'number'],
      [l('lastYear'), 'money'],
      [l('yoy'), 'number'],
      [l('target'), 'money'],
      [l('completion'), 'number'],
    ],
    [
      ...report.series.map((s) => [
        label(s.key, s.label),
        s.amountCents,
        s.count,
        s.previousAmountCents,
        change(s.amountCents, s.previousAmountCents),
        s.lastYearAmountCents,
        change(s.amountCents, s.lastYearAmountCents),
        s.targetCents,
        s.targetCents ? percent(s.amountCents / s.targetCents) : null,
      ]),
      [
        l('total'),
        report.total.amountCents,
        report.total.count,
        report.previous.amountCents,
        change(report.total.amountCents, report.previous.amountCents),
        report.lastYear.amountCents,
        change(report.total.amountCents, report.lastYear.amountCents),
        report.targetCents,
        percent(report.completion),
      ],
    ],
  )
}

function receivablesSheets(
  ctx: Ctx,
  book: BookWriter,
  input: ReportExportInput,
  l: Label,
  title: string,
) {
  const r = receivablesReport(ctx, input)
  sheet(
    book,
    l('receivables'),
    title,
    [
      [l('month'), 'text'],
      [l('due'), 'money'],
      [l('collected'), 'money'],
      [l('collectionRate'), 'number'],
      [l('received'), 'money'],
    ],
    [
      ...r.months.map((m) => [
        m.month,
        m.dueCents,
        m.collectedCents,
        percent(m.collectionRate),
        m.receivedCents,
      ]),
      [l('total'), r.dueCents, r.collectedCents, percent(r.collectionRate), r.receivedCents],
    ],
  )
  const buckets = (a: Record<string, number>) => [
    ...AGING_BUCKETS.map((b) => a[`${b}Cents`]),
    a.totalCents,
  ]
  sheet(
    book,
    l('aging'),
    `${title} · ${l('aging')} (${r.asOf})`,
    [
      [l('customer'), 'text'],
      ...AGING_BUCKETS.map((b) => [l(b), 'money'] as Column),
      [l('total'), 'money'],
    ],
    [
      ...r.aging.rows.map((row) => [
        row.customerName,
        ...buckets(row as unknown as Record<string, number>),
      ]),
      ...(r.aging.others.customers > 0
        ? [
            [
              `${l('others')} (${r.aging.others.customers})`,
              ...buckets(r.aging.others as unknown as Record<string, number>),
            ],
          ]
        : []),
      [l('total'), ...buckets(r.aging.total as unknown as Record<string, number>)],
    ],
  )
  sheet(
    book,
    l('forecast'),
    `${title} · ${l('forecast')} (${r.asOf})`,
    [
      [l('month'), 'text'],
      [l('due'), 'money'],
      [l('instalments'), 'number'],
    ],
    [
      [l('overdue'), r.forecast.overdueCents, null],
      ...r.forecast.months.map((m) => [m.month, m.dueCents, m.instalments]),
    ],
  )
  sheet(
    book,
    l('topOverdue'),
    `${title} · ${l('topOverdue')} (${r.asOf})`,
    [
      [l('customer'), 'text'],
      [l('overdue'), 'money'],
      [l('instalments'), 'number'],
      [l('maxDays'), 'number'],
    ],
    r.topOverdue.map((t) => [t.customerName, t.overdueCents, t.instalments, t.maxDaysOverdue]),
  )
}

function funnelSheets(
  ctx: Ctx,
  book: BookWriter,
  input: ReportExportInput,
  l: Label,
  title: string,
) {
  const f = funnelReport(ctx, input)
  sheet(
    book,
    l('stages'),
    title,
    [
      [l('stage'), 'text'],
      [l('reached'), 'number'],
      [l('reachedAmount'), 'money'],
      [l('conversion'), 'number'],
      [l('openNow'), 'number'],
      [l('averageDays'), 'number'],
    ],
    f.stages.map((s) => [
      s.name,
      s.count,
      s.amountCents,
      percent(s.conversion),
      s.openCount,
      s.averageDays,
    ]),
  )
  sheet(
    book,
    l('summary'),
    title,
    [
      [l('value'), 'text'],
      [l('count'), 'number'],
      [l('amount'), 'money'],
    ],
    [
      [l('created'), f.created.count, f.created.amountCents],
      [l('won'), f.won.count, f.won.amountCents],
      [l('lost'), f.lost.count, f.lost.amountCents],
      [l('winRate'), percent(f.winRate), null],
      [l('cycle'), f.averageCycleDays, null],
    ],
  )
  sheet(
    book,
    l('lostReasons'),
    title,
    [
      [l('reason'), 'text'],
      [l('count'), 'number'],
      [l('amount'), 'money'],
    ],
    f.lostReasons.map((r) => [r.reason || l('none'), r.count, r.amountCents]),
  )
}

function customersSheets(
  ctx: Ctx,
  book: BookWriter,
  input: ReportExportInput,
  l: Label,
  title: string,
) {
  const c = customersReport(ctx, input)
  const a = activityReport(ctx, input)
  const value = (dimension: string, key: string) =>
    key === NONE_KEY
      ? l('none')
      : key === OTHERS_KEY
        ? l('others')
        : dimension === 'stage'
          ? l(`stage.${key}` as ExportLabel)
          : key
  sheet(
    book,
    l('composition'),
    title,
    [
      [l('dimension'), 'text'],
      [l('value'), 'text'],
      [l('customerCount'), 'number'],
    ],
    Object.entries(c.composition).flatMap(([dimension, rows]) =>
      rows.map((row) => [
        l(`dim.${dimension}` as ExportLabel),
        value(dimension, row.key),
        row.count,
      ]),
    ),
  )
  sheet(
    book,
    l('newVsChurned'),
    title,
    [
      [l('month'), 'text'],
      [l('newCount'), 'number'],
      [l('churnedCount'), 'number'],
    ],
    [
      ...c.newVsChurned.map((m) => [m.month, m.newCount, m.churnedCount]),
      [l('total'), c.newCount, c.churnedCount],
    ],
  )
  sheet(
    book,
    l('topCustomers'),
    title,
    [
      [l('customer'), 'text'],
      [l('grade'), 'text'],
      [l('revenue'), 'money'],
      [l('contracts'), 'number'],
      [l('share'), 'number'],
      [l('cumulative'), 'number'],
      [l('abcClass'), 'text'],
    ],
    c.topCustomers.map((t) => [
      t.name,
      t.grade,
      t.revenueCents,
      t.contracts,
      percent(t.share),
      percent(t.cumulativeShare),
      t.abcClass,
    ]),
  )
  sheet(
    book,
    l('activity'),
    title,
    [
      [l('week'), 'text'],
      ...a.owners.map((o) => [o.name || l('noOwner'), 'number'] as Column),
      [l('total'), 'number'],
    ],
    [
      ...a.weeks.map((w) => [w.week, ...w.counts, w.total]),
      [l('total'), ...a.owners.map((o) => o.total), a.total],
    ],
  )
}

export async function exportReport(ctx: Ctx, input: ReportExportInput): Promise<FileOutput> {
  const settings = getSettings(ctx)
  const locale: ExportLocale = input.locale ?? settings.locale
  const l = exportLabels(locale)
  const owner =
    input.ownerId === undefined
      ? l('allOwners')
      : ((ctx.sqlite.prepare('SELECT name FROM owners WHERE id = ?').pluck().get(input.ownerId) as
          string | undefined) ?? '')
  const title = [
    settings.companyName,
    l(input.report),
    `${l('range')} ${input.from} – ${input.to}`,
    `${l('owner')} ${owner}`,
    `${l('printedAt')} ${formatInstant(ctx.clock.now())}`,
  ]
    .filter(Boolean)
    .join(' · ')
  const book = createBookWriter()
  const build = {
    sales: salesSheets,
    receivables: receivablesSheets,
    funnel: funnelSheets,
    customers: customersSheets,
    insight: insightSheets,
    service: serviceSheets,
    campaigns: campaignSheets,
  }[input.report]
  build(ctx, book, input, l, title, locale)
  return book.finish(`${l(input.report)} ${input.from}_${input.to}.xlsx`)
}
