import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { customersKey } from '../../../data/customers'

export const DUE_PAGE_SIZE = 8

/**
 * Customers whose next follow-up date is today or has passed (the core's today), oldest
 * plan first. Under ['customers'] so logging a follow-up anywhere refreshes it.
 */
export function useDueFollowUps() {
  return useInfiniteQuery({
    queryKey: [...customersKey, 'due'],
    queryFn: ({ pageParam }) =>
      api.call('activities.due', { page: pageParam, pageSize: DUE_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: (last, pages) =>
      pages.length * DUE_PAGE_SIZE < last.total ? pages.length + 1 : undefined,
  })
}
