import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ContractDetail } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useDeleteWithUndo } from '../../../lib/useUndoToast'
import { useRefreshLedger } from '../../../data/ledger'

/**
 * 删除草稿: acts at once (ARCHITECTURE.md: destructive actions act at once and offer undo),
 * back to the list; the toast's 撤销 restores the draft (contracts.restore).
 */
export function useDeleteDraft() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const refresh = useRefreshLedger()
  const remove = useDeleteWithUndo<ContractDetail>({
    remove: (contract) => api.call('contracts.delete', { id: contract.id }),
    restore: (contract) => api.call('contracts.restore', { id: contract.id }),
    deletedText: (contract) => t('ledger.deleteDraft.done', { number: contract.number }),
    restoredText: (contract) => t('ledger.deleteDraft.restored', { number: contract.number }),
    refresh,
    testId: 'contract-delete-undo',
  })
  return {
    pending: remove.isPending,
    run: (contract: ContractDetail) =>
      remove.mutate(contract, {
        onSuccess: () => void navigate('/contracts', { replace: true }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('common.failed'),
            message: errorMessage(t, error),
          }),
      }),
  }
}
