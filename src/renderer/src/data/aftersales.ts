import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { TOUCHES, type MethodInput } from '../../../shared/api'
import { useApiMutation, useRefresh } from '../lib/queries'
import { api } from '../lib/api'

/**
 * Tickets and return visits live under ['service']; every write refreshes what it touches:
 * them, the reports (the dashboard's open tickets, the after-sales report), the reminders
 * and the customer's history (TOUCHES.service).
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
  return useRefresh(TOUCHES.service)
}

export const useCreateTicket = () => useApiMutation('tickets.create')
export const useUpdateTicket = () => useApiMutation('tickets.update')
export const useCloseTicket = () => useApiMutation('tickets.close')
export const useReopenTicket = () => useApiMutation('tickets.reopen')
export const useCompleteVisit = () => useApiMutation('returnVisits.complete')
