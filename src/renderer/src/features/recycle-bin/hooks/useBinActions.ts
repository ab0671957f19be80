import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Customer } from '../../../../../shared/api'
import { errorMessage } from '../../../lib/errors'
import { useRestoreCustomer } from '../../../data/customers'
import type { PurgeRequest } from '../purgeRequest'
import { usePurge, useRestoreMany } from './useRecycleBin'

type Named = Pick<Customer, 'id' | 'name' | 'code'>

/**
 * Restore one, restore many; delete for good one, the selected ones or the whole bin,
 * each after the confirm dialog. `onPurged` runs after a purge (the page clears its selection).
 */
export function useBinActions(onPurged: () => void) {
  const { t } = useTranslation()
  const restoreOne = useRestoreCustomer()
  const restoreMany = useRestoreMany()
  const purge = usePurge()
  const [request, setRequest] = useState<PurgeRequest | null>(null)
  const [purgeError, setPurgeError] = useState<string | null>(null)
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', title: t('common.failed'), message: errorMessage(t, error) })
  const ask = (next: PurgeRequest) => {
    setPurgeError(null)
    setRequest(next)
  }
  const purgedText = (confirmed: PurgeRequest, count: number) =>
    confirmed.kind === 'one'
      ? t('recycleBin.purged', { name: confirmed.customer.name })
      : t(confirmed.kind === 'all' ? 'recycleBin.emptied' : 'recycleBin.purgedMany', { count })

  return {
    restore: (customer: Named) =>
      restoreOne.mutate(customer.id, {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: t('customers.restored', { name: customer.name }),
          }),
        onError: failed,
      }),
    restoringId: restoreOne.isPending ? (restoreOne.variables ?? null) : null,
    restoreMany: (ids: number[], onDone: () => void) =>
      restoreMany.mutate(ids, {
        onSuccess: ({ restored }) => {
          notifications.show({ color: 'green', message: t('bulk.restored', { count: restored }) })
          onDone()
        },
        onError: failed,
      }),
    restoringMany: restoreMany.isPending,
    askPurge: (customer: Named) => ask({ kind: 'one', customer }),
    askPurgeSelected: (ids: number[]) => ask({ kind: 'selected', ids }),
    askEmpty: (count: number) => ask({ kind: 'all', count }),
    purgeDialog: {
      request,
      purging: purge.isPending,
      error: purgeError,
      onClose: () => {
        if (!purge.isPending) setRequest(null)
      },
      onConfirm: () => {
        if (!request) return
        purge.mutate(request, {
          onSuccess: (count) => {
            notifications.show({ color: 'green', message: purgedText(request, count) })
            setRequest(null)
            onPurged()
          },
          onError: (error) => setPurgeError(errorMessage(t, error)),
        })
      },
    },
  }
}
