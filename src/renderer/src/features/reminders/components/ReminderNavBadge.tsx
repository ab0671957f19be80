export type ReminderNavBadgeProps = Record<string, never>

/** Skeleton: the sidebar's count of reminders due today or overdue (issue 8). */
export function ReminderNavBadge(_props: ReminderNavBadgeProps) {
  return null
}
