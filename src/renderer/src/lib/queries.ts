import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  methods,
  type DataArea,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type MethodTraits,
} from '../../../shared/api'
import { api } from './api'

/**
 * Every query key starts with the data area it shows (`['ledger', …]`, `['reminders', …]`);
 * the contract says which areas each write touches, so a write refreshes exactly those:
 * a payment refreshes the ledger, the customer, the home page's figures and the badge.
 */

/** The areas a method changes, as its contract entry declares them. */
export function touchesOf(method: MethodName): readonly DataArea[] {
  return (methods[method] as MethodTraits).touches ?? []
}

/**
 * Refreshes the given areas in the background. Deliberately not awaited: TanStack runs the
 * caller's mutate() callbacks only after onSuccess returns, and a refetch can remount the
 * caller (an edit form keyed by updatedAt), which would drop its callbacks.
 */
export function useRefresh(areas: readonly DataArea[]) {
  const queryClient = useQueryClient()
  return () => {
    for (const area of new Set(areas)) void queryClient.invalidateQueries({ queryKey: [area] })
  }
}

/** A write through the contract; on success, what the method touches is refreshed. */
export function useApiMutation<M extends MethodName>(method: M) {
  const refresh = useRefresh(touchesOf(method))
  return useMutation({
    mutationFn: (input: MethodInput<M>) =>
      (api.call as (m: M, i: MethodInput<M>) => Promise<MethodOutput<M>>)(method, input),
    onSuccess: refresh,
  })
}
