import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerBulkUpdateInput } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { customersKey } from './useCustomers'

export type BulkChange = Omit<CustomerBulkUpdateInput, 'ids'>

/**
 * Bulk actions on the selected customers. A change reports how many were updated;
 * a delete acts at once and the toast offers Undo (customers.bulkRestore).
 */
export function useBulkActions() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: customersKey })
    void queryClient.invalidateQueries({ queryKey: ['tags'] })
  }, [queryClient])
  const failed = useCallback(
    (error: unknown) =>
      notifications.show({
        color: 'red',
        title: t('common.failed'),
        message: errorMessage(t, error),
      }),
    [t],
  )

  const update = useMutation({
    mutationFn: (input: CustomerBulkUpdateInput) => api.call('customers.bulkUpdate', input),
    onSuccess: ({ updated }) => {
      refresh()
      notifications.show({ color: 'green', message: t('bulk.updated', { count: updated }) })
    },
    onError: failed,
  })

  const restore = useCallback(
    async (ids: number[], toastId: string) => {
      notifications.hide(toastId)
      try {
        const { restored } = await api.call('customers.bulkRestore', { ids })
        notifications.show({ color: 'green', message: t('bulk.restored', { count: restored }) })
      } catch (error) {
        failed(error)
      }
      refresh()
    },
    [failed, refresh, t],
  )

  const remove = useMutation({
    mutationFn: (ids: number[]) => api.call('customers.bulkDelete', { ids }),
    onSuccess: ({ deleted }, ids) => {
      refresh()
      const toastId = `customers-deleted-${Date.now()}`
      notifications.show({
        id: toastId,
        autoClose: 8000,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{t('bulk.deleted', { count: deleted })}</Text>
            <Button
              data-testid="bulk-undo-delete"
              size="compact-sm"
              variant="light"
              onClick={() => void restore(ids, toastId)}
            >
              {t('common.undo')}
            </Button>
          </Group>
        ),
      })
    },
    onError: failed,
  })

  return {
    change: (ids: number[], change: BulkChange) => update.mutate({ ids, ...change }),
    remove: (ids: number[], onDone?: () => void) => remove.mutate(ids, { onSuccess: onDone }),
    pending: update.isPending || remove.isPending,
  }
}
