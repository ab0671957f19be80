import { Badge, Group, Stack, Text } from '@mantine/core'
import { IconCalendarEvent, IconUser } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Activity } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { ACTIVITY_KIND_COLORS } from '../../../lib/colors'

export interface FollowUpEntryProps {
  activity: Activity
  /** Edit and delete, at the right of the first line; none when the customer cannot be changed. */
  actions?: ReactNode
}

/** One follow-up on the timeline: kind, time, with whom, what was said, and the plan it set. */
export function FollowUpEntry({ activity, actions }: FollowUpEntryProps) {
  const { t } = useTranslation()
  return (
    <Stack gap={4} data-testid="followup-entry" data-activity-id={activity.id}>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Badge variant="light" color={ACTIVITY_KIND_COLORS[activity.kind]} size="sm">
            {t(`followUps.kinds.${activity.kind}`)}
          </Badge>
          <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatInstant(activity.occurredAt)}
          </Text>
          {activity.contactName && (
            <Group gap={2} wrap="nowrap" c="dimmed">
              <IconUser size={13} />
              <Text size="sm">{activity.contactName}</Text>
            </Group>
          )}
        </Group>
        {actions}
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {activity.content}
      </Text>
      {(activity.nextFollowUpDate || activity.nextAction) && (
        <Group gap={6} wrap="nowrap" c="dimmed" data-testid="followup-entry-next">
          <IconCalendarEvent size={14} style={{ flexShrink: 0 }} />
          <Text size="xs">
            {t('followUps.nextPlan')}
            {activity.nextFollowUpDate && (
              <Text span size="xs" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {activity.nextFollowUpDate}
              </Text>
            )}
            {activity.nextFollowUpDate && activity.nextAction ? ' · ' : ''}
            {activity.nextAction}
          </Text>
        </Group>
      )}
    </Stack>
  )
}
