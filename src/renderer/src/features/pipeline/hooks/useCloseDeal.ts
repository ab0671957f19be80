import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Deal } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useUndoToast } from '../../../lib/useUndoToast'
import { removeDealFromBoard } from '../boardCache'
import { useRefreshDeals } from '../../../data/deals'
import { useOptimisticBoards, useRollbackBoards } from './useMoveDeal'
import { useWonDealContractOffer } from './useWonDealContractOffer'

export type CloseOutcome = { outcome: 'won' } | { outcome: 'lost'; lostReason: string }

export type CloseDealInput = CloseOutcome & { deal: Pick<Deal, 'id' | 'title'> }

/**
 * 赢单 / 输单: the card leaves the board at once; the toast offers Undo (deals.reopen puts
 * it back in the stage it was closed from). A refusal puts the card back and says why.
 */
export function useCloseDeal() {
  const { t } = useTranslation()
  const refresh = useRefreshDeals()
  const optimistic = useOptimisticBoards()
  const rollback = useRollbackBoards()
  const showUndo = useUndoToast()
  const offerContract = useWonDealContractOffer()
  return useMutation({
    mutationFn: (input: CloseDealInput) =>
      api.call('deals.close', {
        id: input.deal.id,
        outcome: input.outcome,
        ...(input.outcome === 'lost' ? { lostReason: input.lostReason } : {}),
      }),
    onMutate: (input) => optimistic((board) => removeDealFromBoard(board, input.deal.id)),
    onError: (error, input, snapshot) => {
      rollback(snapshot)
      notifications.show({
        color: 'red',
        title: t('pipeline.close.failed', { title: input.deal.title }),
        message: errorMessage(t, error),
      })
    },
    onSuccess: (closed, input) => {
      showUndo({
        color: input.outcome === 'won' ? 'green' : 'red',
        message:
          input.outcome === 'won'
            ? t('pipeline.close.won', { title: closed.title })
            : t('pipeline.close.lost', { title: closed.title, reason: input.lostReason }),
        undo: async () => {
          const reopened = await api.call('deals.reopen', { id: closed.id })
          return t('pipeline.close.reopened', {
            title: reopened.title,
            stage: reopened.stageName,
          })
        },
        onSettled: refresh,
        testId: 'deal-close-undo',
      })
      if (closed.status === 'won') offerContract(closed)
    },
    onSettled: refresh,
  })
}
