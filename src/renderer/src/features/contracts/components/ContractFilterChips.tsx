import { useTranslation } from 'react-i18next'
import type { Owner } from '../../../../../shared/api'
import {
  clearAllContractFilters,
  clearContractFilter,
  type ContractFilterKey,
  type ContractListParams,
} from '../contractListParams'
import { FilterChips, type FilterChip } from '../../../components/data-table/FilterChips'

export interface ContractFilterChipsProps {
  params: ContractListParams
  owners: Owner[]
  customerName?: string
  onChange: (next: ContractListParams) => void
}

/** The contract list's filters in force, each removable. */
export function ContractFilterChips({
  params,
  owners,
  customerName,
  onChange,
}: ContractFilterChipsProps) {
  const { t } = useTranslation()
  const chips: FilterChip<ContractFilterKey>[] = []
  if (params.q) chips.push({ key: 'q', label: t('ledger.filters.search'), value: params.q })
  if (params.customerId !== null)
    chips.push({
      key: 'customerId',
      label: t('ledger.fields.customer'),
      value: customerName ?? `#${params.customerId}`,
    })
  if (params.status)
    chips.push({
      key: 'status',
      label: t('ledger.fields.status'),
      value: t(`ledger.contractStatus.${params.status}`),
    })
  if (params.overdue)
    chips.push({
      key: 'overdue',
      label: t('ledger.filters.overdue'),
      value: t('ledger.filters.yes'),
    })
  if (params.ownerId !== null)
    chips.push({
      key: 'ownerId',
      label: t('ledger.fields.owner'),
      value: owners.find((owner) => owner.id === params.ownerId)?.name ?? `#${params.ownerId}`,
    })
  if (params.signedFrom || params.signedTo)
    chips.push({
      key: 'signed',
      label: t('ledger.fields.signedDate'),
      value: `${params.signedFrom ?? '…'} – ${params.signedTo ?? '…'}`,
    })
  return (
    <FilterChips
      chips={chips}
      onRemove={(key) => onChange(clearContractFilter(params, key))}
      onClearAll={() => onChange(clearAllContractFilters(params))}
      testId="contract-filter-chips"
    />
  )
}
