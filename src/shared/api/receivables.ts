import { z } from 'zod'
import { calendarDate, id, listInput, optionalText, type ListResult } from './common'
import {
  INVOICE_TYPES,
  PAYMENT_KINDS,
  PAYMENT_METHODS,
  positiveCents,
  type Instalment,
  type Invoice,
  type Payment,
  type PaymentCreated,
  type PaymentMethod,
} from './ledger'
import { method, TOUCHES } from './method'

/**
 * Money in against the contracts (src/shared/api/ledger.ts): payments and invoices, each
 * reversed (红冲) by a new row, never deleted; what is still owed (receivables, aging,
 * overdue) and the customer's statement (对账单). Amounts in 分.
 */

// ───────────────────────────── payments 回款 ─────────────────────────────

export const paymentCreateInput = z.strictObject({
  contractId: id,
  /** Not before the signing date (errors.paymentBeforeSigning). */
  receivedDate: calendarDate,
  amountCents: positiveCents,
  method: z.enum(PAYMENT_METHODS),
  reference: optionalText(100),
  /** Put it on this open instalment first (spilling over to the next); else oldest open first. */
  instalmentId: id.optional(),
  /**
   * More than outstanding is refused (errors.paymentExceedsOutstanding { outstanding })
   * unless true: the excess becomes a separate 预收款 advance row.
   */
  asAdvance: z.boolean().optional(),
  note: optionalText(500),
})
/** Records the 红冲 row (negated amount and allocations); a row is reversed once. */
export const paymentReverseInput = z.strictObject({
  id,
  reason: z.string().trim().min(1).max(500),
  /** Default today; not before the original's date. */
  date: calendarDate.optional(),
})
export const PAYMENT_SORT_FIELDS = ['receivedDate', 'amountCents', 'createdAt'] as const
export const paymentFilter = z.strictObject({
  customerId: id.optional(),
  contractId: id.optional(),
  kind: z.enum(PAYMENT_KINDS).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
})
/** `q` matches reference and contract number. Default sort: receivedDate desc. */
export const paymentListInput = listInput(paymentFilter, [...PAYMENT_SORT_FIELDS])

// ───────────────────────────── invoices 开票 ─────────────────────────────

export const invoiceCreateInput = z.strictObject({
  contractId: id,
  /** Unique among non-reversal invoices (errors.invoiceNumberTaken). */
  number: z.string().trim().min(1).max(50),
  issuedDate: calendarDate,
  /** Invoiced may not exceed the total (errors.invoiceExceedsTotal { remaining }). */
  amountCents: positiveCents,
  type: z.enum(INVOICE_TYPES).optional(),
  note: optionalText(500),
})
export const invoiceReverseInput = z.strictObject({
  id,
  reason: z.string().trim().min(1).max(500),
  /** The red-letter invoice's own number, if any. */
  number: z.string().trim().max(50).nullable().optional(),
  date: calendarDate.optional(),
})
export const INVOICE_SORT_FIELDS = ['issuedDate', 'amountCents', 'createdAt'] as const
export const invoiceFilter = z.strictObject({
  customerId: id.optional(),
  contractId: id.optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
})
/** `q` matches invoice and contract number. Default sort: issuedDate desc. */
export const invoiceListInput = listInput(invoiceFilter, [...INVOICE_SORT_FIELDS])

// ───────────────────────────── receivables 应收账款 ─────────────────────────────

/** An open instalment (not voided, not fully paid) with its contract and customer. */
export interface ReceivableRow extends Instalment {
  contractNumber: string
  contractTitle: string
  customerId: number
  customerName: string
  ownerId: number | null
  ownerName: string | null
}
export interface ReceivableTotals {
  /** 应收: Σ amount of the matching open instalments. */
  amountCents: number
  /** 已收: Σ received on them (partial payments). */
  receivedCents: number
  /** 未收: Σ unpaid. */
  unpaidCents: number
  /** 逾期: Σ unpaid of the overdue ones. */
  overdueCents: number
}
export interface ReceivableList extends ListResult<ReceivableRow> {
  /** Over every matching row, not only the page. */
  totals: ReceivableTotals
  asOf: string
}
export const RECEIVABLE_STATUSES = ['overdue', 'partial', 'due', 'notDue'] as const
export const RECEIVABLE_SORT_FIELDS = ['dueDate', 'unpaidCents', 'customerName'] as const
export const receivableFilter = z.strictObject({
  customerId: id.optional(),
  ownerId: id.optional(),
  contractId: id.optional(),
  status: z.enum(RECEIVABLE_STATUSES).optional(),
  dueFrom: calendarDate.optional(),
  dueTo: calendarDate.optional(),
})
/**
 * `q` matches contract number, title and customer name. Default sort: dueDate asc.
 * `asOf` (default today): the statuses, days overdue, the status filter and the overdue
 * total as of that date. Received amounts are today's (as in the aging).
 */
