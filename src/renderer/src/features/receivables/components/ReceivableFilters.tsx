import { Group, Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { RECEIVABLE_STATUSES } from '../../../../../shared/api'
import { DateRangeFilter } from '../../../components/data-table/DateRangeFilter'
import { ListSearchBox } from '../../../components/data-table/ListSearchBox'
import { CustomerPicker } from '../../customers'
import type { ReceivableParams } from '../receivableParams'

export interface ReceivableFiltersProps {
  params: ReceivableParams
  customerName?: string
  onChange: (patch: Partial<ReceivableParams>) => void
}

/** The open instalments' filters: search, customer, status, due date range (the owner is the page's). */
export function ReceivableFilters({ params, customerName, onChange }: ReceivableFiltersProps) {
  const { t } = useTranslation()
  return (
    <Group gap="xs" wrap="wrap" data-testid="receivable-filters">
      <ListSearchBox
        value={params.q}
        onChange={(q) => onChange({ q })}
        placeholder={t('ledger.filters.searchContracts')}
        testId="receivable-search"
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
        data-testid="receivable-filter-customer"
      />
      <Select
        aria-label={t('ledger.fields.status')}
        placeholder={t('ledger.filters.anyStatus')}
        data={RECEIVABLE_STATUSES.map((status) => ({
          value: status,
          label: t(`ledger.instalmentStatus.${status}`),
        }))}
        value={params.status}
        onChange={(value) =>
          onChange({ status: RECEIVABLE_STATUSES.find((s) => s === value) ?? null })
        }
        clearable
        w={120}
        data-testid="receivable-filter-status"
      />
      <DateRangeFilter
        label={t('ledger.fields.dueDate')}
        from={params.dueFrom}
        to={params.dueTo}
        onChange={({ from, to }) => onChange({ dueFrom: from, dueTo: to })}
        testId="receivable-filter-due"
      />
    </Group>
  )
}
