/** The contract and receivables ledger (合同与应收): filled in by the ledger work. */
export const ledgerMethods = {} as const
