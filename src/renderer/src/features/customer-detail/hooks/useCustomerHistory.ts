import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { customersKey } from '../../../data/customers'

export const HISTORY_PAGE_SIZE = 30

/** The customer's history of changes, newest first; under ['customers'] so every save refreshes it. */
export function useCustomerHistory(customerId: number) {
  return useInfiniteQuery({
    queryKey: [...customersKey, 'history', customerId],
    queryFn: ({ pageParam }) =>
      api.call('customers.history', {
        id: customerId,
        page: pageParam,
        pageSize: HISTORY_PAGE_SIZE,
      }),
    initialPageParam: 1,
    getNextPageParam: (last, pages) =>
      pages.length * HISTORY_PAGE_SIZE < last.total ? pages.length + 1 : undefined,
  })
}
