import { SimpleGrid } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReceivablesReport, TopOverdueCustomer } from '../../../../../shared/api'
import { Chart } from '../../../components/chart/Chart'
import { ReportSection } from '../components/ReportSection'
import { ReportTable } from '../components/ReportTable'
import type { ReportViewProps } from '../components/ReportViewProps'
import { useMoney } from '../../../lib/useMoney'
import { forecastOption } from './receivablesCharts'

export interface ForecastSectionProps extends Pick<ReportViewProps, 'onDrill' | 'print'> {
  report: ReceivablesReport
}

/** 回款预测 for the next six months beside 逾期客户 (the ten most overdue). */
export function ForecastSection({ report, onDrill, print }: ForecastSectionProps) {
  const { t, i18n } = useTranslation()
  const m = useMoney()
  const { forecast } = report
  const option = useMemo(
    () => forecastOption(forecast.overdueCents, forecast.months, t, i18n.language, m.exact),
    [forecast, t, i18n.language, m.exact],
  )
  const forecastRows = [
    {
      month: 'overdue',
      label: t('reports.receivables.overdue'),
      dueCents: forecast.overdueCents,
      instalments: null as number | null,
    },
    ...forecast.months.map((f) => ({
      month: f.month,
      label: f.month,
      dueCents: f.dueCents,
      instalments: f.instalments,
    })),
  ]
  const forecastTotal = forecastRows.reduce((s, r) => s + r.dueCents, 0)
  const top = (
    <ReportSection
      print={print}
      testId="overdue-section"
      title={t('reports.receivables.topOverdue')}
      hint={t('reports.receivables.topOverdueHint', { asOf: report.asOf })}
    >
      <ReportTable<TopOverdueCustomer>
        testId="overdue-table"
        rows={report.topOverdue}
        rowKey={(r) => String(r.customerId)}
        onRowClick={
          onDrill
            ? (r) => onDrill({ dimension: 'overdue', customerId: r.customerId }, r.customerName)
            : undefined
        }
        columns={[
          { id: 'customer', header: t('reports.aging.customer'), cell: (r) => r.customerName },
          {
            id: 'overdue',
            header: t('reports.receivables.overdue'),
            align: 'right',
            cell: (r) => m.money(r.overdueCents),
          },
          {
            id: 'days',
            header: t('reports.receivables.maxDays'),
            align: 'right',
            cell: (r) => t('reports.days', { count: r.maxDaysOverdue }),
          },
        ]}
      />
    </ReportSection>
  )
  const chart = (
    <ReportSection
      print={print}
      testId="forecast-section"
      title={t('reports.receivables.forecast')}
      hint={t('reports.receivables.forecastHint')}
    >
      <div className="kp-block">
        <Chart
          option={option}
          height={220}
          print={print}
          label={t('reports.receivables.forecast')}
          testId="forecast-chart"
          onSelect={
            onDrill
              ? (e) => {
                  const row = forecastRows[e.dataIndex]
                  if (row) onDrill({ dimension: 'forecast', key: row.month }, row.label)
                }
              : undefined
          }
        />
      </div>
      <ReportTable
        testId="forecast-table"
        rows={forecastRows}
        rowKey={(r) => r.month}
        onRowClick={
          onDrill ? (r) => onDrill({ dimension: 'forecast', key: r.month }, r.label) : undefined
        }
        columns={[
          {
            id: 'month',
            header: t('reports.month'),
            cell: (r) => r.label,
            total: t('reports.total'),
          },
          {
            id: 'due',
            header: t('reports.receivables.forecastDue'),
            align: 'right',
            cell: (r) => m.money(r.dueCents),
            total: m.exact(forecastTotal),
          },
          {
            id: 'count',
            header: t('reports.receivables.instalments'),
            align: 'right',
            cell: (r) => r.instalments ?? '—',
          },
        ]}
      />
    </ReportSection>
  )
  if (print)
    return (
      <>
        {chart}
        {top}
      </>
    )
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      {chart}
      {top}
    </SimpleGrid>
  )
}
