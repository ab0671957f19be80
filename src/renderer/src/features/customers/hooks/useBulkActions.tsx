import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerBulkUpdateInput } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useUndoToast } from '../../../lib/useUndoToast'
import { TOUCHES } from '../../../../../shared/api'
import { useRefresh } from '../../../lib/queries'

export type BulkChange = Omit<CustomerBulkUpdateInput, 'ids'>

/**
 * Bulk actions on the selected customers. A change reports how many were updated;
 * a delete acts at once and the toast offers Undo (customers.bulkRestore).
 */
export function useBulkActions() {
  const { t } = useTranslation()
  const showUndo = useUndoToast()
  const refresh = useRefresh(TOUCHES.customer)
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

  const remove = useMutation({
    mutationFn: (ids: number[]) => api.call('customers.bulkDelete', { ids }),
    onSuccess: ({ deleted }, ids) => {
      refresh()
      showUndo({
        message: t('bulk.deleted', { count: deleted }),
        undo: async () => {
          const { restored } = await api.call('customers.bulkRestore', { ids })
          return t('bulk.restored', { count: restored })
        },
        onSettled: refresh,
        testId: 'bulk-undo-delete',
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
