import { Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Campaign } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'
import { KpiCard } from '../../../components/KpiCard'
import { KpiGrid } from '../../../components/KpiGrid'
import { roiColor, roiText } from '../campaignText'

export interface CampaignFiguresProps {
  campaign: Campaign
}

/**
 * What the campaign cost and brought, and how ROI and the cost per new customer are worked
 * out, in its own figures: no figure without the sum behind it.
 */
export function CampaignFigures({ campaign: c }: CampaignFiguresProps) {
  const { t } = useTranslation()
  const money = (cents: number | null) => (cents === null ? '—' : formatCents(cents))
  const roiLine =
    c.roi === null
      ? t('campaigns.formula.roiNoCost')
      : t('campaigns.formula.roi', {
          won: formatCents(c.wonRevenueCents),
          cost: formatCents(c.costCents),
          roi: roiText(c.roi),
        })
  const perCustomerLine =
    c.costPerNewCustomerCents === null
      ? t('campaigns.formula.perCustomerNone')
      : t('campaigns.formula.perCustomer', {
          cost: formatCents(c.costCents),
          count: c.newCustomers,
          value: formatCents(c.costPerNewCustomerCents),
        })
  const budgetLine =
    c.budgetCents === 0
      ? t('campaigns.detail.noBudget')
      : t('campaigns.detail.ofBudget', { budget: formatCents(c.budgetCents) })
  return (
    <Stack gap="sm" data-testid="campaign-figures">
      <KpiGrid>
        <KpiCard
          label={t('campaigns.fields.cost')}
          value={money(c.costCents)}
          detail={budgetLine}
          testId="campaign-kpi-cost"
        />
        <KpiCard
          label={t('campaigns.fields.newCustomers')}
          value={String(c.newCustomers)}
          detail={t('campaigns.detail.perCustomer', { value: money(c.costPerNewCustomerCents) })}
          testId="campaign-kpi-customers"
        />
        <KpiCard
          label={t('campaigns.fields.wonRevenue')}
          value={money(c.wonRevenueCents)}
          color="teal"
          detail={t('campaigns.detail.dealsWon', { count: c.deals, won: c.wonDeals })}
          testId="campaign-kpi-won"
        />
        <KpiCard
          label={t('campaigns.fields.roi')}
          value={roiText(c.roi)}
          color={roiColor(c.roi) === 'dimmed' ? undefined : roiColor(c.roi)}
          detail={c.roi === null ? t('campaigns.detail.roiNoCost') : undefined}
          testId="campaign-kpi-roi"
        />
      </KpiGrid>
      <Paper withBorder p="md">
        <Title order={3} mb={6}>
          {t('campaigns.formula.title')}
        </Title>
        <Stack gap={4}>
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="formula-roi">
            {roiLine}
          </Text>
          <Text
            size="sm"
            style={{ fontVariantNumeric: 'tabular-nums' }}
            data-testid="formula-cost-per-customer"
          >
            {perCustomerLine}
          </Text>
          <Text size="xs" c="dimmed">
            {t('campaigns.formula.counts')}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  )
}
