import { MultiSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useProductList } from '../../../data/ledger'

/** The catalogue a small business keeps fits one list; the picker filters it as you type. */
const CATALOGUE_ROWS = 500

export interface ProductsOfInterestProps {
  label: string
  value: number[]
  onChange: (ids: number[]) => void
  error?: React.ReactNode
}

/**
 * Products of interest (产品意向) of a deal: active products by name or SKU. A product
 * since made inactive stays chosen and shown by name.
 */
export function ProductsOfInterest({ label, value, onChange, error }: ProductsOfInterestProps) {
  const { t } = useTranslation()
  const products = useProductList({ pageSize: CATALOGUE_ROWS })
  const rows = products.data?.rows ?? []
  const data = rows
    .filter((product) => product.active || value.includes(product.id))
    .map((product) => ({
      value: String(product.id),
      label: product.sku ? `${product.name} · ${product.sku}` : product.name,
    }))
  const known = new Set(data.map((option) => option.value))
  for (const id of value)
    if (!known.has(String(id))) data.push({ value: String(id), label: `#${id}` })
  return (
    <MultiSelect
      label={label}
      data={data}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('pipeline.form.noProducts')}
      data-testid="deal-productIds"
      value={value.map(String)}
      onChange={(ids) => onChange(ids.map(Number))}
      error={error}
    />
  )
}
