import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import {
  newContractValues,
  prefillValues,
  type ContractFormValues,
} from '../form/contractFormValues'

export interface NewContractStart {
  initial: ContractFormValues
  customerName?: string
}

/**
 * What a new contract starts with: empty, for a customer (its name and owner), or from a won
 * deal (contracts.prefillFromDeal: customer, title, products and amount). Read once per
 * visit; not cached (the next free number changes with every contract).
 */
export function useNewContractStart(
  customerId: number | null,
  dealId: number | null,
  today: string,
  enabled = true,
) {
  return useQuery({
    enabled,
    queryKey: ['ledger', 'newContractStart', customerId, dealId, today],
    gcTime: 0,
    staleTime: Infinity,
    queryFn: async (): Promise<NewContractStart> => {
      if (dealId !== null) {
        const prefill = await api.call('contracts.prefillFromDeal', { dealId })
        return { initial: prefillValues(prefill), customerName: prefill.customerName }
      }
      const { number } = await api.call('contracts.nextNumber', { signedDate: today })
      if (customerId === null) return { initial: newContractValues({ number, today }) }
      const customer = await api.call('customers.get', { id: customerId })
      return {
        initial: newContractValues({ number, today, customerId, ownerId: customer.ownerId }),
        customerName: customer.name,
      }
    },
  })
}
