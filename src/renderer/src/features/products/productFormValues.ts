import type { TFunction } from 'i18next'
import type { Product, ProductCreateInput, ProductUpdateInput } from '../../../../shared/api'
import { MAX_LEDGER_CENTS } from '../../../../shared/api'
import { parseYuan } from '../../../../shared/money'
import { centsToYuanText } from '../../lib/moneyText'

export interface ProductFormValues {
  name: string
  sku: string
  unit: string
  price: string
  cost: string
  category: string
  active: boolean
}

export const PRODUCT_FORM_FIELDS = [
  'name',
  'sku',
  'unit',
  'priceCents',
  'costCents',
  'category',
] as const

export function emptyProductValues(): ProductFormValues {
  return { name: '', sku: '', unit: '', price: '', cost: '', category: '', active: true }
}

export function productToValues(product: Product): ProductFormValues {
  return {
    name: product.name,
    sku: product.sku ?? '',
    unit: product.unit,
    price: centsToYuanText(product.priceCents),
    cost: product.costCents === null ? '' : centsToYuanText(product.costCents),
    category: product.category ?? '',
    active: product.active,
  }
}

function amount(text: string): number | null {
  const cents = parseYuan(text)
  return cents !== null && cents >= 0 && cents <= MAX_LEDGER_CENTS ? cents : null
}

export function validateProduct(values: ProductFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!values.name.trim()) errors.name = t('errors.required')
  if (!values.unit.trim()) errors.unit = t('errors.required')
  if (amount(values.price) === null) errors.priceCents = t('ledger.products.priceInvalid')
  if (values.cost.trim() && amount(values.cost) === null)
    errors.costCents = t('ledger.products.priceInvalid')
  return errors
}

export function toProductInput(values: ProductFormValues): ProductCreateInput {
  return {
    name: values.name.trim(),
    sku: values.sku.trim() || null,
    unit: values.unit.trim(),
    priceCents: amount(values.price) ?? 0,
    costCents: values.cost.trim() ? amount(values.cost) : null,
    category: values.category.trim() || null,
    active: values.active,
  }
}

export function toProductUpdate(id: number, values: ProductFormValues): ProductUpdateInput {
  return { id, ...toProductInput(values) }
}
