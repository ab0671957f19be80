import { useQueries } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { customersKey } from '../../../data/customers'

/** The full records to merge, in the order given. */
export function useMergeRecords(ids: number[]) {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: [...customersKey, 'get', id],
      queryFn: () => api.call('customers.get', { id }),
    })),
  })
  const records = results.flatMap((result) => (result.data ? [result.data] : []))
  return {
    records,
    loading: results.some((result) => result.isPending),
    error: results.find((result) => result.error)?.error ?? null,
  }
}
