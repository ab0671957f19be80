import type { Contract, ContractDetail, ContractItem, ContractState } from '../../../shared/api'
import { bpsToPercent, contractStatus, fromMilli } from '../../../shared/ledger-rules'
import type { Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { ledgerDates, type LedgerDates } from './common'
import {
  attachmentsOf,
  instalmentRowsOf,
  selectInvoices,
  selectPayments,
  toInstalment,
} from './rows'

/** A contract's stored columns (camelCase) plus its customer's and owner's names. */
export interface ContractRow {
  id: number
  number: string
  title: string
  customerId: number
  customerName: string
  dealId: number | null
  ownerId: number | null
  ownerName: string | null
  signedBy: string | null
  signedDate: string
  startDate: string | null
  endDate: string | null
  totalCents: number
  receivedCents: number
  advanceCents: number
  invoicedCents: number
  voidedCents: number
  nextDueDate: string | null
  lastDueDate: string | null
  state: ContractState
  terminatedAt: number | null
  terminatedDate: string | null
  terminationReason: string | null
  notes: string | null
  createdAt: number
  updatedAt: number
  deletedAt: number | null
  overdueCents: number
}

/** `@asOf` must be bound: the overdue amount is as of that date. */
export const CONTRACT_SELECT = `SELECT c.id AS id, c.number AS number, c.title AS title,
  c.customer_id AS customerId, cu.name AS customerName, c.deal_id AS dealId,
  c.owner_id AS ownerId, o.name AS ownerName, c.signed_by AS signedBy,
  c.signed_date AS signedDate, c.start_date AS startDate, c.end_date AS endDate,
  c.total_cents AS totalCents, c.received_cents AS receivedCents,
  c.advance_cents AS advanceCents, c.invoiced_cents AS invoicedCents,
  c.voided_cents AS voidedCents, c.next_due_date AS nextDueDate,
  c.last_due_date AS lastDueDate, c.state AS state, c.terminated_at AS terminatedAt,
  c.terminated_date AS terminatedDate, c.termination_reason AS terminationReason,
  c.notes AS notes, c.created_at AS createdAt, c.updated_at AS updatedAt,
  c.deleted_at AS deletedAt,
  CASE WHEN c.next_due_date < @asOf THEN (SELECT COALESCE(SUM(i.amount_cents - i.received_cents), 0)
    FROM instalments i WHERE i.contract_id = c.id AND i.open = 1 AND i.due_date < @asOf)
    ELSE 0 END AS overdueCents
  FROM contracts c
  JOIN customers cu ON cu.id = c.customer_id
  LEFT JOIN owners o ON o.id = c.owner_id`

export function toContract(row: ContractRow, asOf: string): Contract {
  const { lastDueDate, terminatedAt: _at, ...rest } = row
  return {
    ...rest,
    outstandingCents: row.totalCents - row.receivedCents - row.voidedCents,
    status: contractStatus({ ...row, lastDueDate }, asOf),
  }
}

export function findContractRow(
  ctx: Ctx,
  id: number,
  asOf = '0000-00-00',
): ContractRow | undefined {
  return ctx.sqlite.prepare(`${CONTRACT_SELECT} WHERE c.id = @id`).get({ id, asOf }) as
    ContractRow | undefined
}

/** A contract that exists and is not a deleted draft (NOT_FOUND otherwise). */
export function requireContractRow(ctx: Ctx, id: number): ContractRow {
  const row = findContractRow(ctx, id)
  if (!row || row.deletedAt !== null) throw notFound('contract', id)
  return row
}

/** CONFLICT unless the contract can still be changed (not terminated). */
export function assertNotTerminated(row: ContractRow): void {
  if (row.state === 'terminated')
    throw new AppError(
      'CONFLICT',
      'errors.contractTerminated',
      `Contract ${row.number} is terminated`,
      { number: row.number },
    )
}

/** CONFLICT unless payments and invoices may be recorded (active). */
export function assertActive(row: ContractRow): void {
  assertNotTerminated(row)
  if (row.state === 'draft')
    throw new AppError(
      'CONFLICT',
      'errors.contractIsDraft',
      `Contract ${row.number} is a draft; activate it first`,
      { number: row.number },
    )
}

interface ItemRow {
  id: number
  position: number
  productId: number | null
  productName: string | null
  description: string
  quantityMilli: number
  unitPriceCents: number
  discountBps: number
  lineTotalCents: number
}

export function itemsOf(ctx: Ctx, contractId: number): ContractItem[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT it.id AS id, it.position AS position, it.product_id AS productId, p.name AS productName,
         it.description AS description, it.quantity_milli AS quantityMilli,
         it.unit_price_cents AS unitPriceCents, it.discount_bps AS discountBps,
         it.line_total_cents AS lineTotalCents
       FROM contract_items it LEFT JOIN products p ON p.id = it.product_id
       WHERE it.contract_id = ? ORDER BY it.position`,
    )
    .all(contractId) as ItemRow[]
  return rows.map((row) => ({
    ...row,
    quantity: fromMilli(row.quantityMilli),
    discountPercent: bpsToPercent(row.discountBps),
  }))
}

/** contracts.get: the contract with items, plan (statuses as of today), money rows and files. */
export function getContract(
  ctx: Ctx,
  id: number,
  dates: LedgerDates = ledgerDates(ctx),
): ContractDetail {
  const row = findContractRow(ctx, id, dates.asOf)
  if (!row) throw notFound('contract', id)
  return {
    ...toContract(row, dates.asOf),
    items: itemsOf(ctx, id),
    plan: instalmentRowsOf(ctx, id).map((i) =>
      toInstalment(i, dates.asOf, dates.reminderWindowDays),
    ),
    payments: selectPayments(ctx, 'p.contract_id = ?', [id]),
    invoices: selectInvoices(ctx, 'v.contract_id = ?', [id]),
    attachments: attachmentsOf(ctx, id),
    asOf: dates.asOf,
  }
}

/** List rows for the given ids, in that order. */
export function contractsByIds(ctx: Ctx, ids: number[], asOf: string): Contract[] {
  if (ids.length === 0) return []
  const rows = ctx.sqlite
    .prepare(`${CONTRACT_SELECT} WHERE c.id IN (SELECT value FROM json_each(@ids))`)
    .all({ ids: JSON.stringify(ids), asOf }) as ContractRow[]
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => {
    const row = byId.get(id)
    return row ? [toContract(row, asOf)] : []
  })
}
