import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { AGING_BUCKETS, type AgingRow, type ReceivablesReport } from '../../../../../shared/api'
import { Chart } from '../../../components/chart/Chart'
import { ReportSection } from '../components/ReportSection'
import { ReportTable, type ReportColumn } from '../components/ReportTable'
import type { ReportViewProps } from '../components/ReportViewProps'
import { useMoney } from '../../../lib/useMoney'
import { agingBarOption } from './receivablesCharts'

export interface AgingSectionProps extends Pick<ReportViewProps, 'onDrill' | 'print'> {
  report: ReceivablesReport
}

type Row =
  AgingRow | (ReceivablesReport['aging']['others'] & { customerId: 0; customerName: string })

/** 账龄: the bar of the five buckets, then the customers owing most, the rest, and the total. */
export function AgingSection({ report, onDrill, print }: AgingSectionProps) {
  const { t } = useTranslation()
  const m = useMoney()
  const { aging } = report
  const option = useMemo(
    () => agingBarOption(aging.total, t, m.exact, 'wide'),
    [aging.total, t, m.exact],
  )
  const rows: Row[] = [...aging.rows]
  if (aging.others.customers > 0)
    rows.push({
      ...aging.others,
      customerId: 0,
      customerName: t('reports.aging.others', { count: aging.others.customers }),
    })
  const columns: ReportColumn<Row>[] = [
    {
      id: 'customer',
      header: t('reports.aging.customer'),
      cell: (r) => r.customerName,
      total: t('reports.total'),
    },
    ...AGING_BUCKETS.map((bucket) => ({
      id: bucket,
      header: t(`reports.aging.${bucket}`),
      align: 'right' as const,
      cell: (r: Row) => (r[`${bucket}Cents`] === 0 ? '—' : m.money(r[`${bucket}Cents`])),
      total: m.exact(aging.total[`${bucket}Cents`]),
    })),
    {
      id: 'total',
      header: t('reports.aging.total'),
      align: 'right',
      cell: (r) => m.money(r.totalCents),
      total: m.exact(aging.total.totalCents),
    },
  ]
  return (
    <ReportSection
      print={print}
      testId="aging-section"
      title={t('reports.aging.title', { asOf: report.asOf })}
      hint={t('reports.aging.hint', { count: aging.customers })}
    >
      <div className="kp-block">
        <Chart
          option={option}
          height={64}
          print={print}
          label={t('reports.aging.title', { asOf: report.asOf })}
          testId="aging-chart"
          onSelect={
            onDrill
              ? (e) =>
                  onDrill(
                    { dimension: 'aging', key: AGING_BUCKETS[e.seriesIndex] },
                    t(`reports.aging.${AGING_BUCKETS[e.seriesIndex]!}`),
                  )
              : undefined
          }
        />
      </div>
      <ReportTable
        testId="aging-table"
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.customerId)}
        onRowClick={
          onDrill
            ? (r) =>
                onDrill(
                  r.customerId === 0
                    ? { dimension: 'aging' }
                    : { dimension: 'aging', customerId: r.customerId },
                  r.customerName,
                )
            : undefined
        }
      />
    </ReportSection>
  )
}
