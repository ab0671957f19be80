import { Stack } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReceivablesMonth } from '../../../../../shared/api'
import { Chart } from '../../../components/chart/Chart'
import { KpiCard } from '../../../components/KpiCard'
import { KpiGrid } from '../../../components/KpiGrid'
import { ReportSection } from '../components/ReportSection'
import { ReportState } from '../components/ReportState'
import { ReportTable } from '../components/ReportTable'
import type { ReportViewProps } from '../components/ReportViewProps'
import { useReceivablesReport } from '../../../data/reports'
import { formatRate, useMoney } from '../../../lib/useMoney'
import { AgingSection } from './AgingSection'
import { ForecastSection } from './ForecastSection'
import { monthlyOption } from './receivablesCharts'

/** 应收报表: due, collected and received per month; aging; the forecast; the most overdue. */
export function ReceivablesReport({ range, onDrill, print }: ReportViewProps) {
  const { t, i18n } = useTranslation()
  const m = useMoney()
  const query = useReceivablesReport(range)
  const report = query.data
  const option = useMemo(
    () => (report ? monthlyOption(report.months, t, i18n.language, m.exact) : null),
    [report, t, i18n.language, m.exact],
  )
  if (!report || !option) return <ReportState error={query.error} />
  const drill = onDrill
  return (
    <Stack
      gap="md"
      data-testid="receivables-report"
      data-due={report.dueCents}
      data-received={report.receivedCents}
    >
      <KpiGrid print={print}>
        <KpiCard
          print={print}
          testId="kpi-due"
          label={t('reports.receivables.due')}
          value={m.money(report.dueCents)}
          exact={m.exact(report.dueCents)}
          onClick={
            drill ? () => drill({ dimension: 'due' }, t('reports.receivables.due')) : undefined
          }
        />
        <KpiCard
          print={print}
          testId="kpi-rate"
          label={t('reports.receivables.collectionRate')}
          value={formatRate(report.collectionRate)}
          detail={t('reports.receivables.collectedOf', { amount: m.money(report.collectedCents) })}
        />
        <KpiCard
          print={print}
          testId="kpi-received"
          label={t('reports.receivables.received')}
          value={m.money(report.receivedCents)}
          exact={m.exact(report.receivedCents)}
          onClick={
            drill
              ? () => drill({ dimension: 'received' }, t('reports.receivables.received'))
              : undefined
          }
        />
        <KpiCard
          print={print}
          testId="kpi-overdue"
          label={t('reports.receivables.overdueNow')}
          value={m.money(report.forecast.overdueCents)}
          color="red"
          exact={m.exact(report.forecast.overdueCents)}
          onClick={
            drill
              ? () => drill({ dimension: 'overdue' }, t('reports.receivables.overdueNow'))
              : undefined
          }
        />
      </KpiGrid>
      <ReportSection
        print={print}
        testId="monthly-section"
        title={t('reports.receivables.monthly')}
        hint={t('reports.receivables.monthlyHint')}
      >
        <div className="kp-block">
          <Chart
            option={option}
            height={print ? 240 : 300}
            print={print}
            label={t('reports.receivables.monthly')}
            testId="receivables-chart"
            onSelect={
              drill
                ? (e) => {
                    const month = report.months[e.dataIndex]
                    if (month)
                      drill(
                        { dimension: e.seriesIndex === 1 ? 'received' : 'due', key: month.month },
                        month.month,
                      )
                  }
                : undefined
            }
          />
        </div>
        <ReportTable<ReceivablesMonth>
          testId="receivables-table"
          rows={report.months}
          rowKey={(r) => r.month}
          onRowClick={drill ? (r) => drill({ dimension: 'due', key: r.month }, r.month) : undefined}
          columns={[
            {
              id: 'month',
              header: t('reports.month'),
              cell: (r) => r.month,
              total: t('reports.total'),
            },
            {
              id: 'due',
              header: t('reports.receivables.due'),
              align: 'right',
              cell: (r) => m.money(r.dueCents),
              total: m.exact(report.dueCents),
            },
            {
              id: 'collected',
              header: t('reports.receivables.collected'),
              align: 'right',
              cell: (r) => m.money(r.collectedCents),
              total: m.exact(report.collectedCents),
            },
            {
              id: 'rate',
              header: t('reports.receivables.collectionRate'),
              align: 'right',
              cell: (r) => formatRate(r.collectionRate),
              total: formatRate(report.collectionRate),
            },
            {
              id: 'received',
              header: t('reports.receivables.received'),
              align: 'right',
              cell: (r) => m.money(r.receivedCents),
              total: m.exact(report.receivedCents),
            },
          ]}
        />
      </ReportSection>
      <AgingSection report={report} onDrill={onDrill} print={print} />
      <ForecastSection report={report} onDrill={onDrill} print={print} />
    </Stack>
  )
}
