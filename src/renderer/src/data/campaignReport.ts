import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '../lib/api'
import { reportsKey } from './reports'

/** reports.campaigns over a range (the owner does not apply: campaigns have none). */
export function useCampaignReport(range: { from: string; to: string }) {
  const input = { from: range.from, to: range.to }
  return useQuery({
    queryKey: [...reportsKey, 'campaigns', input],
    queryFn: () => api.call('reports.campaigns', input),
    placeholderData: keepPreviousData,
  })
}
