import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput } from '../../../shared/api'
import { api } from '../lib/api'

/** Every report answer lives under ['reports']: saving targets refreshes them all. */
export const reportsKey = ['reports'] as const

export interface RangeInput {
  from: string
  to: string
  ownerId?: number
}

function rangeInput(range: { from: string; to: string; ownerId: number | null }): RangeInput {
  return {
    from: range.from,
    to: range.to,
    ...(range.ownerId !== null ? { ownerId: range.ownerId } : {}),
  }
}

export function useSalesReport(
  range: { from: string; to: string; ownerId: number | null },
  groupBy: MethodInput<'reports.sales'>['groupBy'],
) {
  const input = { ...rangeInput(range), groupBy }
  return useQuery({
    queryKey: [...reportsKey, 'sales', input],
    queryFn: () => api.call('reports.sales', input),
    placeholderData: keepPreviousData,
  })
}

export function useReceivablesReport(range: { from: string; to: string; ownerId: number | null }) {
  const input = rangeInput(range)
  return useQuery({
    queryKey: [...reportsKey, 'receivables', input],
    queryFn: () => api.call('reports.receivables', input),
    placeholderData: keepPreviousData,
  })
}

export function useFunnelReport(range: { from: string; to: string; ownerId: number | null }) {
  const input = rangeInput(range)
  return useQuery({
    queryKey: [...reportsKey, 'funnel', input],
    queryFn: () => api.call('reports.funnel', input),
    placeholderData: keepPreviousData,
  })
}

export function useCustomersReport(range: { from: string; to: string; ownerId: number | null }) {
  const input = rangeInput(range)
  return useQuery({
    queryKey: [...reportsKey, 'customers', input],
    queryFn: () => api.call('reports.customers', input),
    placeholderData: keepPreviousData,
  })
}

export function useActivityReport(range: { from: string; to: string; ownerId: number | null }) {
  const input = rangeInput(range)
  return useQuery({
    queryKey: [...reportsKey, 'activity', input],
    queryFn: () => api.call('reports.activity', input),
    placeholderData: keepPreviousData,
  })
}

export function useDashboard() {
  return useQuery({
    queryKey: [...reportsKey, 'dashboard'],
    queryFn: () => api.call('reports.dashboard', {}),
  })
}

export function useReportRecords(input: MethodInput<'reports.records'> | null) {
  return useQuery({
    queryKey: [...reportsKey, 'records', input],
    queryFn: () => api.call('reports.records', input!),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  })
}

export function useTargets(year: number) {
  return useQuery({
    queryKey: [...reportsKey, 'targets', year],
    queryFn: () => api.call('targets.get', { year }),
  })
}

export function useSaveTargets() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: MethodInput<'targets.set'>) => api.call('targets.set', input),
    onSuccess: (grid) => {
      queryClient.setQueryData([...reportsKey, 'targets', grid.year], grid)
      return queryClient.invalidateQueries({ queryKey: reportsKey })
    },
  })
}
