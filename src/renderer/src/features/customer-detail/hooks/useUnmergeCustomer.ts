import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { TOUCHES } from '../../../../../shared/api'
import { useRefresh } from '../../../lib/queries'

/**
 * customers.unmerge from the merged record's page: it comes back as a customer of its own,
 * with its contacts and follow-ups, and the kept one loses what the merge gave it.
 */
export function useUnmergeCustomer() {
  const refresh = useRefresh(TOUCHES.customer)
  return useMutation({
    mutationFn: (mergeId: number) => api.call('customers.unmerge', { mergeId }),
    onSuccess: refresh,
  })
}
