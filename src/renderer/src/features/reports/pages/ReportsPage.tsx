import { Stack, Tabs, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Navigate, useLocation, useNavigate, useParams } from 'react-router'
import { preloadCharts } from '../../../components/chart/Chart'
import { DrillDrawer } from '../components/DrillDrawer'
import { ReportToolbar } from '../components/ReportToolbar'
import { ReportView } from '../components/ReportView'
import { useReportParams } from '../hooks/useReportParams'
import { REPORT_KINDS, type Drill, type ReportKind } from '../reportParams'
import { TargetsGrid } from '../targets/TargetsGrid'
import { RECORD_REPORTS, type RecordReport } from '../../../../../shared/api'

function isRecordReport(kind: string): kind is RecordReport {
  return (RECORD_REPORTS as readonly string[]).includes(kind)
}

export type ReportsPageProps = Record<string, never>

/** The drawer's title when it was opened by a link (the dashboard, Back) rather than a click. */
function fallbackTitle(t: TFunction, kind: string, drill: Drill | null): string {
  const of = t(`reports.drill.of.${kind}`)
  if (!drill?.key) return of
  const key = drill.dimension === 'aging' ? t(`reports.aging.${drill.key}`) : drill.key
  return `${of} · ${key}`
}

/**
 * 统计报表: sales, receivables, funnel and customers over a range and an owner, each a chart
 * with its table whose figures open their records; and the sales targets grid.
 */
export function ReportsPage(_props: ReportsPageProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { search } = useLocation()
  const kind = useParams().report as ReportKind | undefined
  const { params, update, today } = useReportParams()
  const [drillTitle, setDrillTitle] = useState<string | null>(null)
  useEffect(preloadCharts, [])
  if (!kind || !REPORT_KINDS.includes(kind)) return <Navigate to="/reports/sales" replace />
  const range = { from: params.from, to: params.to, ownerId: params.ownerId }
  const openDrill = (drill: Drill, title: string) => {
    setDrillTitle(title)
    update({ drill })
  }
  // The tabs keep the range and the owner; a drill-down and the grouping belong to one report.
  const carried = new URLSearchParams(search)
  for (const key of ['drill', 'dkey', 'dweek', 'dcustomer', 'group']) carried.delete(key)
  const pageSearch = new URLSearchParams(search)
  for (const key of ['drill', 'dkey', 'dweek', 'dcustomer']) pageSearch.delete(key)
  return (
    <Stack gap="md" maw={1280} data-testid="reports-page">
      <Title order={1}>{t('reports.title')}</Title>
      <Tabs
        value={kind}
        onChange={(value) => value && void navigate(`/reports/${value}?${carried.toString()}`)}
      >
        <Tabs.List>
          {REPORT_KINDS.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`report-tab-${k}`}>
              {t(`reports.kind.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {kind === 'targets' ? (
        <TargetsGrid year={params.year} onYear={(year) => update({ year })} />
      ) : (
        <>
          <ReportToolbar
            report={kind}
            params={params}
            today={today}
            search={pageSearch.toString()}
            onRange={(r) => update({ preset: r.preset, from: r.from, to: r.to })}
            onOwner={(ownerId) => update({ ownerId })}
          />
          <ReportView
            report={kind}
            range={range}
            groupBy={params.groupBy}
            onGroupBy={(groupBy) => update({ groupBy })}
            onDrill={openDrill}
          />
          {isRecordReport(kind) && (
            <DrillDrawer
              report={kind}
              drill={params.drill}
              range={range}
              title={drillTitle ?? fallbackTitle(t, kind, params.drill)}
              onClose={() => {
                setDrillTitle(null)
                update({ drill: null })
              }}
            />
          )}
        </>
      )}
    </Stack>
  )
}
