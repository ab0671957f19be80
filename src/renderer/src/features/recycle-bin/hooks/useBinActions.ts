import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Customer } from '../../../../../shared/api'
import { errorMessage } from '../../../lib/errors'
import { useRestoreCustomer } from '../../customers/hooks/useCustomers'
import { usePurgeCustomer, useRestoreMany } from './useRecycleBin'

type Named = Pick<Customer, 'id' | 'name' | 'code'>

/** Restore one, restore many, and delete for good after the confirm dialog. */
export function useBinActions() {
  const { t } = useTranslation()
  const restoreOne = useRestoreCustomer()
  const restoreMany = useRestoreMany()
  const purge = usePurgeCustomer()
  const [purgeTarget, setPurgeTarget] = useState<Named | null>(null)
  const [purgeError, setPurgeError] = useState<string | null>(null)
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', title: t('common.failed'), message: errorMessage(t, error) })

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
    askPurge: (customer: Named) => {
      setPurgeError(null)
      setPurgeTarget(customer)
    },
    purgeDialog: {
      customer: purgeTarget,
      purging: purge.isPending,
      error: purgeError,
      onClose: () => setPurgeTarget(null),
      onConfirm: () => {
        if (!purgeTarget) return
        purge.mutate(purgeTarget.id, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              message: t('recycleBin.purged', { name: purgeTarget.name }),
            })
            setPurgeTarget(null)
          },
          onError: (error) => setPurgeError(errorMessage(t, error)),
        })
      },
    },
  }
}
