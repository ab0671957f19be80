import { Badge, Group, Text, Tooltip } from '@mantine/core'
import { IconCalendar, IconClockHour4, IconUser } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Deal } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'
import { DEAL_WARNING_COLORS } from '../dealColors'
import { DealCardMenu } from './DealCardMenu'

export interface DealCardBodyProps {
  deal: Deal
  /** The stage's "too long" threshold, for the warning's explanation. */
  staleDays: number | null
  /** The copy that follows the pointer: no menu, no link. */
  overlay?: boolean
}

const NUMBERS = { fontVariantNumeric: 'tabular-nums' } as const

/** What a card shows: customer, title, amount, owner, days in stage, expected close, warnings. */
export function DealCardBody({ deal, staleDays, overlay = false }: DealCardBodyProps) {
  const { t } = useTranslation()
  const overdue = deal.warnings.includes('overdue')
  return (
    <>
      <Group gap={4} wrap="nowrap" justify="space-between" mih={22}>
        {overlay ? (
          <Text size="xs" c="dimmed" truncate="end">
            {deal.customerName}
          </Text>
        ) : (
          <Text
            size="xs"
            truncate="end"
            component={Link}
            to={`/customers/${deal.customerId}`}
            className="kehu-deal-customer"
            tabIndex={-1}
            onClick={(event) => event.stopPropagation()}
            data-testid="deal-card-customer"
          >
            {deal.customerName}
          </Text>
        )}
        {!overlay && <DealCardMenu deal={deal} />}
      </Group>
      <Text size="sm" fw={500} lineClamp={2} lh={1.35} data-testid="deal-card-title">
        {deal.title}
      </Text>
      <Group gap={6} wrap="nowrap" justify="space-between" mt={4}>
        <Text size="sm" fw={600} style={NUMBERS} data-testid="deal-card-amount">
          {formatCents(deal.amountCents)}
        </Text>
        {deal.ownerName && (
          <Group gap={2} wrap="nowrap" c="dimmed" miw={0}>
            <IconUser size={12} style={{ flexShrink: 0 }} />
            <Text size="xs" truncate="end">
              {deal.ownerName}
            </Text>
          </Group>
        )}
      </Group>
      <Group gap={8} wrap="nowrap" mt={4} c="dimmed">
        <Group gap={2} wrap="nowrap">
          <IconClockHour4 size={12} />
          <Text size="xs" style={NUMBERS} data-testid="deal-card-days">
            {t('pipeline.card.days', { count: deal.daysInStage })}
          </Text>
        </Group>
        {deal.expectedCloseDate && (
          <Group gap={2} wrap="nowrap" c={overdue ? 'red' : undefined}>
            <IconCalendar size={12} />
            <Text size="xs" style={NUMBERS}>
              {deal.expectedCloseDate}
            </Text>
          </Group>
        )}
        {deal.warnings.length > 0 && (
          <Group gap={4} wrap="nowrap" ml="auto">
            {deal.warnings.map((warning) => (
              <Tooltip
                key={warning}
                withArrow
                multiline
                maw={240}
                label={t(`pipeline.warnings.${warning}Hint`, {
                  date: deal.expectedCloseDate ?? '',
                  days: deal.daysInStage,
                  limit: staleDays ?? 0,
                  stage: deal.stageName,
                })}
              >
                <Badge
                  size="xs"
                  variant="light"
                  color={DEAL_WARNING_COLORS[warning]}
                  data-testid={`deal-warning-${warning}`}
                >
                  {t(`pipeline.warnings.${warning}`)}
                </Badge>
              </Tooltip>
            ))}
          </Group>
        )}
      </Group>
    </>
  )
}
