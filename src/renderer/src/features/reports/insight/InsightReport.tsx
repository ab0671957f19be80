import { Anchor, Stack, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CustomerInsight, InsightSummary } from '../../../../../shared/api'
import { Chart } from '../../../components/chart/Chart'
import { RiskReasons } from '../../insight'
import { SegmentBadge } from '../../insight'
import { useInsightList, useInsightSummary } from '../../../data/insight'
import { KpiCard } from '../../../components/KpiCard'
import { KpiGrid } from '../../../components/KpiGrid'
import { ReportSection } from '../components/ReportSection'
import { ReportState } from '../components/ReportState'
import { ReportTable } from '../components/ReportTable'
import type { ReportViewProps } from '../components/ReportViewProps'
import { formatRate, useMoney } from '../../../lib/useMoney'
import { segmentOption } from './insightCharts'

const TOP = 20

type Segment = InsightSummary['segments'][number]

/**
 * 客户价值: RFM segments, churn risk by reason, the customers with the most revenue at stake
 * and the breakpoints the scores were cut at — as of today (insight is not a range report;
 * the owner filter applies). Every row opens the customers behind it.
 */
export function InsightReport({ range, print }: ReportViewProps) {
  const { t } = useTranslation()
  const m = useMoney()
  const summaryQuery = useInsightSummary(range.ownerId)
  const top = useInsightList({
    filter: { atRisk: true, ...(range.ownerId !== null ? { ownerId: range.ownerId } : {}) },
    pageSize: TOP,
  })
  const summary = summaryQuery.data
  const option = useMemo(() => summary && segmentOption(summary, t), [summary, t])
  if (!summary || !option || !top.data)
    return <ReportState error={summaryQuery.error ?? top.error} />
  const owner = range.ownerId !== null ? `&owner=${range.ownerId}` : ''
  const revenue = summary.segments.reduce((s, x) => s + x.revenueCents, 0)
  const link = (to: string, text: string) =>
    print ? (
      text
    ) : (
      <Anchor component={Link} to={to} size="sm">
        {text}
      </Anchor>
    )
  return (
    <Stack gap="md" data-testid="insight-report" data-at-risk={summary.atRisk.count}>
      <Text size="sm" c="dimmed">
        {t('insight.asOf', { date: summary.asOf })}
      </Text>
      <KpiGrid print={print}>
        <KpiCard
          print={print}
          testId="kpi-insight-customers"
          label={t('insight.report.customers')}
          value={String(summary.customers)}
          to={print ? undefined : `/insight?risk=0${owner}`}
        />
        <KpiCard
          print={print}
          testId="kpi-insight-buyers"
          label={t('insight.report.buyers')}
          value={String(summary.buyers)}
        />
        <KpiCard
          print={print}
          testId="kpi-insight-at-risk"
          label={t('insight.report.atRisk')}
          value={String(summary.atRisk.count)}
          color={summary.atRisk.count > 0 ? 'orange' : undefined}
          to={print ? undefined : `/insight?risk=1${owner}`}
        />
        <KpiCard
          print={print}
          testId="kpi-insight-at-stake"
          label={t('insight.report.atStake')}
          value={m.money(summary.atRisk.atStakeCents)}
          exact={m.exact(summary.atRisk.atStakeCents)}
          to={print ? undefined : `/insight?risk=1${owner}`}
        />
      </KpiGrid>
      <ReportSection
        print={print}
        testId="segments-section"
        title={t('insight.report.segments')}
        hint={t('insight.report.segmentsHint', { date: summary.asOf })}
      >
        <div className="kp-block">
          <Chart
            option={option}
            height={print ? 220 : 280}
            print={print}
            label={t('insight.report.segments')}
            testId="segments-chart"
          />
        </div>
        <ReportTable<Segment>
          testId="segments-table"
          rows={summary.segments}
          rowKey={(s) => s.segment}
          columns={[
            {
              id: 'segment',
              header: t('insight.column.segment'),
              cell: (s) =>
                print ? (
                  t(`insight.segment.${s.segment}`)
                ) : (
                  <Link to={`/insight?risk=0&segment=${s.segment}${owner}`}>
                    <SegmentBadge segment={s.segment} size="xs" />
                  </Link>
                ),
              total: t('reports.total'),
            },
            {
              id: 'hint',
              header: '',
              cell: (s) => (
                <Text size="xs" c="dimmed">
                  {t(`insight.segmentHint.${s.segment}`)}
                </Text>
              ),
            },
            {
              id: 'count',
              header: t('insight.report.count'),
              align: 'right',
              cell: (s) => s.count,
              total: summary.customers,
            },
            {
              id: 'share',
              header: t('insight.report.share'),
              align: 'right',
              cell: (s) => formatRate(summary.customers ? s.count / summary.customers : null),
            },
            {
              id: 'revenue',
              header: t('insight.report.revenue'),
              align: 'right',
              cell: (s) => m.exact(s.revenueCents),
              total: m.exact(revenue),
            },
            {
              id: 'atStake',
              header: t('insight.column.atStake'),
              align: 'right',
              cell: (s) => m.exact(s.atStakeCents),
              total: m.exact(summary.atRisk.atStakeCents),
            },
          ]}
        />
      </ReportSection>
      <ReportSection
        print={print}
        testId="risk-reasons-section"
        title={t('insight.report.byReason')}
        hint={t('insight.report.byReasonHint')}
      >
        <ReportTable<InsightSummary['atRisk']['byReason'][number]>
          testId="risk-reasons-table"
          rows={summary.atRisk.byReason}
          rowKey={(r) => r.kind}
          columns={[
            {
              id: 'kind',
              header: t('insight.column.reasons'),
              cell: (r) => t(`insight.reasonKind.${r.kind}`),
            },
            {
              id: 'count',
              header: t('insight.report.count'),
              align: 'right',
              cell: (r) => r.count,
            },
          ]}
        />
      </ReportSection>
      <ReportSection
        print={print}
        testId="top-at-risk-section"
        title={t('insight.report.top')}
        hint={t('insight.report.topHint')}
      >
        <ReportTable<CustomerInsight>
          testId="top-at-risk-table"
          rows={top.data.rows}
          rowKey={(r) => String(r.customerId)}
          columns={[
            {
              id: 'customer',
              header: t('insight.column.customer'),
              cell: (r) => link(`/customers/${r.customerId}`, r.customerName),
            },
            { id: 'owner', header: t('insight.column.owner'), cell: (r) => r.ownerName ?? '—' },
            {
              id: 'reasons',
              header: t('insight.column.reasons'),
              cell: (r) => <RiskReasons reasons={r.reasons} size="xs" />,
            },
            {
              id: 'lifetime',
              header: t('insight.column.lifetime'),
              align: 'right',
              cell: (r) => m.exact(r.lifetimeRevenueCents),
            },
            {
              id: 'atStake',
              header: t('insight.column.atStake'),
              align: 'right',
              cell: (r) => m.exact(r.atStakeCents),
            },
          ]}
        />
      </ReportSection>
      <ReportSection
        print={print}
        testId="breakpoints-section"
        title={t('insight.report.breakpoints')}
        hint={t('insight.report.breakpointsHint')}
      >
        <ReportTable<{ id: string; label: string; values: string[] }>
          testId="breakpoints-table"
          rowKey={(r) => r.id}
          rows={[
            {
              id: 'r',
              label: `R · ${t('insight.report.recency')}`,
              values: summary.breakpoints.recencyDays.map(String),
            },
            {
              id: 'f',
              label: `F · ${t('insight.report.frequency')}`,
              values: summary.breakpoints.frequency.map(String),
            },
            {
              id: 'm',
              label: `M · ${t('insight.report.monetary')}`,
              values: summary.breakpoints.monetaryCents.map((c) => m.exact(c)),
            },
          ]}
          columns={[
            { id: 'label', header: '', cell: (r) => r.label },
            ...[20, 40, 60, 80].map((p, i) => ({
              id: `p${p}`,
              header: `${p}%`,
              align: 'right' as const,
              cell: (r: { values: string[] }) => r.values[i] ?? '—',
            })),
          ]}
        />
      </ReportSection>
    </Stack>
  )
}
