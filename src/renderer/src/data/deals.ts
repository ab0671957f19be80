import { keepPreviousData, useMutation, usePrefetchQuery, useQuery } from '@tanstack/react-query'
import {
  TOUCHES,
  type DealBoardInput,
  type DealCreateInput,
  type DealListInput,
  type DealUpdateInput,
} from '../../../shared/api'
import { api } from '../lib/api'
import { useRefresh } from '../lib/queries'

/** Everything about deals: boards, lists and single deals. Stages live under pipelineKey. */
export const dealsKey = ['deals'] as const
export const boardKey = [...dealsKey, 'board'] as const
export const pipelineKey = ['pipeline'] as const

function boardQuery(input: DealBoardInput) {
  return {
    queryKey: [...boardKey, input ?? {}],
    queryFn: () => api.call('deals.board', input ?? {}),
  }
}

export function useBoard(input: DealBoardInput) {
  return useQuery({ ...boardQuery(input), placeholderData: keepPreviousData })
}

/**
 * Asks for the board while the page's first render is still under way, rather than after
 * it commits: on a cold start that is most of the wait before the first card shows.
 */
export function usePrefetchBoard(input: DealBoardInput) {
  usePrefetchQuery(boardQuery(input))
}

export function useDealList(input: DealListInput, enabled = true) {
  return useQuery({
    queryKey: [...dealsKey, 'list', input],
    queryFn: () => api.call('deals.list', input),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useDeal(id: number | null) {
  return useQuery({
    queryKey: [...dealsKey, 'get', id],
    queryFn: () => api.call('deals.get', { id: id ?? 0 }),
    enabled: id !== null,
  })
}

/**
 * After any change of a deal: boards, lists, the deal itself, the stages' deal counts and
 * the customer (its lifecycle stage moves to 成交 on the first won deal). Not awaited, so a
 * caller's mutate() callbacks run at once (see useCustomers.ts).
 */
export function useRefreshDeals() {
  return useRefresh(TOUCHES.deal)
}

export function useCreateDeal() {
  const refresh = useRefreshDeals()
  return useMutation({
    mutationFn: (input: DealCreateInput) => api.call('deals.create', input),
    onSuccess: refresh,
  })
}

export function useUpdateDeal() {
  const refresh = useRefreshDeals()
  return useMutation({
    mutationFn: (input: DealUpdateInput) => api.call('deals.update', input),
    onSuccess: refresh,
  })
}

export function useReopenDeal() {
  const refresh = useRefreshDeals()
  return useMutation({
    mutationFn: (id: number) => api.call('deals.reopen', { id }),
    onSuccess: refresh,
  })
}

/** The drawer's stage change of an open deal (to the end of the new stage). */
export function useMoveDealSimple() {
  const refresh = useRefreshDeals()
  return useMutation({
    mutationFn: (input: { id: number; stageId: number }) => api.call('deals.move', input),
    onSuccess: refresh,
  })
}
