import { Alert, Grid, Stack, Title } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { preloadCharts } from '../../../components/chart/Chart'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { useDashboard } from '../../../data/reports'
import { AgingCard } from './AgingCard'
import { DashboardFigures } from './DashboardFigures'
import { DueInstalmentsCard } from './DueInstalmentsCard'
import { SalesTrendCard } from './SalesTrendCard'

export type DashboardProps = Record<string, never>

/** 首页经营概况: this month's figures, the 12-month trend, aging and what falls due soon. */
export function Dashboard(_props: DashboardProps) {
  const { t } = useTranslation()
  const dashboard = useDashboard()
  useEffect(preloadCharts, [])
  if (dashboard.isError) return <Alert color="red">{errorMessage(t, dashboard.error)}</Alert>
  const figures = dashboard.data
  if (!figures) return <PageLoader />
  return (
    <Stack gap="md" data-testid="dashboard">
      <Title order={2}>{t('dashboard.monthTitle', { month: figures.from.slice(0, 7) })}</Title>
      <DashboardFigures figures={figures} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <SalesTrendCard figures={figures} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <AgingCard figures={figures} />
            <DueInstalmentsCard figures={figures} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
