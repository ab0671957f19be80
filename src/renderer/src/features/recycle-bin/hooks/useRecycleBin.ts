import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query'
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

/**
 * The names of the customers that merged records went into ("已合并到 X"). The list row
 * only carries the id (`mergedInto`), so each distinct one is read with customers.get.
 */
export function useMergedIntoNames(ids: number[]): Map<number, string> {
  const unique = [...new Set(ids)]
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: [...customersKey, 'get', id],
      queryFn: () => api.call('customers.get', { id }),
      staleTime: 30_000,
    })),
  })
  const names = new Map<number, string>()
  results.forEach((result, index) => {
    const id = unique[index]
    if (id !== undefined && result.data) names.set(id, result.data.name)
  })
  return names
}
