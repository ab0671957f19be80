import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Contact, ContactCreateInput, ContactUpdateInput } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { useDeleteWithUndo } from '../../../lib/useUndoToast'
import { useRefreshCustomers } from '../../../data/customers'

/*
 * The contacts tab reads the contacts that customers.get returns (primary first), so a
 * change refreshes ['customers']: the record, its history and the search results.
 */

export type SaveContactInput =
  { id: null; values: ContactCreateInput } | { id: number; values: Omit<ContactUpdateInput, 'id'> }

export function useSaveContact() {
  const invalidate = useRefreshCustomers()
  return useMutation({
    mutationFn: (input: SaveContactInput) =>
      input.id === null
        ? api.call('contacts.create', input.values)
        : api.call('contacts.update', { ...input.values, id: input.id }),
    onSuccess: invalidate,
  })
}

export function useMakePrimaryContact() {
  const invalidate = useRefreshCustomers()
  return useMutation({
    mutationFn: (id: number) => api.call('contacts.update', { id, isPrimary: true }),
    onSuccess: invalidate,
  })
}

/** Deletes at once; the toast's Undo brings the contact back (contacts.restore). */
export function useDeleteContact() {
  const { t } = useTranslation()
  const refresh = useRefreshCustomers()
  return useDeleteWithUndo<Pick<Contact, 'id' | 'name'>>({
    remove: (contact) => api.call('contacts.delete', { id: contact.id }),
    restore: (contact) => api.call('contacts.restore', { id: contact.id }),
    deletedText: (contact) => t('contacts.deleted', { name: contact.name }),
    restoredText: (contact) => t('contacts.restored', { name: contact.name }),
    refresh,
    testId: 'contact-undo',
  })
}
