import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ContactCreateInput, ContactUpdateInput } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { customersKey } from '../../customers/hooks/useCustomers'

/**
 * The contacts tab reads the contacts that customers.get returns (primary first), so a
 * change refreshes ['customers']: the record, its history and the search results.
 */
function useInvalidateCustomer() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: customersKey })
  }
}

export type SaveContactInput =
  { id: null; values: ContactCreateInput } | { id: number; values: Omit<ContactUpdateInput, 'id'> }

export function useSaveContact() {
  const invalidate = useInvalidateCustomer()
  return useMutation({
    mutationFn: (input: SaveContactInput) =>
      input.id === null
        ? api.call('contacts.create', input.values)
        : api.call('contacts.update', { ...input.values, id: input.id }),
    onSuccess: invalidate,
  })
}

export function useMakePrimaryContact() {
  const invalidate = useInvalidateCustomer()
  return useMutation({
    mutationFn: (id: number) => api.call('contacts.update', { id, isPrimary: true }),
    onSuccess: invalidate,
  })
}

export function useDeleteContact() {
  const invalidate = useInvalidateCustomer()
  return useMutation({
    mutationFn: (id: number) => api.call('contacts.delete', { id }),
    onSuccess: invalidate,
  })
}
