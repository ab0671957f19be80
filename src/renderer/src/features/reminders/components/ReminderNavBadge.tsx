import { Badge } from '@mantine/core'
import { useReminderCount } from '../hooks/useReminders'

export type ReminderNavBadgeProps = Record<string, never>

/** The sidebar's count of reminders due today or overdue (red when any is overdue). */
export function ReminderNavBadge(_props: ReminderNavBadgeProps) {
  const counts = useReminderCount().data
  if (!counts) return null
  const total = counts.today + counts.overdue
  if (total === 0) return null
  return (
    <Badge
      size="sm"
      circle={total < 10}
      color={counts.overdue > 0 ? 'red' : 'blue'}
      data-testid="reminders-badge"
    >
      {total > 99 ? '99+' : total}
    </Badge>
  )
}
