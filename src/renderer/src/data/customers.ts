import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type {
  CustomerCreateInput,
  CustomerListInput,
  CustomerUpdateInput,
} from '../../../shared/api'
import { TOUCHES } from '../../../shared/api'
import { api } from '../lib/api'
import { useRefresh } from '../lib/queries'

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
 * Refreshes, in the background, what a contact or follow-up change touches: records,
 * lists, timelines, history, the due list and the reminders.
 */
export function useRefreshCustomers() {
  return useRefresh([...TOUCHES.contact, ...TOUCHES.followUp])
}

/**
 * Refreshes what a customer write touches, in the background (see useRefresh for why it
 * is not awaited).
 */
function useInvalidateCustomers() {
  return useRefresh(TOUCHES.customer)
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
