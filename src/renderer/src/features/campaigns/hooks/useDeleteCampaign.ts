import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { Campaign } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useDeleteWithUndo } from '../../../lib/useUndoToast'
import { useRefreshCampaigns } from '../../../data/campaigns'

/**
 * Deleting a campaign acts at once (its customers and deals keep their attribution) and the
 * toast's 撤销 restores it; `onDeleted` runs after the delete (the detail page goes back).
 */
export function useDeleteCampaign(onDeleted?: () => void) {
  const { t } = useTranslation()
  const refresh = useRefreshCampaigns()
  const remove = useDeleteWithUndo<Pick<Campaign, 'id' | 'name'>>({
    remove: (campaign) => api.call('campaigns.delete', { id: campaign.id }),
    restore: (campaign) => api.call('campaigns.restore', { id: campaign.id }),
    deletedText: (campaign) => t('campaigns.deleted', { name: campaign.name }),
    restoredText: (campaign) => t('campaigns.restored', { name: campaign.name }),
    refresh,
    testId: 'campaign-undo',
  })
  return {
    deleteCampaign: (campaign: Pick<Campaign, 'id' | 'name'>) =>
      remove.mutate(campaign, {
        onSuccess: () => onDeleted?.(),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('campaigns.deleteFailed'),
            message: errorMessage(t, error),
          }),
      }),
    deleting: remove.isPending,
  }
}
