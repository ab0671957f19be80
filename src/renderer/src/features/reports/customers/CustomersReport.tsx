import { Stack } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { NewChurnedMonth } from '../../../../../shared/api'
import { Chart } from '../../../components/chart/Chart'
import { paletteColor } from '../../../components/chart/chartTheme'
import { KpiCard } from '../../../components/KpiCard'
import { KpiGrid } from '../../../components/KpiGrid'
import { ReportSection } from '../components/ReportSection'
import { ReportState } from '../components/ReportState'
import { ReportTable } from '../components/ReportTable'
import type { ReportViewProps } from '../components/ReportViewProps'
import { useCustomersReport } from '../../../data/reports'
import { useMoney } from '../../../lib/useMoney'
import { ActivitySection } from './ActivitySection'
import { CompositionSection } from './CompositionSection'
import { TopCustomersSection } from './TopCustomersSection'

/** 客户分析: composition, new vs churned per month, top customers (ABC), follow-ups per owner. */
export function CustomersReport({ range, onDrill, print }: ReportViewProps) {
  const { t } = useTranslation()
  const m = useMoney()
  const query = useCustomersReport(range)
  const report = query.data
  const option = useMemo(
    () =>
      report && {
        grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
        legend: { top: 0, left: 0 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'category', data: report.newVsChurned.map((r) => r.month) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            name: t('reports.customers.new'),
            type: 'bar',
            barMaxWidth: 28,
            itemStyle: { color: paletteColor('teal') },
            data: report.newVsChurned.map((r) => r.newCount),
          },
          {
            name: t('reports.customers.churned'),
            type: 'bar',
            barMaxWidth: 28,
            itemStyle: { color: paletteColor('gray', 6) },
            data: report.newVsChurned.map((r) => r.churnedCount),
          },
        ],
      },
    [report, t],
  )
  if (!report || !option) return <ReportState error={query.error} />
  const drill = (dimension: 'new' | 'churned', key?: string) =>
    onDrill?.(
      { dimension, ...(key ? { key } : {}) },
      `${t(`reports.customers.${dimension}`)}${key ? ` · ${key}` : ''}`,
    )
  return (
    <Stack gap="md" data-testid="customers-report" data-new={report.newCount}>
      <KpiGrid print={print}>
        <KpiCard
          print={print}
          testId="kpi-customers"
          label={t('reports.customers.total')}
          value={String(report.customers)}
          to={print ? undefined : '/customers'}
        />
        <KpiCard
          print={print}
          testId="kpi-new"
          label={t('reports.customers.new')}
          value={String(report.newCount)}
          color="teal"
          onClick={onDrill ? () => drill('new') : undefined}
        />
        <KpiCard
          print={print}
          testId="kpi-churned"
          label={t('reports.customers.churned')}
          value={String(report.churnedCount)}
          onClick={onDrill ? () => drill('churned') : undefined}
        />
        <KpiCard
          print={print}
          testId="kpi-revenue"
          label={t('reports.customers.revenue')}
          value={m.money(report.revenueCents)}
          exact={m.exact(report.revenueCents)}
          onClick={
            onDrill
              ? () => onDrill({ dimension: 'revenue' }, t('reports.customers.revenue'))
              : undefined
          }
        />
      </KpiGrid>
      <CompositionSection report={report} onDrill={onDrill} print={print} />
      <ReportSection
        print={print}
        testId="new-section"
        title={t('reports.customers.newVsChurned')}
        hint={t('reports.customers.newHint')}
      >
        <div className="kp-block">
          <Chart
            option={option}
            height={print ? 200 : 240}
            print={print}
            label={t('reports.customers.newVsChurned')}
            testId="new-chart"
            onSelect={
              onDrill
                ? (e) => {
                    const row = report.newVsChurned[e.dataIndex]
                    if (row) drill(e.seriesIndex === 1 ? 'churned' : 'new', row.month)
                  }
                : undefined
            }
          />
        </div>
        <ReportTable<NewChurnedMonth>
          testId="new-table"
          rows={report.newVsChurned}
          rowKey={(r) => r.month}
          onRowClick={onDrill ? (r) => drill('new', r.month) : undefined}
          columns={[
            {
              id: 'month',
              header: t('reports.month'),
              cell: (r) => r.month,
              total: t('reports.total'),
            },
            {
              id: 'new',
              header: t('reports.customers.new'),
              align: 'right',
              cell: (r) => r.newCount,
              total: report.newCount,
            },
            {
              id: 'churned',
              header: t('reports.customers.churned'),
              align: 'right',
              cell: (r) => r.churnedCount,
              total: report.churnedCount,
            },
          ]}
        />
      </ReportSection>
      <TopCustomersSection report={report} onDrill={onDrill} print={print} />
      <ActivitySection range={range} onDrill={onDrill} print={print} />
    </Stack>
  )
}
