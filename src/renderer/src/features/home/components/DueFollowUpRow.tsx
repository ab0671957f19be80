import { Anchor, Badge, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { DueFollowUp } from '../../../../../shared/api'
import { OVERDUE_COLOR } from '../../../lib/colors'
import { daysBetween } from '../../../lib/followUpDates'

export interface DueFollowUpRowProps {
  due: DueFollowUp
  /** Today's local date, to count the days overdue. */
  today: string
}

/** One customer to follow up: how late, who (a link to the customer), the planned action, the owner. */
export function DueFollowUpRow({ due, today }: DueFollowUpRowProps) {
  const { t } = useTranslation()
  const late = Math.max(daysBetween(due.nextFollowUpDate, today), 0)
  return (
    <Group
      gap="sm"
      wrap="nowrap"
      py={6}
      data-testid="due-row"
      data-overdue={due.overdue}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Badge
        variant={due.overdue ? 'light' : 'filled'}
        color={due.overdue ? OVERDUE_COLOR : 'blue'}
        size="sm"
        w={92}
        style={{ flexShrink: 0 }}
        title={due.nextFollowUpDate}
      >
        {due.overdue && late > 0
          ? t('followUps.due.overdueDays', { count: late })
          : t('followUps.due.today')}
      </Badge>
      <Anchor
        component={Link}
        to={`/customers/${due.customerId}`}
        size="sm"
        fw={500}
        truncate="end"
        miw={0}
        style={{ flexShrink: 1 }}
        data-testid="due-customer"
      >
        {due.customerName}
      </Anchor>
      <Text
        size="sm"
        c="dimmed"
        truncate="end"
        flex={1}
        miw={0}
        title={due.nextAction ?? undefined}
      >
        {due.nextAction}
      </Text>
      <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
        {due.ownerName ?? ''}
      </Text>
    </Group>
  )
}
