import { Group, Select } from '@mantine/core'
import { IconCalendarMonth } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Owner } from '../../../../../shared/api'
import { closeMonthOptions } from '../closeMonths'
import type { PipelineParams } from '../pipelineParams'
import { AmountRangeFilter } from './AmountRangeFilter'
import { ListSearchBox } from '../../../components/data-table/ListSearchBox'

export interface DealFiltersProps {
  params: PipelineParams
  owners: Owner[]
  today: string
  onChange: (patch: Partial<PipelineParams>) => void
  /** The list view's status and stage filters. */
  children?: ReactNode
}

/** Search, owner, expected close month and amount range: the board and the list share them. */
export function DealFilters({ params, owners, today, onChange, children }: DealFiltersProps) {
  const { t, i18n } = useTranslation()
  const ownerOptions = owners
    .filter((owner) => owner.active || owner.id === params.ownerId)
    .map((owner) => ({ value: owner.id, label: owner.name }))
  const months = closeMonthOptions(today, i18n.language)
  if (params.closeMonth && !months.some((month) => month.value === params.closeMonth))
    months.push({ value: params.closeMonth, label: params.closeMonth })
  return (
    <Group gap="xs" wrap="nowrap" data-testid="deal-filters">
      <ListSearchBox
        value={params.q}
        onChange={(q) => onChange({ q })}
        placeholder={t('pipeline.filters.searchPlaceholder')}
        testId="deal-search"
        width={220}
      />
      <Select<number>
        data-testid="filter-owner"
        aria-label={t('pipeline.filters.owner')}
        placeholder={t('pipeline.filters.anyOwner')}
        data={ownerOptions}
        value={params.ownerId}
        onChange={(ownerId) => onChange({ ownerId })}
        clearable
        searchable
        w={130}
      />
      <Select
        data-testid="filter-month"
        aria-label={t('pipeline.filters.closeMonth')}
        placeholder={t('pipeline.filters.anyMonth')}
        leftSection={<IconCalendarMonth size={16} />}
        data={months}
        value={params.closeMonth}
        onChange={(closeMonth) => onChange({ closeMonth })}
        clearable
        w={170}
        maxDropdownHeight={280}
      />
      <AmountRangeFilter
        min={params.minAmountCents}
        max={params.maxAmountCents}
        onChange={(range) => onChange(range)}
      />
      {children}
    </Group>
  )
}
