import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { CustomerMergeInput } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { customersKey } from '../../customers/hooks/useCustomers'
import { duplicatesKey } from './useDuplicates'

/** customers.merge; the success toast offers Undo (customers.unmerge with the merge's id). */
export function useMergeCustomers() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: customersKey })
    void queryClient.invalidateQueries({ queryKey: duplicatesKey })
  }

  const undo = async (mergeId: number, toastId: string) => {
    notifications.hide(toastId)
    try {
      const kept = await api.call('customers.unmerge', { mergeId })
      notifications.show({ color: 'green', message: t('merge.undone', { name: kept.name }) })
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('common.failed'),
        message: errorMessage(t, error),
      })
    }
    refresh()
  }

  return useMutation({
    mutationFn: (input: CustomerMergeInput) => api.call('customers.merge', input),
    onSuccess: (kept, input) => {
      refresh()
      const toastId = `merged-${kept.mergeId}`
      notifications.show({
        id: toastId,
        autoClose: 15_000,
        color: 'green',
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">
              {t('merge.done', { count: input.mergeIds.length, name: kept.name })}
            </Text>
            <Button
              data-testid="merge-undo"
              size="compact-sm"
              variant="light"
              onClick={() => void undo(kept.mergeId, toastId)}
            >
              {t('common.undo')}
            </Button>
          </Group>
        ),
      })
    },
  })
}
