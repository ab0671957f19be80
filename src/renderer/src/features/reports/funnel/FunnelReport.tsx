import { SimpleGrid, Stack } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { FunnelStage, LostReasonFigure } from '../../../../../shared/api'
import { Chart } from '../../../components/chart/Chart'
import { KpiCard } from '../../../components/KpiCard'
import { KpiGrid } from '../../../components/KpiGrid'
import { ReportSection } from '../components/ReportSection'
import { ReportState } from '../components/ReportState'
import { ReportTable } from '../components/ReportTable'
import type { ReportViewProps } from '../components/ReportViewProps'
import { useFunnelReport } from '../../../data/reports'
import { formatRate, useMoney } from '../../../lib/useMoney'
import { funnelOptions } from './funnelCharts'

/** 销售漏斗分析: how far the deals created in the range got, win rate, lost reasons, cycle. */
export function FunnelReport({ range, onDrill, print }: ReportViewProps) {
  const { t } = useTranslation()
  const m = useMoney()
  const query = useFunnelReport(range)
  const report = query.data
  const options = useMemo(() => (report ? funnelOptions(report, t) : null), [report, t])
  if (!report || !options) return <ReportState error={query.error} />
  const stageName = (s: FunnelStage) => s.name
  const funnelSection = (
    <ReportSection
      print={print}
      testId="funnel-section"
      title={t('reports.funnel.stages')}
      hint={t('reports.funnel.stagesHint')}
    >
      <div className="kp-block">
        <Chart
          option={options.funnel}
          height={print ? 220 : 280}
          print={print}
          label={t('reports.funnel.stages')}
          testId="funnel-chart"
          onSelect={
            onDrill
              ? (e) => {
                  const s = report.stages[e.dataIndex]
                  if (s) onDrill({ dimension: 'stage', key: String(s.stageId) }, s.name)
                }
              : undefined
          }
        />
      </div>
      <ReportTable<FunnelStage>
        testId="funnel-table"
        rows={report.stages}
        rowKey={(s) => String(s.stageId)}
        onRowClick={
          onDrill
            ? (s) => onDrill({ dimension: 'stage', key: String(s.stageId) }, s.name)
            : undefined
        }
        columns={[
          {
            id: 'stage',
            header: t('reports.funnel.stage'),
            cell: (s) => <span style={{ whiteSpace: 'nowrap' }}>{stageName(s)}</span>,
          },
          {
            id: 'count',
            header: t('reports.funnel.reached'),
            align: 'right',
            cell: (s) => s.count,
          },
          {
            id: 'amount',
            header: t('reports.funnel.amount'),
            align: 'right',
            cell: (s) => m.money(s.amountCents),
          },
          {
            id: 'conversion',
            header: t('reports.funnel.conversion'),
            align: 'right',
            cell: (s) => formatRate(s.conversion),
          },
          {
            id: 'open',
            header: t('reports.funnel.openNow'),
            align: 'right',
            cell: (s) => (s.kind === 'won' ? '—' : s.openCount),
          },
          {
            id: 'days',
            header: t('reports.funnel.averageDays'),
            align: 'right',
            cell: (s) =>
              s.averageDays === null
                ? '—'
                : t('reports.daysDecimal', { days: s.averageDays.toFixed(1) }),
          },
        ]}
      />
    </ReportSection>
  )
  const lostTotal = report.lostReasons.reduce((sum, r) => sum + r.amountCents, 0)
  const lostSection = (
    <ReportSection
      print={print}
      testId="lost-section"
      title={t('reports.funnel.lostReasons')}
      hint={t('reports.funnel.closedHint')}
    >
      {report.lostReasons.length > 0 && (
        <div className="kp-block">
          <Chart
            option={options.lost}
            height={200}
            print={print}
            label={t('reports.funnel.lostReasons')}
            testId="lost-chart"
            onSelect={
              onDrill
                ? (e) => {
                    const r = report.lostReasons[e.dataIndex]
                    if (r) onDrill({ dimension: 'lostReason', key: r.reason }, r.reason)
                  }
                : undefined
            }
          />
        </div>
      )}
      <ReportTable<LostReasonFigure>
        testId="lost-table"
        rows={report.lostReasons}
        rowKey={(r) => r.reason}
        onRowClick={
          onDrill
            ? (r) =>
                onDrill(
                  { dimension: 'lostReason', key: r.reason },
                  r.reason || t('reports.funnel.noReason'),
                )
            : undefined
        }
        columns={[
          {
            id: 'reason',
            header: t('reports.funnel.reason'),
            cell: (r) => r.reason || t('reports.funnel.noReason'),
            total: t('reports.total'),
          },
          {
            id: 'count',
            header: t('reports.funnel.deals'),
            align: 'right',
            cell: (r) => r.count,
            total: report.lost.count,
          },
          {
            id: 'amount',
            header: t('reports.funnel.amount'),
            align: 'right',
            cell: (r) => m.money(r.amountCents),
            total: m.exact(lostTotal),
          },
        ]}
      />
    </ReportSection>
  )
  return (
    <Stack gap="md" data-testid="funnel-report" data-created={report.created.count}>
      <KpiGrid print={print}>
        <KpiCard
          print={print}
          testId="kpi-created"
          label={t('reports.funnel.created')}
          value={String(report.created.count)}
          detail={m.money(report.created.amountCents)}
          onClick={
            onDrill
              ? () => onDrill({ dimension: 'created' }, t('reports.funnel.created'))
              : undefined
          }
        />
        <KpiCard
          print={print}
          testId="kpi-won"
          label={t('reports.funnel.won')}
          value={String(report.won.count)}
          color="teal"
          detail={m.money(report.won.amountCents)}
          onClick={
            onDrill ? () => onDrill({ dimension: 'won' }, t('reports.funnel.won')) : undefined
          }
        />
        <KpiCard
          print={print}
          testId="kpi-lost"
          label={t('reports.funnel.lost')}
          value={String(report.lost.count)}
          detail={m.money(report.lost.amountCents)}
          onClick={
            onDrill ? () => onDrill({ dimension: 'lost' }, t('reports.funnel.lost')) : undefined
          }
        />
        <KpiCard
          print={print}
          testId="kpi-win-rate"
          label={t('reports.funnel.winRate')}
          value={formatRate(report.winRate)}
          detail={
            report.averageCycleDays === null
              ? t('reports.funnel.noCycle')
              : t('reports.funnel.cycle', { days: report.averageCycleDays.toFixed(1) })
          }
        />
      </KpiGrid>
      {print ? (
        <>
          {funnelSection}
          {lostSection}
        </>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {funnelSection}
          {lostSection}
        </SimpleGrid>
      )}
    </Stack>
  )
}
