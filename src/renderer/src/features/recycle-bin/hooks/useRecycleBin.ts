import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { customersKey } from '../../customers/hooks/useCustomers'

function useRefreshCustomers() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: customersKey })
    void queryClient.invalidateQueries({ queryKey: ['duplicates'] })
  }
}

export function useRestoreMany() {
  const refresh = useRefreshCustomers()
  return useMutation({
    mutationFn: (ids: number[]) => api.call('customers.bulkRestore', { ids }),
    onSuccess: refresh,
  })
}

/** Deletes for good: only after the confirm dialog, the one place where Kehu asks first. */
export function usePurgeCustomer() {
  const refresh = useRefreshCustomers()
  return useMutation({
    mutationFn: (id: number) => api.call('customers.purge', { id }),
    onSuccess: refresh,
  })
}
