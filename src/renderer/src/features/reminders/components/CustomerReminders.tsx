export interface CustomerRemindersProps {
  customerId: number
  /** False for a record in the recycle bin. */
  editable: boolean
}

/** Skeleton: the customer's hand-made reminders beside its facts (issue 8). */
export function CustomerReminders(_props: CustomerRemindersProps) {
  return null
}
