import { Badge, Group, Text, Timeline } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StageHistoryEntry } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { DEAL_STATUS_COLORS } from '../../../lib/dealColors'

export interface StageHistoryTimelineProps {
  history: StageHistoryEntry[]
}

/** Each stay in a stage: when it entered and left, how many days, and who moved it. */
export function StageHistoryTimeline({ history }: StageHistoryTimelineProps) {
  const { t } = useTranslation()
  // Newest first: the current stage on top.
  const entries = [...history].sort((a, b) => b.enteredAt - a.enteredAt || b.id - a.id)
  return (
    <Timeline bulletSize={14} lineWidth={2} active={0} data-testid="deal-history">
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.id}
          color={entry.stageKind === 'open' ? 'blue' : DEAL_STATUS_COLORS[entry.stageKind]}
          data-testid="deal-history-entry"
          title={
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={600}>
                {entry.stageName}
              </Text>
              <Badge size="xs" variant="light" color="gray">
                {entry.leftAt === null
                  ? t('pipeline.history.current', { count: entry.days })
                  : t('pipeline.history.days', { count: entry.days })}
              </Badge>
            </Group>
          }
        >
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {entry.leftAt === null
              ? t('pipeline.history.since', { at: formatInstant(entry.enteredAt) })
              : t('pipeline.history.range', {
                  from: formatInstant(entry.enteredAt),
                  to: formatInstant(entry.leftAt),
                })}
            {' · '}
            {entry.actor ?? t('pipeline.history.thisPc')}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  )
}
