import { Stack } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ServiceReport as Report } from '../../../../../shared/api/aftersales'
import { Chart } from '../../../components/chart/Chart'
import type { EChartsCoreOption } from '../../../components/chart/echarts'
import { useServiceReport } from '../../../data/aftersales'
import { hoursText, kindLabel, scoreText } from '../../aftersales'
import { ChartPair } from '../campaigns/ChartPair'
import { KpiCard } from '../../../components/KpiCard'
import { KpiGrid } from '../../../components/KpiGrid'
import { ReportSection } from '../components/ReportSection'
import { ReportState } from '../components/ReportState'
import { ReportTable } from '../components/ReportTable'
import type { ReportViewProps } from '../components/ReportViewProps'
import {
  complaintsOption,
  openByAgeOption,
  satisfactionMonthOption,
  satisfactionOwnerOption,
} from './serviceCharts'

type Month = { month: string; complaints: number; average: number | null; scores: number }

/**
 * 售后服务: open tickets by age, tickets by kind, complaints and satisfaction per month,
 * satisfaction per owner, first-response and resolution hours, return visits due; each
 * chart with its table under it, on screen and on A4.
 */
export function ServiceReport({ range, print }: ReportViewProps) {
  const { t } = useTranslation()
  const query = useServiceReport(range)
  const report = query.data
  const options = useMemo(
    () =>
      report && {
        age: openByAgeOption(report, t),
        complaints: complaintsOption(report, t),
        month: satisfactionMonthOption(report, t),
        owner: satisfactionOwnerOption(report, t),
      },
    [report, t],
  )
  if (!report || !options) return <ReportState error={query.error} />
  const months: Month[] = report.complaintsByMonth.map((m, i) => ({
    month: m.month,
    complaints: m.count,
    average: report.satisfactionByMonth[i]?.average ?? null,
    scores: report.satisfactionByMonth[i]?.count ?? 0,
  }))
  const chart = (option: EChartsCoreOption, label: string, testId: string, height = 240) => (
    <div className="kp-block">
      <Chart
        option={option}
        height={print ? 200 : height}
        print={print}
        label={label}
        testId={testId}
      />
    </div>
  )
  const created = report.byKind.reduce((n, k) => n + k.count, 0)
  const closed = report.byKind.reduce((n, k) => n + k.closed, 0)
  const scores = report.satisfactionByMonth.reduce((n, m) => n + m.count, 0)
  return (
    <Stack gap="md" data-testid="service-report" data-average={report.satisfactionAverage ?? ''}>
      <KpiGrid print={print}>
        <KpiCard
          print={print}
          testId="kpi-service-open"
          label={t('service.report.open')}
          value={String(report.openCount)}
          detail={t('service.report.openComplaints', {
            count: report.openByAge.reduce((n, b) => n + b.complaints, 0),
          })}
          to={print ? undefined : '/service'}
        />
        <KpiCard
          print={print}
          testId="kpi-service-satisfaction"
          label={t('service.report.satisfaction')}
          value={scoreText(report.satisfactionAverage)}
          color="teal"
          detail={t('service.report.scores', { count: scores })}
        />
        <KpiCard
          print={print}
          testId="kpi-service-response"
          label={t('service.report.firstResponse')}
          value={hoursText(t, report.firstResponseHours)}
          detail={t('service.report.resolution', { value: hoursText(t, report.resolutionHours) })}
        />
        <KpiCard
          print={print}
          testId="kpi-service-visits"
          label={t('service.report.visits')}
          value={`${report.returnVisits.done} / ${report.returnVisits.due}`}
          detail={t('service.report.visitsOpen', { count: report.returnVisits.open })}
          to={print ? undefined : '/service?view=visits'}
        />
      </KpiGrid>
      <ChartPair print={print}>
        <ReportSection
          print={print}
          testId="service-age-section"
          title={t('service.report.ageTitle')}
          hint={t('service.report.ageHint', { date: report.asOf })}
        >
          {chart(options.age, t('service.report.ageTitle'), 'service-age-chart')}
          <ReportTable<Report['openByAge'][number]>
            testId="service-age-table"
            rows={report.openByAge}
            rowKey={(b) => b.bucket}
            columns={[
              {
                id: 'bucket',
                header: t('service.report.openFor'),
                cell: (b) => t(`service.report.age.${b.bucket}`),
                total: t('reports.total'),
              },
              {
                id: 'count',
                header: t('service.report.tickets'),
                align: 'right',
                cell: (b) => b.count,
                total: report.openCount,
              },
              {
                id: 'complaints',
                header: t('service.report.complaints'),
                align: 'right',
                cell: (b) => b.complaints,
                total: report.openByAge.reduce((n, b) => n + b.complaints, 0),
              },
            ]}
          />
        </ReportSection>
        <ReportSection
          print={print}
          testId="service-kind-section"
          title={t('service.report.kindTitle')}
          hint={t('service.report.kindHint')}
        >
          <ReportTable<Report['byKind'][number]>
            testId="service-kind-table"
            rows={report.byKind}
            rowKey={(k) => k.kind}
            columns={[
              {
                id: 'kind',
                header: t('service.fields.kind'),
                cell: (k) => kindLabel(t, k.kind),
                total: t('reports.total'),
              },
              {
                id: 'count',
                header: t('service.report.created'),
                align: 'right',
                cell: (k) => k.count,
                total: created,
              },
              {
                id: 'closed',
                header: t('service.report.closed'),
                align: 'right',
                cell: (k) => k.closed,
                total: closed,
              },
            ]}
          />
          <ReportTable<{ id: string; label: string; value: string }>
            testId="service-time-table"
            rows={[
              {
                id: 'first',
                label: t('service.report.firstResponse'),
                value: hoursText(t, report.firstResponseHours),
              },
              {
                id: 'resolution',
                label: t('service.report.resolutionTitle'),
                value: hoursText(t, report.resolutionHours),
              },
            ]}
            rowKey={(r) => r.id}
            columns={[
              { id: 'label', header: t('service.report.timeMeasure'), cell: (r) => r.label },
              {
                id: 'value',
                header: t('service.report.average'),
                align: 'right',
                cell: (r) => r.value,
              },
            ]}
          />
        </ReportSection>
      </ChartPair>
      <ChartPair print={print}>
        <ReportSection
          print={print}
          testId="service-complaints-section"
          title={t('service.report.complaintsTitle')}
          hint={t('service.report.complaintsHint')}
        >
          {chart(
            options.complaints,
            t('service.report.complaintsTitle'),
            'service-complaints-chart',
          )}
        </ReportSection>
        <ReportSection
          print={print}
          testId="service-month-section"
          title={t('service.report.monthTitle')}
          hint={t('service.report.monthHint')}
        >
          {chart(options.month, t('service.report.monthTitle'), 'service-month-chart')}
        </ReportSection>
      </ChartPair>
      <ReportSection
        print={print}
        testId="service-months-table-section"
        title={t('service.report.byMonth')}
      >
        <ReportTable<Month>
          testId="service-month-table"
          rows={months}
          rowKey={(m) => m.month}
          columns={[
            {
              id: 'month',
              header: t('service.report.month'),
              cell: (m) => m.month,
              total: t('reports.total'),
            },
            {
              id: 'complaints',
              header: t('service.report.complaints'),
              align: 'right',
              cell: (m) => m.complaints,
              total: months.reduce((n, m) => n + m.complaints, 0),
            },
            {
              id: 'average',
              header: t('service.report.averageScore'),
              align: 'right',
              cell: (m) => scoreText(m.average),
              total: scoreText(report.satisfactionAverage),
            },
            {
              id: 'scores',
              header: t('service.report.scoreCount'),
              align: 'right',
              cell: (m) => m.scores,
              total: scores,
            },
          ]}
        />
      </ReportSection>
      <ReportSection
        print={print}
        testId="service-owner-section"
        title={t('service.report.ownerTitle')}
        hint={t('service.report.monthHint')}
      >
        {report.satisfactionByOwner.length > 0 &&
          chart(
            options.owner,
            t('service.report.ownerTitle'),
            'service-owner-chart',
            Math.max(120, 40 * report.satisfactionByOwner.length + 40),
          )}
        <ReportTable<Report['satisfactionByOwner'][number]>
          testId="service-owner-table"
          rows={report.satisfactionByOwner}
          rowKey={(o) => String(o.ownerId ?? 'none')}
          columns={[
            {
              id: 'owner',
              header: t('service.fields.owner'),
              cell: (o) => (o.ownerId === null ? t('service.unassigned') : o.ownerName),
              total: t('reports.total'),
            },
            {
              id: 'average',
              header: t('service.report.averageScore'),
              align: 'right',
              cell: (o) => scoreText(o.average),
              total: scoreText(report.satisfactionAverage),
            },
            {
              id: 'count',
              header: t('service.report.scoreCount'),
              align: 'right',
              cell: (o) => o.count,
              total: scores,
            },
          ]}
        />
      </ReportSection>
    </Stack>
  )
}