export const receivableListInput = listInput(receivableFilter, [...RECEIVABLE_SORT_FIELDS]).extend({
  asOf: calendarDate.optional(),
})

/** Unpaid amounts by days past due; the five buckets sum to totalCents. API.md names. */
export interface AgingAmounts {
  notDueCents: number
  d1to30Cents: number
  d31to60Cents: number
  d61to90Cents: number
  over90Cents: number
  totalCents: number
}
export interface AgingRow extends AgingAmounts {
  customerId: number
  customerName: string
}
export interface AgingReport {
  asOf: string
  /** Customers with anything unpaid, largest total first. */
  rows: AgingRow[]
  total: AgingAmounts
}
/** Buckets each open instalment's unpaid amount by (asOf − dueDate) days; asOf default today. */
export const agingInput = z
  .strictObject({ asOf: calendarDate.optional(), ownerId: id.optional() })
  .nullish()

export interface OverdueRow extends ReceivableRow {
  /** unpaidCents × daysOverdue: the sort key (biggest risk first). */
  weight: number
}
export const overdueInput = z
  .strictObject({
    asOf: calendarDate.optional(),
    ownerId: id.optional(),
    customerId: id.optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .nullish()

// ───────────────────────────── statement 对账单 ─────────────────────────────

/**
 * contract: debit of the total on the signing date · payment/advance: credit ·
 * reversal: debit (a reversed payment is owed again) · termination: credit of the
 * voided unpaid amount on the termination date.
 */
export type StatementLineKind = 'contract' | 'payment' | 'advance' | 'reversal' | 'termination'
export interface StatementLine {
  date: string
  kind: StatementLineKind
  contractId: number
  contractNumber: string
  /** Contract title; a payment's note or a reversal's reason; the termination reason ('' if none). */
  description: string
  /** Payment, advance and reversal lines: how it was paid; null otherwise. */
  method: PaymentMethod | null
  reference: string | null
  debitCents: number
  creditCents: number
  /** Running balance after this line (customer owes us when positive). */
  balanceCents: number
}
export interface Statement {
  customerId: number
  customerName: string
  /** settings.companyName, for the printed header. */
  companyName: string
  from: string
  to: string
  /** Σ debits − Σ credits dated before `from`. */
  openingBalanceCents: number
  /** Ordered by date, then contracts before payments before reversals before terminations. */
  lines: StatementLine[]
  totalDebitCents: number
  totalCreditCents: number
  /** opening + Σ debits − Σ credits. */
  closingBalanceCents: number
}
/** Non-draft, non-deleted contracts of the customer; from ≤ to. */
export const statementInput = z.strictObject({
  customerId: id,
  from: calendarDate,
  to: calendarDate,
})

export type PaymentCreateInput = z.input<typeof paymentCreateInput>
export type PaymentListInput = z.input<typeof paymentListInput>
export type InvoiceCreateInput = z.input<typeof invoiceCreateInput>
export type ReceivableListInput = z.input<typeof receivableListInput>

export const receivableMethods = {
  'payments.create': method<PaymentCreated>()(paymentCreateInput, { touches: TOUCHES.ledger }),
  'payments.reverse': method<Payment>()(paymentReverseInput, { touches: TOUCHES.ledger }),
  'payments.list': method<ListResult<Payment>>()(paymentListInput),

  'invoices.create': method<Invoice>()(invoiceCreateInput, { touches: TOUCHES.ledger }),
  'invoices.reverse': method<Invoice>()(invoiceReverseInput, { touches: TOUCHES.ledger }),
  'invoices.list': method<ListResult<Invoice>>()(invoiceListInput),

  'receivables.list': method<ReceivableList>()(receivableListInput),
  'receivables.aging': method<AgingReport>()(agingInput),
  /** Open overdue instalments sorted by unpaid × days past due, biggest first. */
  'receivables.overdue': method<OverdueRow[]>()(overdueInput),
  'receivables.statement': method<Statement>()(statementInput),
} as const
