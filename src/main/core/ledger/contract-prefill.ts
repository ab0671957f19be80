import type { ContractItemInput, ContractPrefill } from '../../../shared/api'
import { lineTotalOf, sumCents } from '../../../shared/ledger-rules'
import { today } from '../clock'
import type { Ctx } from '../context'
import { notFound } from '../errors'
import { nextContractNumber } from './contracts'
import { getSettings } from '../app'

/** The adjustment line's description, in the app's language (settings.locale). */
const ADJUSTMENT = { 'zh-CN': '价格调整', en: 'Price adjustment' } as const

interface DealRow {
  id: number
  customerId: number
  customerName: string
  title: string
  amountCents: number
  ownerId: number | null
  productIds: string
}

/**
 * A deal as a contracts.create starting point: one line per product of the deal at its
 * list price, plus a price adjustment line (价格调整 / Price adjustment, in the app's
 * language) so the total is the deal's amount (one line of the amount, described by the
 * deal's title, when the deal names no product); one instalment of the total due today.
 */
export function prefillFromDeal(ctx: Ctx, dealId: number): ContractPrefill {
  const deal = ctx.sqlite
    .prepare(
      `SELECT d.id AS id, d.customer_id AS customerId, cu.name AS customerName, d.title AS title,
         d.amount_cents AS amountCents, d.owner_id AS ownerId, d.product_ids AS productIds
       FROM deals d JOIN customers cu ON cu.id = d.customer_id
       WHERE d.id = ? AND d.deleted_at IS NULL`,
    )
    .get(dealId) as DealRow | undefined
  if (!deal) throw notFound('deal', dealId)
  const productIds = JSON.parse(deal.productIds) as number[]
  const products = ctx.sqlite
    .prepare(
      `SELECT id, name, price_cents AS priceCents FROM products
       WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(productIds)) as { id: number; name: string; priceCents: number }[]
  const items: ContractItemInput[] = products.map((p) => ({
    productId: p.id,
    description: p.name,
    quantity: 1,
    unitPriceCents: p.priceCents,
  }))
  const listed = sumCents(items.map(lineTotalOf))
  if (items.length === 0 || listed !== deal.amountCents)
    items.push({
      productId: null,
      description: items.length === 0 ? deal.title : ADJUSTMENT[getSettings(ctx).locale],
      quantity: 1,
      unitPriceCents: deal.amountCents - listed,
    })
  const signedDate = today(ctx.clock)
  return {
    customerId: deal.customerId,
    customerName: deal.customerName,
    dealId: deal.id,
    title: deal.title,
    ownerId: deal.ownerId,
    items,
    totalCents: deal.amountCents,
    plan: deal.amountCents > 0 ? [{ dueDate: signedDate, amountCents: deal.amountCents }] : [],
    signedDate,
    number: nextContractNumber(ctx, signedDate),
  }
}
