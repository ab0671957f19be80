/** What other features use of contracts: its only surface. */
export { CustomerContractsPanel } from './components/CustomerContractsPanel'
export { InstalmentStatusBadge } from './components/InstalmentStatusBadge'
export { NewContractButton } from './components/NewContractButton'
export { useContractOffer } from './hooks/useContractOffer'
