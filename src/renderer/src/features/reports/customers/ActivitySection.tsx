import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActivityReport, ActivityWeekRow } from '../../../../../shared/api'
import { Chart } from '../../../components/chart/Chart'
import { ReportSection } from '../components/ReportSection'
import { ReportTable, type ReportColumn } from '../components/ReportTable'
import { ReportState } from '../components/ReportState'
import type { ReportViewProps } from '../components/ReportViewProps'
import { useActivityReport } from '../../../data/reports'

export type ActivitySectionProps = Pick<ReportViewProps, 'range' | 'onDrill' | 'print'>

/** 跟进活动 (reports.activity, its own query): once loaded, the chart and the table. */
export function ActivitySection({ range, onDrill, print }: ActivitySectionProps) {
  const query = useActivityReport(range)
  if (!query.data) return <ReportState error={query.error} />
  return <ActivityView report={query.data} onDrill={onDrill} print={print} />
}

interface ActivityViewProps extends Pick<ReportViewProps, 'onDrill' | 'print'> {
  report: ActivityReport
}

/** 跟进活动: follow-ups per week, stacked by the customer's owner; a column per owner below. */
function ActivityView({ report, onDrill, print }: ActivityViewProps) {
  const { t } = useTranslation()
  const { owners, weeks, total } = report
  const ownerName = (o: { ownerId: number | null; name: string }) =>
    o.ownerId === null ? t('reports.sales.none.owner') : o.name
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: weeks.map((w) => w.week.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: owners.map((o, i) => ({
        name: ownerName(o),
        type: 'bar',
        stack: 'activity',
        barMaxWidth: 28,
        data: weeks.map((w) => w.counts[i] ?? 0),
      })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ownerName only reads t
    [owners, weeks, t],
  )
  const ownerKey = (ownerId: number | null) => (ownerId === null ? 'none' : String(ownerId))
  const columns: ReportColumn<ActivityWeekRow>[] = [
    {
      id: 'week',
      header: t('reports.customers.week'),
      cell: (w) => w.week,
      total: t('reports.total'),
    },
    ...owners.map((o, i) => ({
      id: ownerKey(o.ownerId),
      header: ownerName(o),
      align: 'right' as const,
      cell: (w: ActivityWeekRow) => w.counts[i] ?? 0,
      total: o.total,
    })),
    { id: 'total', header: t('reports.total'), align: 'right', cell: (w) => w.total, total },
  ]
  return (
    <ReportSection
      print={print}
      testId="activity-section"
      title={t('reports.customers.activity')}
      hint={t('reports.customers.activityHint')}
    >
      {weeks.length > 0 && (
        <div className="kp-block">
          <Chart
            option={option}
            height={print ? 200 : 240}
            print={print}
            label={t('reports.customers.activity')}
            testId="activity-chart"
            onSelect={
              onDrill
                ? (e) => {
                    const owner = owners[e.seriesIndex]
                    const week = weeks[e.dataIndex]
                    if (owner && week)
                      onDrill(
                        { dimension: 'activity', key: ownerKey(owner.ownerId), week: week.week },
                        `${ownerName(owner)} · ${week.week}`,
                      )
                  }
                : undefined
            }
          />
        </div>
      )}
      <ReportTable
        testId="activity-table"
        rows={weeks}
        rowKey={(w) => w.week}
        onRowClick={
          onDrill ? (w) => onDrill({ dimension: 'activity', week: w.week }, w.week) : undefined
        }
        columns={columns}
      />
    </ReportSection>
  )
}
