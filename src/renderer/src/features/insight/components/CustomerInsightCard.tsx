export interface CustomerInsightCardProps {
  customerId: number
}

/** Skeleton: the customer's segment, churn risk and value on its page (issue 8). */
export function CustomerInsightCard(_props: CustomerInsightCardProps) {
  return null
}
