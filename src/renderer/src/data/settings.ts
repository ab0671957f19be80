import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput, Settings } from '../../../shared/api'
import { api } from '../lib/api'

export const settingsKey = ['settings'] as const

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => api.call('settings.get') })
}

export function useUpdateSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: MethodInput<'settings.update'>) => api.call('settings.update', input),
    onSuccess: (settings: Settings) => queryClient.setQueryData(settingsKey, settings),
  })
}
