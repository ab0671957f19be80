import { Chip, Group, Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CONTRACT_STATUSES, type Owner } from '../../../../../shared/api'
import { CustomerPicker } from '../../customers'
import type { ContractListParams } from '../contractListParams'
import { DateRangeFilter } from '../../../components/data-table/DateRangeFilter'
import { ListSearchBox } from '../../../components/data-table/ListSearchBox'

export interface ContractFiltersProps {
  params: ContractListParams
  owners: Owner[]
  customerName?: string
  onChange: (patch: Partial<ContractListParams>) => void
}

/** Search, customer, status, overdue only, owner and the signing date range. */
export function ContractFilters({ params, owners, customerName, onChange }: ContractFiltersProps) {
  const { t } = useTranslation()
  const ownerOptions = owners
    .filter((owner) => owner.active || owner.id === params.ownerId)
    .map((owner) => ({ value: owner.id, label: owner.name }))
  return (
    <Group gap="xs" wrap="wrap" data-testid="contract-filters">
      <ListSearchBox
        value={params.q}
        onChange={(q) => onChange({ q })}
        placeholder={t('ledger.filters.searchContracts')}
        testId="contract-search"
      />
      <CustomerPicker
        key={`${params.customerId ?? 'none'}-${customerName ?? ''}`}
        aria-label={t('ledger.fields.customer')}
        placeholder={t('ledger.filters.anyCustomer')}
        value={params.customerId}
        valueName={customerName}
        onChange={(customerId) => onChange({ customerId })}
        clearable
        w={190}
        data-testid="filter-customer"
      />
      <Select
        aria-label={t('ledger.fields.status')}
        placeholder={t('ledger.filters.anyStatus')}
        data={CONTRACT_STATUSES.map((status) => ({
          value: status,
          label: t(`ledger.contractStatus.${status}`),
        }))}
        value={params.status}
        onChange={(value) =>
          onChange({ status: CONTRACT_STATUSES.find((s) => s === value) ?? null })
        }
        clearable
        w={120}
        data-testid="filter-status"
      />
      <Select<number>
        aria-label={t('ledger.fields.owner')}
        placeholder={t('ledger.filters.anyOwner')}
        data={ownerOptions}
        value={params.ownerId}
        onChange={(ownerId) => onChange({ ownerId })}
        clearable
        searchable
        w={120}
        data-testid="filter-owner"
      />
      <DateRangeFilter
        label={t('ledger.fields.signedDate')}
        from={params.signedFrom}
        to={params.signedTo}
        onChange={({ from, to }) => onChange({ signedFrom: from, signedTo: to })}
        testId="filter-signed"
      />
      <Chip
        checked={params.overdue}
        onChange={(overdue) => onChange({ overdue })}
        color="red"
        variant="light"
        data-testid="filter-overdue"
      >
        {t('ledger.filters.overdueOnly')}
      </Chip>
    </Group>
  )
}
