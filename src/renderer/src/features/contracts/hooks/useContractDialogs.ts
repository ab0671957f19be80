import { useState } from 'react'
import type { Invoice, Payment } from '../../../../../shared/api'

export type ContractDialog =
  | { kind: 'pay'; instalmentId: number | null }
  | { kind: 'invoice' }
  | { kind: 'reversePayment'; payment: Payment }
  | { kind: 'reverseInvoice'; invoice: Invoice }
  | { kind: 'terminate' }
  | null

/** Which dialog of the contract page is open (one at a time). */
export function useContractDialogs() {
  const [dialog, setDialog] = useState<ContractDialog>(null)
  return { dialog, open: setDialog, close: () => setDialog(null) }
}
