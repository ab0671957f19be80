import { SegmentedControl, Stack } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { SALES_GROUPS } from '../../../../../shared/api'
import { Chart } from '../../../components/chart/Chart'
import { KpiCard } from '../../../components/KpiCard'
import { KpiGrid } from '../../../components/KpiGrid'
import { ReportSection } from '../components/ReportSection'
import { ReportState } from '../components/ReportState'
import { ReportTable } from '../components/ReportTable'
import type { ReportViewProps } from '../components/ReportViewProps'
import { useSalesReport } from '../../../data/reports'
import { changeRate, formatRate, useMoney } from '../../../lib/useMoney'
import { salesChartOption } from './salesChart'
import { salesColumns } from './salesColumns'
import { salesPointLabel } from './salesLabels'

function signed(rate: number | null): string {
  return rate === null ? '—' : `${rate > 0 ? '+' : ''}${formatRate(rate)}`
}

/**
 * 销售报表: signed contracts by month/quarter/year, owner, product, region or grade, against
 * the previous period, last year and the targets.
 */
export function SalesReport({
  range,
  groupBy = 'month',
  onGroupBy,
  onDrill,
  print,
}: ReportViewProps) {
  const { t, i18n } = useTranslation()
  const m = useMoney()
  const query = useSalesReport(range, groupBy)
  const report = query.data
  const option = useMemo(
    () => (report ? salesChartOption(report, t, i18n.language, m.exact) : null),
    [report, t, i18n.language, m.exact],
  )
  if (!report || !option) return <ReportState error={query.error} />
  const drill = (key: string, label: string) =>
    onDrill?.({ dimension: groupBy, key }, t('reports.drill.salesTitle', { label }))
  const { total, previous, lastYear } = report
  const groupTitle = t('reports.sales.by', { group: t(`reports.sales.group.${groupBy}`) })
  return (
    <Stack gap="md" data-testid="sales-report" data-total={total.amountCents}>
      <KpiGrid print={print}>
        <KpiCard
          print={print}
          testId="kpi-signed"
          label={t('reports.sales.amount')}
          value={m.money(total.amountCents)}
          exact={m.exact(total.amountCents)}
          detail={t('reports.sales.contracts', { count: total.count })}
          onClick={
            onDrill ? () => onDrill({ dimension: 'all' }, t('reports.sales.amount')) : undefined
          }
        />
        {previous.from === lastYear.from ? (
          // A whole year: the period before is last year, shown once.
          <KpiCard
            print={print}
            testId="kpi-average"
            label={t('reports.sales.average')}
            value={total.count === 0 ? '—' : m.money(Math.round(total.amountCents / total.count))}
          />
        ) : (
          <KpiCard
            print={print}
            testId="kpi-previous"
            label={t('reports.sales.vsPrevious', { from: previous.from, to: previous.to })}
            value={signed(changeRate(total.amountCents, previous.amountCents))}
            detail={m.money(previous.amountCents)}
          />
        )}
        <KpiCard
          print={print}
          testId="kpi-last-year"
          label={t('reports.sales.vsLastYear', { from: lastYear.from, to: lastYear.to })}
          value={signed(changeRate(total.amountCents, lastYear.amountCents))}
          detail={m.money(lastYear.amountCents)}
        />
        <KpiCard
          print={print}
          testId="kpi-completion"
          label={t('reports.sales.completion')}
          value={formatRate(report.completion)}
          detail={
            report.targetCents === null
              ? t('reports.sales.noTarget')
              : t('reports.sales.ofTarget', { target: m.money(report.targetCents) })
          }
          to={print ? undefined : `/reports/targets?year=${range.from.slice(0, 4)}`}
        />
      </KpiGrid>
      <ReportSection
        print={print}
        testId="sales-section"
        title={groupTitle}
        hint={t('reports.sales.hint')}
        actions={
          onGroupBy && (
            <SegmentedControl
              size="xs"
              value={groupBy}
              onChange={(value) => onGroupBy(value)}
              data={SALES_GROUPS.map((g) => ({ value: g, label: t(`reports.sales.group.${g}`) }))}
              data-testid="sales-group"
            />
          )
        }
      >
        <div className="kp-block">
          <Chart
            option={option}
            height={print ? 260 : 320}
            print={print}
            label={groupTitle}
            testId="sales-chart"
            onSelect={
              onDrill
                ? (e) => {
                    const s = report.series[e.dataIndex]
                    if (s) drill(s.key, salesPointLabel(t, groupBy, s))
                  }
                : undefined
            }
          />
        </div>
        <ReportTable
          testId="sales-table"
          columns={salesColumns(report, t, m)}
          rows={report.series}
          rowKey={(s) => s.key}
          onRowClick={onDrill ? (s) => drill(s.key, salesPointLabel(t, groupBy, s)) : undefined}
        />
      </ReportSection>
    </Stack>
  )
}
