import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput, PipelineStage } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { dealsKey, pipelineKey } from '../../../data/deals'

const stagesKey = [...pipelineKey, 'stages'] as const
const lostReasonsKey = [...pipelineKey, 'lostReasons'] as const

/** Every stage in order: the open ones, then 赢单 and 输单. */
export function useStages() {
  return useQuery({ queryKey: stagesKey, queryFn: () => api.call('pipeline.stages') })
}

export function openStages(stages: PipelineStage[] | undefined): PipelineStage[] {
  return (stages ?? []).filter((stage) => stage.kind === 'open')
}

export function useLostReasons() {
  return useQuery({ queryKey: lostReasonsKey, queryFn: () => api.call('pipeline.lostReasons') })
}

/** Stage names, probabilities and order show on the board and in every deal too. */
function useRefreshPipeline() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: pipelineKey })
    void queryClient.invalidateQueries({ queryKey: dealsKey })
  }
}

export function useCreateStage() {
  const refresh = useRefreshPipeline()
  return useMutation({
    mutationFn: (input: MethodInput<'pipeline.createStage'>) =>
      api.call('pipeline.createStage', input),
    onSuccess: refresh,
  })
}

export function useUpdateStage() {
  const refresh = useRefreshPipeline()
  return useMutation({
    mutationFn: (input: MethodInput<'pipeline.updateStage'>) =>
      api.call('pipeline.updateStage', input),
    onSuccess: refresh,
  })
}

/** Reorders at once on screen (the panel's list), back when the core refuses. */
export function useReorderStages() {
  const queryClient = useQueryClient()
  const refresh = useRefreshPipeline()
  return useMutation({
    mutationFn: (ids: number[]) => api.call('pipeline.reorderStages', { ids }),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: stagesKey })
      const before = queryClient.getQueryData<PipelineStage[]>(stagesKey)
      if (before) {
        const open = ids
          .map((id) => before.find((stage) => stage.id === id))
          .filter((stage): stage is PipelineStage => stage !== undefined)
        queryClient.setQueryData(stagesKey, [
          ...open,
          ...before.filter((stage) => stage.kind !== 'open'),
        ])
      }
      return before
    },
    onError: (_error, _ids, before) => queryClient.setQueryData(stagesKey, before),
    onSettled: refresh,
  })
}

export function useRemoveStage() {
  const refresh = useRefreshPipeline()
  return useMutation({
    mutationFn: (input: MethodInput<'pipeline.removeStage'>) =>
      api.call('pipeline.removeStage', input),
    onSuccess: refresh,
  })
}

export function useSetLostReasons() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (reasons: string[]) => api.call('pipeline.setLostReasons', { reasons }),
    onSuccess: (reasons) => queryClient.setQueryData(lostReasonsKey, reasons),
  })
}
