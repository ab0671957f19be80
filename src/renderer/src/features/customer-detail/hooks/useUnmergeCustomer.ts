import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { customersKey } from '../../customers/hooks/useCustomers'
import { duplicatesKey } from '../../duplicates/hooks/useDuplicates'

/**
 * customers.unmerge from the merged record's page: it comes back as a customer of its own,
 * with its contacts and follow-ups, and the kept one loses what the merge gave it.
 */
export function useUnmergeCustomer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (mergeId: number) => api.call('customers.unmerge', { mergeId }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: customersKey })
      void queryClient.invalidateQueries({ queryKey: duplicatesKey })
    },
  })
}
