import { Group, Loader, Select, Text, type SelectProps } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Product } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'
import { useProductList } from '../../../data/ledger'

const PICKER_ROWS = 20

export interface ProductPickerProps extends Omit<
  SelectProps<number>,
  'data' | 'value' | 'onChange' | 'searchValue'
> {
  value: number | null
  /** The chosen product's name, shown before any search. */
  valueName?: string | null
  /** The whole product, so a contract line can take its name and price. */
  onChange: (product: Product | null) => void
}

/**
 * An active product by any fragment of name or SKU, or by pinyin (the core searches:
 * products.list with q). Each option shows SKU, price and unit.
 */
export function ProductPicker({ value, valueName, onChange, ...others }: ProductPickerProps) {
  const { t } = useTranslation()
  const [search, setSearch] = useState(valueName ?? '')
  const [debounced] = useDebouncedValue(search.trim(), 200)
  const q = debounced === (valueName ?? '').trim() ? '' : debounced
  const products = useProductList({
    ...(q ? { q } : {}),
    filter: { active: true },
    pageSize: PICKER_ROWS,
  })
  const rows = products.data?.rows ?? []
  const byId = new Map(rows.map((product) => [product.id, product]))
  const data = rows.map((product) => ({ value: product.id, label: product.name }))
  if (value !== null && !byId.has(value)) data.unshift({ value, label: valueName ?? `#${value}` })
  return (
    <Select<number>
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      onChange={(id) => onChange(id === null ? null : (byId.get(id) ?? null))}
      renderOption={({ option }) => {
        const product = byId.get(option.value)
        return (
          <Group justify="space-between" wrap="nowrap" gap="sm" w="100%">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" truncate="end">
                {option.label}
              </Text>
              {product?.sku && (
                <Text size="xs" c="dimmed">
                  {product.sku}
                </Text>
              )}
            </div>
            {product && (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('ledger.products.pricePerUnit', {
                  price: formatCents(product.priceCents),
                  unit: product.unit,
                })}
              </Text>
            )}
          </Group>
        )
      }}
      nothingFoundMessage={
        products.isFetching ? t('common.loading') : t('ledger.products.noneFound')
      }
      rightSection={products.isFetching ? <Loader size={14} /> : undefined}
      placeholder={t('ledger.form.productPlaceholder')}
      comboboxProps={{ width: 360, position: 'bottom-start' }}
      {...others}
    />
  )
}
