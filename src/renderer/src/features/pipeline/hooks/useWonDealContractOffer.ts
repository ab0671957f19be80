import type { DealDetail } from '../../../../../shared/api'
import { useContractOffer } from '../../contracts'

/**
 * "Won deal → contract": winning a deal offers to create the contract
 * with the customer, title, products and amount filled in (the ledger's toast opens
 * #/contracts/new?dealId=…). Every place a deal is won (board drop zone, card menu, detail
 * drawer) already calls this.
 */
export function useWonDealContractOffer(): (deal: DealDetail) => void {
  return useContractOffer()
}
