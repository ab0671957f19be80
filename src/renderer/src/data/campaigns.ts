import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { CampaignCreateInput, CampaignListInput } from '../../../shared/api'
import { api } from '../lib/api'
import { TOUCHES } from '../../../shared/api'
import { useRefresh } from '../lib/queries'

/**
 * A campaign's figures follow its customers and deals: its queries live under
 * ['customers', 'campaigns', …], so every customer and deal write (which refreshes
 * ['customers']) refreshes them too. A campaign's own write refreshes the customers and
 * deals that name it, and the reports.
 */
export const campaignsKey = ['customers', 'campaigns'] as const

export function useCampaignList(input: CampaignListInput) {
  return useQuery({
    queryKey: [...campaignsKey, 'list', input],
    queryFn: () => api.call('campaigns.list', input),
    placeholderData: keepPreviousData,
  })
}

export function useCampaign(id: number | null) {
  return useQuery({
    queryKey: [...campaignsKey, 'get', id],
    queryFn: () => api.call('campaigns.get', { id: id ?? 0 }),
    enabled: id !== null,
  })
}

/** Every campaign by name (live first) for the selects, filters and labels. */
export function useCampaignOptions() {
  return useQuery({
    queryKey: [...campaignsKey, 'options'],
    queryFn: () => api.call('campaigns.options', {}),
    staleTime: 30_000,
  })
}

export function useRefreshCampaigns() {
  return useRefresh(TOUCHES.campaign)
}

export type SaveCampaignInput =
  { id: null; values: CampaignCreateInput } | { id: number; values: CampaignCreateInput }

export function useSaveCampaign() {
  const refresh = useRefreshCampaigns()
  return useMutation({
    mutationFn: (input: SaveCampaignInput) =>
      input.id === null
        ? api.call('campaigns.create', input.values)
        : api.call('campaigns.update', { ...input.values, id: input.id }),
    onSuccess: refresh,
  })
}
