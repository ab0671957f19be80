import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  ContractListInput,
  MethodInput,
  MethodName,
  MethodOutput,
  PaymentListInput,
  ProductListInput,
} from '../../../../../shared/api'
import { api } from '../../../lib/api'

/**
 * Everything the ledger shows lives under ['ledger']: one write (a payment, a reversal,
 * an edit) changes contract sums, instalment statuses, aging and statements at once, so
 * each write refreshes the whole ledger, plus the customers (their revenue and outstanding).
 */
export const ledgerKey = ['ledger'] as const

export function useRefreshLedger() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: ledgerKey })
    void queryClient.invalidateQueries({ queryKey: ['customers'] })
  }
}

/** A read of the ledger, cached under ['ledger', method, input]. */
export function useLedgerQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: { enabled?: boolean; keepPrevious?: boolean } = {},
) {
  return useQuery({
    queryKey: [...ledgerKey, method, input ?? null],
    queryFn: () =>
      (api.call as (m: M, i: MethodInput<M>) => Promise<MethodOutput<M>>)(method, input),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious === false ? undefined : keepPreviousData,
  })
}

/** A write to the ledger; on success everything the ledger shows is refreshed (not awaited). */
export function useLedgerMutation<M extends MethodName>(method: M) {
  const refresh = useRefreshLedger()
  return useMutation({
    mutationFn: (input: MethodInput<M>) =>
      (api.call as (m: M, i: MethodInput<M>) => Promise<MethodOutput<M>>)(method, input),
    onSuccess: refresh,
  })
}

export function useContract(id: number | null) {
  return useLedgerQuery(
    'contracts.get',
    { id: id ?? 0 },
    { enabled: id !== null, keepPrevious: false },
  )
}

export function useContractList(input: ContractListInput, enabled = true) {
  return useLedgerQuery('contracts.list', input, { enabled })
}

export function useProductList(input: ProductListInput, enabled = true) {
  return useLedgerQuery('products.list', input, { enabled })
}

export function usePaymentList(input: PaymentListInput, enabled = true) {
  return useLedgerQuery('payments.list', input, { enabled })
}
