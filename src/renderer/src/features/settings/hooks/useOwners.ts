import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput } from '../../../../../shared/api'
import { api } from '../../../lib/api'

export const ownersKey = ['owners'] as const

export function useOwners() {
  return useQuery({ queryKey: ownersKey, queryFn: () => api.call('owners.list') })
}

function useInvalidateOwners() {
  const queryClient = useQueryClient()
  // Owner names appear in customer rows too.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ownersKey }),
      queryClient.invalidateQueries({ queryKey: ['customers'] }),
    ])
}

export function useCreateOwner() {
  const invalidate = useInvalidateOwners()
  return useMutation({
    mutationFn: (input: MethodInput<'owners.create'>) => api.call('owners.create', input),
    onSuccess: invalidate,
  })
}

export function useUpdateOwner() {
  const invalidate = useInvalidateOwners()
  return useMutation({
    mutationFn: (input: MethodInput<'owners.update'>) => api.call('owners.update', input),
    onSuccess: invalidate,
  })
}
