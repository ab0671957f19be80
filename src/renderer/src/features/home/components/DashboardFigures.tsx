import { Progress, SimpleGrid, Stack } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCash,
  IconFileCertificate,
  IconMessageReport,
  IconReceipt2,
  IconTarget,
  IconThumbDown,
  IconThumbUp,
  IconUserExclamation,
  IconUserPlus,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DashboardFigures as Figures } from '../../../../../shared/api'
import { KpiCard } from '../../../components/KpiCard'
import { formatRate, useMoney } from '../../../lib/useMoney'
import { reportLink } from '../../reports'

export interface DashboardFiguresProps {
  figures: Figures
}

/** This month's key figures, each a link to the records behind it. */
export function DashboardFigures({ figures: f }: DashboardFiguresProps) {
  const { t } = useTranslation()
  const { money, exact } = useMoney()
  const thisMonth = { preset: 'thisMonth' as const }
  const completion = f.completion === null ? null : Math.min(100, Math.round(f.completion * 100))
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm" data-testid="dashboard-figures">
      <KpiCard
        testId="dash-signed"
        icon={<IconFileCertificate size={16} />}
        label={t('dashboard.signed')}
        value={money(f.signed.amountCents)}
        exact={exact(f.signed.amountCents)}
        detail={t('dashboard.contracts', { count: f.signed.count })}
        to={reportLink('sales', { ...thisMonth, drill: { dimension: 'all' } })}
      />
      <KpiCard
        testId="dash-completion"
        icon={<IconTarget size={16} />}
        label={t('dashboard.completion')}
        value={formatRate(f.completion)}
        to={`/reports/targets?year=${f.from.slice(0, 4)}`}
        detail={
          f.targetCents === null ? (
            t('dashboard.noTarget')
          ) : (
            <Stack gap={4}>
              <span>{t('reports.sales.ofTarget', { target: money(f.targetCents) })}</span>
              <Progress
                value={completion ?? 0}
                size="sm"
                color={completion !== null && completion >= 100 ? 'teal' : 'blue'}
              />
            </Stack>
          )
        }
      />
      <KpiCard
        testId="dash-received"
        icon={<IconCash size={16} />}
        label={t('dashboard.received')}
        value={money(f.receivedCents)}
        exact={exact(f.receivedCents)}
        color="teal"
        to={reportLink('receivables', { ...thisMonth, drill: { dimension: 'received' } })}
      />
      <KpiCard
        testId="dash-outstanding"
        icon={<IconReceipt2 size={16} />}
        label={t('dashboard.outstanding')}
        value={money(f.outstandingCents)}
        exact={exact(f.outstandingCents)}
        to={reportLink('receivables', { drill: { dimension: 'aging' } })}
      />
      <KpiCard
        testId="dash-overdue"
        icon={<IconAlertTriangle size={16} />}
        label={t('dashboard.overdue')}
        value={money(f.overdueCents)}
        exact={exact(f.overdueCents)}
        color={f.overdueCents > 0 ? 'red' : undefined}
        to={reportLink('receivables', { drill: { dimension: 'overdue' } })}
      />
      <KpiCard
        testId="dash-new"
        icon={<IconUserPlus size={16} />}
        label={t('dashboard.newCustomers')}
        value={String(f.newCustomers)}
        to={reportLink('customers', { ...thisMonth, drill: { dimension: 'new' } })}
      />
      <KpiCard
        testId="dash-won"
        icon={<IconThumbUp size={16} />}
        label={t('dashboard.won')}
        value={String(f.won.count)}
        color="teal"
        detail={money(f.won.amountCents)}
        to={reportLink('funnel', { ...thisMonth, drill: { dimension: 'won' } })}
      />
      <KpiCard
        testId="dash-lost"
        icon={<IconThumbDown size={16} />}
        label={t('dashboard.lost')}
        value={String(f.lost.count)}
        detail={money(f.lost.amountCents)}
        to={reportLink('funnel', { ...thisMonth, drill: { dimension: 'lost' } })}
      />
      <KpiCard
        testId="dash-at-risk"
        icon={<IconUserExclamation size={16} />}
        label={t('dashboard.atRisk')}
        value={money(f.atRisk.atStakeCents)}
        exact={exact(f.atRisk.atStakeCents)}
        color={f.atRisk.count > 0 ? 'orange' : undefined}
        detail={t('dashboard.atRiskCustomers', { count: f.atRisk.count })}
        to="/insight?risk=1"
      />
      <KpiCard
        testId="dash-complaints"
        icon={<IconMessageReport size={16} />}
        label={t('dashboard.openComplaints')}
        value={String(f.openTickets.complaints)}
        color={f.openTickets.complaints > 0 ? 'red' : undefined}
        detail={t('dashboard.openTickets', { count: f.openTickets.count })}
        to="/service?kind=complaint&open=1"
      />
    </SimpleGrid>
  )
}
