import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import type { ActivityCreateInput } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { customersKey } from '../../customers/hooks/useCustomers'

export const ACTIVITY_PAGE_SIZE = 20

/** A customer's follow-ups, newest first, a page at a time ("load more"). */
export function useCustomerActivities(customerId: number, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...customersKey, 'activities', customerId],
    queryFn: ({ pageParam }) =>
      api.call('activities.list', { customerId, page: pageParam, pageSize: ACTIVITY_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: (last, pages) =>
      pages.length * ACTIVITY_PAGE_SIZE < last.total ? pages.length + 1 : undefined,
    enabled,
  })
}

/**
 * Logs a follow-up. It moves the customer's last contact and next follow-up date, its
 * history and the due list, all under ['customers'], so that is what is refreshed.
 */
export function useLogFollowUp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ActivityCreateInput) => api.call('activities.create', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: customersKey })
    },
  })
}
