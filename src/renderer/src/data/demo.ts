import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../lib/api'
import { settingsKey } from './settings'

export const DEMO_CUSTOMERS = 200

/** Loads the demo customers and marks the first-run choice as made. */
export function useLoadDemo() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      const loaded = await api.call('demo.load', { customers: DEMO_CUSTOMERS })
      const settings = await api.call('settings.update', { onboarded: true })
      return { loaded, settings }
    },
    onSuccess: async ({ settings }) => {
      queryClient.setQueryData(settingsKey, settings)
      await queryClient.invalidateQueries()
    },
  })
}
