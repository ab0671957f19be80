import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  CustomerCreateInput,
  CustomerListInput,
  CustomerUpdateInput,
} from '../../../../../shared/api'
import { api } from '../../../lib/api'

export const customersKey = ['customers'] as const

export function useCustomerList(input: CustomerListInput) {
  return useQuery({
    queryKey: [...customersKey, 'list', input],
    queryFn: () => api.call('customers.list', input),
    placeholderData: keepPreviousData,
  })
}

/** How many customers match, without fetching rows (pageSize 1; the core counts in SQL). */
export function useCustomerCount(filter: CustomerListInput['filter'] = {}) {
  return useQuery({
    queryKey: [...customersKey, 'count', filter],
    queryFn: async () => (await api.call('customers.list', { filter, pageSize: 1 })).total,
  })
}

export function useCustomer(id: number | null) {
  return useQuery({
    queryKey: [...customersKey, 'get', id],
    queryFn: () => api.call('customers.get', { id: id ?? 0 }),
    enabled: id !== null,
  })
}

/**
 * Refreshes everything under ['customers'] in the background: records, lists, timelines,
 * history and the due list (a contact or follow-up change touches all of them).
 */
export function useRefreshCustomers() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: customersKey })
  }
}

/**
 * Refreshes lists and tags in the background. Deliberately not awaited: TanStack runs the
 * caller's mutate() callbacks only after this returns, and a refetch can remount the caller
 * (the edit form is keyed by updatedAt), which would drop its callbacks.
 */
function useInvalidateCustomers() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: customersKey })
    void queryClient.invalidateQueries({ queryKey: ['tags'] })
  }
}

export type SaveCustomerInput =
  | { id: null; values: CustomerCreateInput }
  | { id: number; values: Omit<CustomerUpdateInput, 'id'> }

export function useSaveCustomer() {
  const invalidate = useInvalidateCustomers()
  return useMutation({
    mutationFn: (input: SaveCustomerInput) =>
      input.id === null
        ? api.call('customers.create', input.values)
        : api.call('customers.update', { ...input.values, id: input.id }),
    onSuccess: invalidate,
  })
}

export function useDeleteCustomer() {
  const invalidate = useInvalidateCustomers()
  return useMutation({
    mutationFn: (id: number) => api.call('customers.delete', { id }),
    onSuccess: invalidate,
  })
}

export function useRestoreCustomer() {
  const invalidate = useInvalidateCustomers()
  return useMutation({
    mutationFn: (id: number) => api.call('customers.restore', { id }),
    onSuccess: invalidate,
  })
}
