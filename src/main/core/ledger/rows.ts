import type {
  ContractAttachment,
  Instalment,
  Invoice,
  Payment,
  PaymentAllocation,
} from '../../../shared/api'
import { daysOverdue, instalmentStatus } from '../../../shared/ledger-rules'
import type { Ctx } from '../context'

/**
 * Reading the ledger's rows into the contract's output shapes. Raw SQL with explicit
 * column aliases: these queries sit on the hot paths (contracts.get, lists, statement).
 */

export interface InstalmentRow {
  id: number
  contractId: number
  customerId: number
  seq: number
  dueDate: string
  amountCents: number
  receivedCents: number
  voidedAt: number | null
  voidedDate: string | null
  note: string | null
}

export const INSTALMENT_COLUMNS = `i.id AS id, i.contract_id AS contractId, i.customer_id AS customerId,
  i.seq AS seq, i.due_date AS dueDate, i.amount_cents AS amountCents,
  i.received_cents AS receivedCents, i.voided_at AS voidedAt, i.note AS note`

export function toInstalment(row: InstalmentRow, asOf: string, windowDays: number): Instalment {
  const voided = row.voidedAt !== null
  const status = instalmentStatus({ ...row, voided }, asOf, windowDays)
  const unpaid = row.amountCents - row.receivedCents
  return {
    id: row.id,
    contractId: row.contractId,
    seq: row.seq,
    dueDate: row.dueDate,
    amountCents: row.amountCents,
    receivedCents: row.receivedCents,
    unpaidCents: unpaid,
    status,
    daysOverdue: !voided && unpaid > 0 ? daysOverdue(row.dueDate, asOf) : 0,
    voidedDate: voided ? row.voidedDate : null,
    note: row.note,
  }
}

/** The plan of a contract, by seq (voided ones carry the termination date). */
export function instalmentRowsOf(ctx: Ctx, contractId: number): InstalmentRow[] {
  return ctx.sqlite
    .prepare(
      `SELECT ${INSTALMENT_COLUMNS}, c.terminated_date AS voidedDate
       FROM instalments i JOIN contracts c ON c.id = i.contract_id
       WHERE i.contract_id = ? ORDER BY i.seq`,
    )
    .all(contractId) as InstalmentRow[]
}

type PaymentRow = Omit<Payment, 'allocations'>

const PAYMENT_SELECT = `SELECT p.id AS id, p.contract_id AS contractId, c.number AS contractNumber,
  p.customer_id AS customerId, cu.name AS customerName, p.received_date AS receivedDate,
  p.amount_cents AS amountCents, p.kind AS kind, p.method AS method, p.reference AS reference,
  p.reverses_id AS reversesId, p.reversed_by_id AS reversedById, p.reason AS reason,
  p.created_at AS createdAt
  FROM payments p JOIN contracts c ON c.id = p.contract_id JOIN customers cu ON cu.id = p.customer_id`

function withAllocations(ctx: Ctx, rows: PaymentRow[]): Payment[] {
  if (rows.length === 0) return []
  const byPayment = new Map<number, PaymentAllocation[]>()
  const allocations = ctx.sqlite
    .prepare(
      `SELECT a.payment_id AS paymentId, a.instalment_id AS instalmentId, i.seq AS seq,
         a.amount_cents AS amountCents
       FROM payment_allocations a JOIN instalments i ON i.id = a.instalment_id
       WHERE a.payment_id IN (SELECT value FROM json_each(?)) ORDER BY i.seq`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as (PaymentAllocation & { paymentId: number })[]
  for (const { paymentId, ...allocation } of allocations) {
    const list = byPayment.get(paymentId) ?? []
    list.push(allocation)
    byPayment.set(paymentId, list)
  }
  return rows.map((row) => ({ ...row, allocations: byPayment.get(row.id) ?? [] }))
}

/** Payments matching a WHERE over `p` (and `c`, `cu`), with their allocations. */
export function selectPayments(
  ctx: Ctx,
  where: string,
  params: unknown[],
  tail = 'ORDER BY p.received_date, p.id',
): Payment[] {
  const rows = ctx.sqlite
    .prepare(`${PAYMENT_SELECT} WHERE ${where} ${tail}`)
    .all(...params) as PaymentRow[]
  return withAllocations(ctx, rows)
}

export function paymentById(ctx: Ctx, id: number): Payment | undefined {
  return selectPayments(ctx, 'p.id = ?', [id])[0]
}

const INVOICE_SELECT = `SELECT v.id AS id, v.contract_id AS contractId, c.number AS contractNumber,
  v.customer_id AS customerId, cu.name AS customerName, v.number AS number,
  v.issued_date AS issuedDate, v.amount_cents AS amountCents, v.type AS type,
  v.reverses_id AS reversesId, v.reversed_by_id AS reversedById, v.reason AS reason,
  v.created_at AS createdAt
  FROM invoices v JOIN contracts c ON c.id = v.contract_id JOIN customers cu ON cu.id = v.customer_id`

export function selectInvoices(
  ctx: Ctx,
  where: string,
  params: unknown[],
  tail = 'ORDER BY v.issued_date, v.id',
): Invoice[] {
  return ctx.sqlite.prepare(`${INVOICE_SELECT} WHERE ${where} ${tail}`).all(...params) as Invoice[]
}

export function invoiceById(ctx: Ctx, id: number): Invoice | undefined {
  return selectInvoices(ctx, 'v.id = ?', [id])[0]
}

export function attachmentsOf(ctx: Ctx, contractId: number): ContractAttachment[] {
  return ctx.sqlite
    .prepare(
      `SELECT id, contract_id AS contractId, name, size_bytes AS sizeBytes, created_at AS createdAt
       FROM contract_attachments WHERE contract_id = ? ORDER BY id`,
    )
    .all(contractId) as ContractAttachment[]
}
