import type { ContractItemInput, InstalmentInput } from '../../../shared/api'
import {
  lineTotalCents,
  MAX_LEDGER_CENTS,
  percentToBps,
  sumCents,
  toMilli,
} from '../../../shared/ledger-rules'
import type { Ctx } from '../context'
import { notFound } from '../errors'
import { ledgerError, moneyParam } from './common'

/**
 * Line items and the payment plan: computing line totals, checking the plan against the
 * total, and writing both (inside the caller's transaction).
 */
export interface ComputedItem {
  productId: number | null
  description: string
  quantityMilli: number
  unitPriceCents: number
  discountBps: number
  lineTotalCents: number
}

const tooLarge = (path: string) =>
  ledgerError('VALIDATION', 'errors.contractTooLarge', 'The amount is too large', undefined, path)

/** Line totals (exact, BigInt) and the total; refuses unknown products and bad discount lines. */
export function computeItems(
  ctx: Ctx,
  items: ContractItemInput[],
): { items: ComputedItem[]; totalCents: number } {
  const productExists = ctx.sqlite.prepare('SELECT 1 FROM products WHERE id = ?').pluck()
  const computed = items.map((item, index) => {
    const productId = item.productId ?? null
    if (productId !== null && !productExists.get(productId)) throw notFound('product', productId)
    if (item.unitPriceCents < 0 && productId !== null)
      throw ledgerError(
        'VALIDATION',
        'errors.negativePriceNeedsNoProduct',
        'A negative unit price is only for a discount line without a product',
        undefined,
        `items.${index}.unitPriceCents`,
      )
    const quantityMilli = toMilli(item.quantity)
    const discountBps = percentToBps(item.discountPercent ?? 0)
    const line = lineTotalCents(quantityMilli, item.unitPriceCents, discountBps)
    if (Math.abs(line) > MAX_LEDGER_CENTS) throw tooLarge(`items.${index}`)
    return {
      productId,
      description: item.description,
      quantityMilli,
      unitPriceCents: item.unitPriceCents,
      discountBps,
      lineTotalCents: line,
    }
  })
  const totalCents = sumCents(computed.map((i) => i.lineTotalCents))
  if (totalCents < 0)
    throw ledgerError(
      'VALIDATION',
      'errors.contractTotalNegative',
      'The contract total cannot be negative',
      moneyParam('total', totalCents),
      'items',
    )
  if (totalCents > MAX_LEDGER_CENTS) throw tooLarge('items')
  return { items: computed, totalCents }
}

/** The plan must sum exactly to the total (errors.planSumMismatch { total, planSum }). */
export function assertPlanSum(totalCents: number, amounts: number[]): void {
  const planSum = sumCents(amounts)
  if (planSum !== totalCents)
    throw ledgerError(
      'VALIDATION',
      'errors.planSumMismatch',
      `The plan sums to ${planSum} 分, not the total ${totalCents} 分`,
      { ...moneyParam('total', totalCents), ...moneyParam('planSum', planSum) },
      'plan',
    )
}

export function writeItems(ctx: Ctx, contractId: number, items: ComputedItem[]): void {
  ctx.sqlite.prepare('DELETE FROM contract_items WHERE contract_id = ?').run(contractId)
  const insert = ctx.sqlite.prepare(
    `INSERT INTO contract_items (contract_id, position, product_id, description, quantity_milli,
       unit_price_cents, discount_bps, line_total_cents)
     VALUES (@contractId, @position, @productId, @description, @quantityMilli, @unitPriceCents,
       @discountBps, @lineTotalCents)`,
  )
  items.forEach((item, position) => insert.run({ contractId, position, ...item }))
}

interface ExistingInstalment {
  id: number
  seq: number
  receivedCents: number
  allocations: number
}

/**
 * Replaces the plan: instalments passed with an `id` are kept (and may not go below what
 * they received), new ones are inserted, and the rest are removed — refused when an
 * instalment has any payment allocated to it (its history must stay). Seq follows the
 * order given.
 */
export function writePlan(
  ctx: Ctx,
  contractId: number,
  customerId: number,
  plan: InstalmentInput[],
): void {
  const existing = new Map(
    (
      ctx.sqlite
        .prepare(
          `SELECT i.id AS id, i.seq AS seq, i.received_cents AS receivedCents,
             (SELECT COUNT(*) FROM payment_allocations a WHERE a.instalment_id = i.id) AS allocations
           FROM instalments i WHERE i.contract_id = ?`,
        )
        .all(contractId) as ExistingInstalment[]
    ).map((row) => [row.id, row]),
  )
  const kept = new Set<number>()
  plan.forEach((entry, index) => {
    if (entry.id === undefined) return
    const found = existing.get(entry.id)
    if (!found || kept.has(entry.id))
      throw ledgerError(
        'VALIDATION',
        'errors.instalmentNotInContract',
        `Instalment ${entry.id} is not part of this contract`,
        { id: entry.id },
        `plan.${index}.id`,
      )
    if (entry.amountCents < found.receivedCents)
      throw ledgerError(
        'VALIDATION',
        'errors.instalmentBelowReceived',
        `Instalment ${found.seq} received ${found.receivedCents} 分; its amount cannot be lower`,
        { seq: found.seq, ...moneyParam('received', found.receivedCents) },
        `plan.${index}.amountCents`,
      )
    kept.add(entry.id)
  })
  for (const row of existing.values()) {
    if (!kept.has(row.id) && row.allocations > 0)
      throw ledgerError(
        'VALIDATION',
        'errors.instalmentHasPayments',
        `Instalment ${row.seq} has payments and cannot be removed`,
        { seq: row.seq },
        'plan',
      )
  }
  const remove = ctx.sqlite.prepare('DELETE FROM instalments WHERE id = ?')
  for (const row of existing.values()) if (!kept.has(row.id)) remove.run(row.id)
  // A kept instalment keeps its note unless one is passed (null or '' clears it).
  const update = ctx.sqlite.prepare(
    `UPDATE instalments SET seq = @seq, due_date = @dueDate, amount_cents = @amountCents,
       note = CASE WHEN @keepNote THEN note ELSE @note END, customer_id = @customerId WHERE id = @id`,
  )
  const insert = ctx.sqlite.prepare(
    `INSERT INTO instalments (contract_id, customer_id, seq, due_date, amount_cents, note)
     VALUES (@contractId, @customerId, @seq, @dueDate, @amountCents, @note)`,
  )
  plan.forEach((entry, index) => {
    const values = {
      seq: index + 1,
      dueDate: entry.dueDate,
      amountCents: entry.amountCents,
      note: entry.note === '' ? null : (entry.note ?? null),
      customerId,
    }
    if (entry.id !== undefined)
      update.run({ id: entry.id, keepNote: entry.note === undefined ? 1 : 0, ...values })
    else insert.run({ contractId, ...values })
  })
}
