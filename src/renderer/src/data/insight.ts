import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { InsightListInput } from '../../../shared/api'
import { api } from '../lib/api'

/**
 * Insight follows the customers and the ledger: its queries live under ['customers', …], so a
 * payment, a contract or a follow-up (which refresh ['customers']) refreshes them too.
 */
export const insightKey = ['customers', 'insight'] as const

export function useCustomerInsight(customerId: number) {
  return useQuery({
    queryKey: [...insightKey, 'get', customerId],
    queryFn: () => api.call('insight.get', { customerId }),
  })
}

export function useInsightList(input: InsightListInput) {
  return useQuery({
    queryKey: [...insightKey, 'list', input],
    queryFn: () => api.call('insight.list', input),
    placeholderData: keepPreviousData,
  })
}

export function useInsightSummary(ownerId: number | null) {
  return useQuery({
    queryKey: [...insightKey, 'summary', ownerId],
    queryFn: () => api.call('insight.summary', ownerId === null ? {} : { ownerId }),
  })
}
