import { Text } from '@mantine/core'

export interface CustomerServicePanelProps {
  customerId: number
  customerName: string
  /** False for a record in the recycle bin. */
  editable: boolean
}

/** Skeleton: the customer's tickets and return visits (issue 8). */
export function CustomerServicePanel(_props: CustomerServicePanelProps) {
  return <Text c="dimmed">…</Text>
}
