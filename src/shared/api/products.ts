import { z } from 'zod'
import { id, listInput, optionalText, type ListResult } from './common'
import { byId, ledgerCents } from './ledger'
import { method, TOUCHES } from './method'

/** The products and services (产品/服务) contract lines are picked from; prices in 分. */

export interface Product {
  id: number
  name: string
  sku: string | null
  /** 件, 套, 年, 小时 … free text. */
  unit: string
  priceCents: number
  costCents: number | null
  category: string | null
  active: boolean
  createdAt: number
  updatedAt: number
}

const productFields = {
  name: z.string().trim().min(1).max(200),
  /** Unique among products when set (errors.productSkuTaken). */
  sku: optionalText(64),
  unit: z.string().trim().min(1).max(20),
  priceCents: ledgerCents,
  costCents: ledgerCents.nullable().optional(),
  category: optionalText(50),
  active: z.boolean().optional(),
}
export const productCreateInput = z.strictObject(productFields)
export const productUpdateInput = z.strictObject({
  id,
  name: productFields.name.optional(),
  sku: productFields.sku,
  unit: productFields.unit.optional(),
  priceCents: ledgerCents.optional(),
  costCents: productFields.costCents,
  category: productFields.category,
  active: productFields.active,
})
export const PRODUCT_SORT_FIELDS = ['name', 'sku', 'priceCents', 'createdAt', 'updatedAt'] as const
export const productFilter = z.strictObject({
  /** true: only active ones (the picker); false: only inactive; absent: all. */
  active: z.boolean().optional(),
  category: z.string().trim().max(50).optional(),
})
/** `q` matches name, SKU and the name's pinyin (full or initials). Default sort: name (pinyin). */
export const productListInput = listInput(productFilter, [...PRODUCT_SORT_FIELDS])

export type ProductCreateInput = z.input<typeof productCreateInput>
export type ProductUpdateInput = z.input<typeof productUpdateInput>
export type ProductListInput = z.input<typeof productListInput>

export const productMethods = {
  'products.create': method<Product>()(productCreateInput, { touches: TOUCHES.product }),
  'products.update': method<Product>()(productUpdateInput, { touches: TOUCHES.product }),
  'products.get': method<Product>()(byId),
  'products.list': method<ListResult<Product>>()(productListInput),
} as const
