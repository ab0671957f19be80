import { notifications } from '@mantine/notifications'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Deal } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useDeleteWithUndo } from '../../../lib/useUndoToast'
import { useRefreshDeals } from '../../../data/deals'

/** Deletes a deal at once; the toast's Undo restores it (deals.restore). */
export function useDeleteDeal() {
  const { t } = useTranslation()
  const refresh = useRefreshDeals()
  const mutation = useDeleteWithUndo<Pick<Deal, 'id' | 'title'>>({
    remove: (deal) => api.call('deals.delete', { id: deal.id }),
    restore: (deal) => api.call('deals.restore', { id: deal.id }),
    deletedText: (deal) => t('pipeline.deleted', { title: deal.title }),
    restoredText: (deal) => t('pipeline.restored', { title: deal.title }),
    refresh,
    testId: 'deal-delete-undo',
  })
  const { mutate } = mutation
  const remove = useCallback(
    (deal: Pick<Deal, 'id' | 'title'>, onDone?: () => void) =>
      mutate(deal, {
        onSuccess: () => onDone?.(),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('common.failed'),
            message: errorMessage(t, error),
          }),
      }),
    [mutate, t],
  )
  return { remove, deleting: mutation.isPending }
}
