import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput } from '../../../shared/api'
import { api } from '../lib/api'
import { TOUCHES } from '../../../shared/api'

export const ownersKey = ['owners'] as const

export function useOwners() {
  return useQuery({ queryKey: ownersKey, queryFn: () => api.call('owners.list') })
}

function useInvalidateOwners() {
  const queryClient = useQueryClient()
  // Owner names appear wherever a record shows its owner (TOUCHES.owner).
  return () =>
    Promise.all(TOUCHES.owner.map((area) => queryClient.invalidateQueries({ queryKey: [area] })))
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
