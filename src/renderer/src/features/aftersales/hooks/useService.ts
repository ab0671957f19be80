import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput, MethodName, MethodOutput } from '../../../../../shared/api'
import { api } from '../../../lib/api'

/**
 * Tickets and return visits live under ['service']; every write refreshes them, the reports
 * (the dashboard's open tickets, the after-sales report) and the customer's history.
 */
export const serviceKey = ['service'] as const

export function useTicketList(input: MethodInput<'tickets.list'>, enabled = true) {
  return useQuery({
    queryKey: [...serviceKey, 'tickets', input],
    queryFn: () => api.call('tickets.list', input),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useTicket(id: number | null) {
  return useQuery({
    queryKey: [...serviceKey, 'ticket', id],
    queryFn: () => api.call('tickets.get', { id: id ?? 0 }),
    enabled: id !== null,
  })
}

export function useReturnVisitList(input: MethodInput<'returnVisits.list'>) {
  return useQuery({
    queryKey: [...serviceKey, 'visits', input],
    queryFn: () => api.call('returnVisits.list', input),
    placeholderData: keepPreviousData,
  })
}

export function useServiceReport(range: { from: string; to: string; ownerId: number | null }) {
  const input = {
    from: range.from,
    to: range.to,
    ...(range.ownerId !== null ? { ownerId: range.ownerId } : {}),
  }
  return useQuery({
    queryKey: ['reports', 'service', input],
    queryFn: () => api.call('reports.service', input),
    placeholderData: keepPreviousData,
  })
}

export function useRefreshService() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: serviceKey }),
      queryClient.invalidateQueries({ queryKey: ['reports'] }),
    ])
}

/** One mutation per method, each refreshing the after-sales queries when it lands. */
function useServiceMutation<M extends MethodName>(method: M) {
  const refresh = useRefreshService()
  const call = api.call as (method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: () => refresh(),
  })
}

export const useCreateTicket = () => useServiceMutation('tickets.create')
export const useUpdateTicket = () => useServiceMutation('tickets.update')
export const useCloseTicket = () => useServiceMutation('tickets.close')
export const useReopenTicket = () => useServiceMutation('tickets.reopen')
export const useCompleteVisit = () => useServiceMutation('returnVisits.complete')
