import { useCallback } from 'react'
import type { DealDetail } from '../../../../../shared/api'

/**
 * HOOK POINT — "won deal → contract" (issue 4, point 4): winning a deal should offer to
 * create the contract with the customer, amount and products filled in. The contract
 * form lands with the ledger; until then the offer is deliberately not shown.
 *
 * When it lands: return a function that shows the offer (a toast or a modal opening the
 * contract form with { customerId, title, amountCents, productIds } of `deal`). Every
 * place a deal is won (board drop zone, card menu, detail drawer) already calls this.
 */
export function useWonDealContractOffer(): (deal: DealDetail) => void {
  return useCallback((_deal: DealDetail) => {}, [])
}
