import { Loader, Select, type SelectProps } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../lib/api'

const PICKER_ROWS = 20

export interface CustomerPickerProps extends Omit<
  SelectProps<number>,
  'data' | 'value' | 'onChange' | 'searchValue'
> {
  value: number | null
  /** The chosen customer's name, so the field reads right before any search. */
  valueName?: string
  onChange: (id: number | null, name: string | null) => void
}

/**
 * A customer by any fragment of name, contact, phone or pinyin: the core searches
 * (customers.list with q), the list shows its answer as is — a pinyin match such as
 * "bjzs" would not survive a filter on the names on screen.
 */
export function CustomerPicker({ value, valueName, onChange, ...others }: CustomerPickerProps) {
  const { t } = useTranslation()
  const [search, setSearch] = useState(valueName ?? '')
  const [chosenName, setChosenName] = useState(valueName ?? '')
  const [debounced] = useDebouncedValue(search.trim(), 200)
  // While the field shows the chosen name, list everyone rather than only that name.
  const q = debounced === chosenName.trim() ? '' : debounced
  const customers = useQuery({
    queryKey: ['customers', 'picker', q],
    queryFn: () => api.call('customers.list', { ...(q ? { q } : {}), pageSize: PICKER_ROWS }),
    placeholderData: keepPreviousData,
  })
  const rows = customers.data?.rows ?? []
  const data = rows.map((customer) => ({ value: customer.id, label: customer.name }))
  if (value !== null && !data.some((option) => option.value === value))
    data.unshift({ value, label: chosenName || valueName || `#${value}` })
  return (
    <Select<number>
      searchable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      onChange={(id, option) => {
        setChosenName(option?.label ?? '')
        onChange(id, option?.label ?? null)
      }}
      nothingFoundMessage={
        customers.isFetching ? t('common.loading') : t('pipeline.form.noCustomer')
      }
      rightSection={customers.isFetching ? <Loader size={14} /> : undefined}
      placeholder={t('pipeline.form.customerPlaceholder')}
      {...others}
    />
  )
}
