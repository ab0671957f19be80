import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Customer } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useUndoToast } from '../../../lib/useUndoToast'
import { customersKey, useDeleteCustomer } from '../../../data/customers'

/**
 * Deleting acts at once (the record goes to the recycle bin) and the toast
 * offers Undo. Undo calls the api directly: the form that started the delete
 * has usually closed by the time the user clicks it.
 */
export function useUndoableDelete() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const remove = useDeleteCustomer()
  const showUndo = useUndoToast()
  const { mutate } = remove

  const deleteWithUndo = useCallback(
    (customer: Pick<Customer, 'id' | 'name'>, onDone?: () => void) => {
      mutate(customer.id, {
        onSuccess: () => {
          showUndo({
            message: t('customers.deleted', { name: customer.name }),
            undo: async () => {
              await api.call('customers.restore', { id: customer.id })
              return t('customers.restored', { name: customer.name })
            },
            onSettled: () => void queryClient.invalidateQueries({ queryKey: customersKey }),
          })
          onDone?.()
        },
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('customers.form.deleteFailed'),
            message: errorMessage(t, error),
          }),
      })
    },
    [mutate, queryClient, showUndo, t],
  )

  return { deleteWithUndo, deleting: remove.isPending }
}
