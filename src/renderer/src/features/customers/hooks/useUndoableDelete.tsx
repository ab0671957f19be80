import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Customer } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { customersKey, useDeleteCustomer } from './useCustomers'

/**
 * Deleting acts at once (the record goes to the recycle bin) and the toast
 * offers Undo. Undo calls the api directly: the form that started the delete
 * has usually closed by the time the user clicks it.
 */
export function useUndoableDelete() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const remove = useDeleteCustomer()
  const { mutate } = remove

  const undo = useCallback(
    async (customer: Pick<Customer, 'id' | 'name'>, toastId: string) => {
      notifications.hide(toastId)
      try {
        await api.call('customers.restore', { id: customer.id })
        notifications.show({
          color: 'green',
          message: t('customers.restored', { name: customer.name }),
        })
      } catch (error) {
        notifications.show({
          color: 'red',
          title: t('common.failed'),
          message: errorMessage(t, error),
        })
      }
      await queryClient.invalidateQueries({ queryKey: customersKey })
    },
    [queryClient, t],
  )

  const deleteWithUndo = useCallback(
    (customer: Pick<Customer, 'id' | 'name'>, onDone?: () => void) => {
      mutate(customer.id, {
        onSuccess: () => {
          const toastId = `customer-deleted-${customer.id}-${Date.now()}`
          notifications.show({
            id: toastId,
            autoClose: 8000,
            message: (
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm">{t('customers.deleted', { name: customer.name })}</Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => void undo(customer, toastId)}
                >
                  {t('common.undo')}
                </Button>
              </Group>
            ),
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
    [mutate, t, undo],
  )

  return { deleteWithUndo, deleting: remove.isPending }
}
