import { keepPreviousData, useQuery } from '@tanstack/react-query'
import {
  TOUCHES,
  type ContractListInput,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type PaymentListInput,
  type ProductListInput,
} from '../../../shared/api'
import { api } from '../lib/api'
import { useRefresh } from '../lib/queries'

/**
 * Everything the ledger shows lives under ['ledger']: one write (a payment, a reversal,
 * an edit) changes contract sums, instalment statuses, aging and statements at once, so
 * each write refreshes the whole ledger and what else a ledger write touches (the
 * customers, the home page's figures, the reminders badge: TOUCHES.ledger).
 */
export const ledgerKey = ['ledger'] as const

export function useRefreshLedger() {
  return useRefresh(TOUCHES.ledger)
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
