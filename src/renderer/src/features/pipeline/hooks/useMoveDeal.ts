import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Board, Deal } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { moveDealOnBoard } from '../boardCache'
import { boardKey, useRefreshDeals } from '../../../data/deals'

const moveKey = ['deals', 'move'] as const

export interface MoveDealInput {
  deal: Pick<Deal, 'id' | 'title' | 'stageId'>
  toStageId: number
  /** Where the card lands among the column's cards on screen (the optimistic board). */
  toIndex?: number
  /** The deal's index in the stage afterwards, for deals.move (see dropPosition). */
  position?: number
}

export type BoardSnapshot = [QueryKey, Board | undefined][]

/**
 * Every cached board (one per filter set) changed alike, synchronously — a dropped card
 * must not flash back to its old place for a frame — and what they were before.
 * Cancelling first keeps a refetch that was already under way from overwriting the change.
 */
export function useOptimisticBoards() {
  const queryClient = useQueryClient()
  return useCallback(
    (edit: (board: Board) => Board): BoardSnapshot => {
      void queryClient.cancelQueries({ queryKey: boardKey })
      const snapshot = queryClient.getQueriesData<Board>({ queryKey: boardKey })
      queryClient.setQueriesData<Board>({ queryKey: boardKey }, (board) => board && edit(board))
      return snapshot
    },
    [queryClient],
  )
}

export function useRollbackBoards() {
  const queryClient = useQueryClient()
  return useCallback(
    (snapshot: BoardSnapshot | undefined) => {
      for (const [key, board] of snapshot ?? []) queryClient.setQueryData(key, board)
    },
    [queryClient],
  )
}

/**
 * Moves a card: the board changes at once; when the core refuses, the board goes back to
 * what it was and a toast says why. Boards are refetched once the last of several quick
 * moves has settled, so an early answer cannot undo a later card on screen.
 */
export function useMoveDeal() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const refresh = useRefreshDeals()
  const optimistic = useOptimisticBoards()
  const rollback = useRollbackBoards()
  const mutation = useMutation({
    mutationKey: moveKey,
    mutationFn: ({ deal, toStageId, position }: MoveDealInput & { snapshot: BoardSnapshot }) =>
      api.call('deals.move', {
        id: deal.id,
        stageId: toStageId,
        ...(position === undefined ? {} : { position }),
      }),
    onError: (error, input) => {
      rollback(input.snapshot)
      notifications.show({
        color: 'red',
        title: t('pipeline.move.failed', { title: input.deal.title }),
        message: errorMessage(t, error),
      })
    },
    onSettled: () => {
      if (queryClient.isMutating({ mutationKey: moveKey }) <= 1) refresh()
    },
  })
  const { mutate } = mutation
  const move = useCallback(
    (input: MoveDealInput) => {
      const snapshot = optimistic((board) =>
        moveDealOnBoard(board, input.deal.id, input.toStageId, input.toIndex),
      )
      mutate({ ...input, snapshot })
    },
    [mutate, optimistic],
  )
  return { move, pending: mutation.isPending }
}
