import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput } from '../../../../../shared/api'
import { api } from '../../../lib/api'

export const viewsKey = ['views', 'customers'] as const

export function useSavedViews() {
  return useQuery({
    queryKey: viewsKey,
    queryFn: () => api.call('views.list', { entity: 'customers' }),
  })
}

export function useSaveView() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: Omit<MethodInput<'views.save'>, 'entity'>) =>
      api.call('views.save', { entity: 'customers', ...input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: viewsKey }),
  })
}

export function useDeleteView() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => api.call('views.delete', { id }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: viewsKey }),
  })
}
