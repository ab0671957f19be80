import { Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import type { SalesPoint, SalesReport } from '../../../../../shared/api'
import type { ReportColumn } from '../components/ReportTable'
import { changeRate, formatRate, type MoneyFormat } from '../../../lib/useMoney'
import { salesPointLabel } from './salesLabels'

function Change({ now, before }: { now: number; before: number }) {
  const rate = changeRate(now, before)
  if (rate === null)
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    )
  return (
    <Text span size="sm" c={rate < 0 ? 'red' : rate > 0 ? 'teal' : undefined}>
      {rate > 0 ? '+' : ''}
      {formatRate(rate)}
    </Text>
  )
}

/** The sales table: amount, contracts, 环比, 同比, target and completion, totals exact. */
export function salesColumns(
  report: SalesReport,
  t: TFunction,
  m: MoneyFormat,
): ReportColumn<SalesPoint>[] {
  const amount = (cents: number) => (
    <span title={m.wan ? m.exact(cents) : undefined}>{m.money(cents)}</span>
  )
  const hasTarget = report.targetCents !== null || report.series.some((s) => s.targetCents !== null)
  const columns: ReportColumn<SalesPoint>[] = [
    {
      id: 'key',
      header: t(`reports.sales.group.${report.groupBy}`),
      cell: (s) => salesPointLabel(t, report.groupBy, s),
      total: t('reports.total'),
    },
    {
      id: 'amount',
      header: t('reports.sales.amount'),
      align: 'right',
      cell: (s) => amount(s.amountCents),
      total: m.exact(report.total.amountCents),
    },
    {
      id: 'count',
      header: t('reports.sales.count'),
      align: 'right',
      cell: (s) => s.count,
      total: report.total.count,
    },
    {
      id: 'previous',
      header: t('reports.sales.previous'),
      align: 'right',
      cell: (s) => amount(s.previousAmountCents),
      total: m.exact(report.previous.amountCents),
    },
    {
      id: 'change',
      header: t('reports.sales.change'),
      align: 'right',
      cell: (s) => <Change now={s.amountCents} before={s.previousAmountCents} />,
      total: <Change now={report.total.amountCents} before={report.previous.amountCents} />,
    },
    {
      id: 'lastYear',
      header: t('reports.sales.lastYear'),
      align: 'right',
      cell: (s) => amount(s.lastYearAmountCents),
      total: m.exact(report.lastYear.amountCents),
    },
    {
      id: 'yoy',
      header: t('reports.sales.yoy'),
      align: 'right',
      cell: (s) => <Change now={s.amountCents} before={s.lastYearAmountCents} />,
      total: <Change now={report.total.amountCents} before={report.lastYear.amountCents} />,
    },
  ]
  if (hasTarget)
    columns.push(
      {
        id: 'target',
        header: t('reports.sales.target'),
        align: 'right',
        cell: (s) => (s.targetCents === null ? '—' : amount(s.targetCents)),
        total: report.targetCents === null ? '—' : m.exact(report.targetCents),
      },
      {
        id: 'completion',
        header: t('reports.sales.completion'),
        align: 'right',
        cell: (s) => (s.targetCents ? formatRate(s.amountCents / s.targetCents) : '—'),
        total: formatRate(report.completion),
      },
    )
  return columns
}
