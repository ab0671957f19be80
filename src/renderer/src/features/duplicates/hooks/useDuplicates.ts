import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'

export const duplicatesKey = ['duplicates'] as const

/** Groups of likely duplicates; always scanned afresh when the page opens. */
export function useDuplicates() {
  return useQuery({
    queryKey: duplicatesKey,
    queryFn: () => api.call('customers.duplicates'),
    staleTime: 0,
  })
}
