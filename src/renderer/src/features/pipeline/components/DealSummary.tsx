import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { DealDetail, PipelineStage } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'
import { CampaignLink } from '../../campaigns'
import { weightedCents } from '../boardCache'
import { DEAL_STATUS_COLORS, DEAL_WARNING_COLORS } from '../../../lib/dealColors'

export interface DealSummaryProps {
  deal: DealDetail
  stage: PipelineStage | undefined
}

const NUMBERS = { fontVariantNumeric: 'tabular-nums' } as const

/** The drawer's head: customer, amount and weighted amount, status, stage and days, warnings. */
export function DealSummary({ deal, stage }: DealSummaryProps) {
  const { t } = useTranslation()
  return (
    <Stack gap={6} data-testid="deal-summary" data-status={deal.status}>
      <Anchor
        component={Link}
        to={`/customers/${deal.customerId}`}
        size="sm"
        data-testid="deal-customer-link"
      >
        {deal.customerName}
      </Anchor>
      <Group gap="lg" align="flex-end" wrap="nowrap">
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('pipeline.fields.amount')}
          </Text>
          <Text size="xl" fw={700} style={NUMBERS} data-testid="deal-amount">
            {formatCents(deal.amountCents)}
          </Text>
        </Stack>
        {deal.status === 'open' && stage && (
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('pipeline.fields.weighted', { probability: stage.probability })}
            </Text>
            <Text size="md" fw={500} style={NUMBERS}>
              {formatCents(weightedCents(deal.amountCents, stage.probability))}
            </Text>
          </Stack>
        )}
      </Group>
      <Group gap={6}>
        <Badge variant="light" color={DEAL_STATUS_COLORS[deal.status]} data-testid="deal-status">
          {t(`pipeline.status.${deal.status}`)}
        </Badge>
        <Text size="sm">
          {deal.status === 'open'
            ? t('pipeline.drawer.inStage', { stage: deal.stageName, count: deal.daysInStage })
            : deal.status === 'won'
              ? t('pipeline.drawer.wonOn', { date: deal.closedDate ?? '' })
              : t('pipeline.drawer.lostOn', { date: deal.closedDate ?? '' })}
        </Text>
        {deal.warnings.map((warning) => (
          <Badge key={warning} variant="light" color={DEAL_WARNING_COLORS[warning]}>
            {t(`pipeline.warnings.${warning}`)}
          </Badge>
        ))}
      </Group>
      {deal.campaignId !== null && (
        <Group gap={6} data-testid="deal-campaign">
          <Text size="sm" c="dimmed">
            {t('pipeline.fields.campaign')}
          </Text>
          <CampaignLink
            campaignId={deal.campaignId}
            name={deal.campaignName}
            deleted={deal.campaignDeleted}
            testId="deal-campaign-link"
          />
        </Group>
      )}
      {deal.status === 'lost' && deal.lostReason && (
        <Text size="sm" data-testid="deal-lost-reason">
          {t('pipeline.drawer.lostReason', { reason: deal.lostReason })}
        </Text>
      )}
    </Stack>
  )
}
