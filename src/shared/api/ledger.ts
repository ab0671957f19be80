import { z } from 'zod'
import { calendarDate, id, listInput, optionalDate, optionalText, type ListResult } from './common'
import { method, TOUCHES } from './method'
import {
  CONTRACT_STATUSES,
  MAX_LEDGER_CENTS,
  type ContractStatus,
  type InstalmentStatus,
} from '../ledger-rules'

/**
 * The contract and receivables ledger (合同与应收). Money is integer 分 everywhere and exact:
 * a line total is quantity × unit price × (1 − discount) rounded half away from zero per line
 * (src/shared/ledger-rules.ts), the contract total is the sum of the line totals, and the
 * payment plan always sums to the total. Payments and invoices are never deleted: a mistake
 * is reversed (红冲) by a new row with the negated amount.
 *
 * Dates are 'YYYY-MM-DD'; instants (`createdAt`, …) ms since epoch. "as of" defaults to today
 * (the PC's local date); statuses use the reminder window of the settings
 * (`reminderWindowDays`, default 7).
 *
 * Errors carry a translation key (errors.*, src/renderer/src/locales/ledgerErrors.*.json).
 * Money in error params is given twice: formatted ('¥1,234.56', e.g. `outstanding`) for the
 * message, and in 分 with a `Cents` suffix (e.g. `outstandingCents`) for code.
 *
 * Here: the amounts' building blocks and the contracts. The products lines are picked from
 * are in products.ts; payments, invoices, receivables and statements in receivables.ts.
 */
export {
  CONTRACT_STATUSES,
  INSTALMENT_STATUSES,
  AGING_BUCKETS,
  MAX_LEDGER_CENTS,
} from '../ledger-rules'
export type { AgingBucket, ContractStatus, InstalmentStatus } from '../ledger-rules'

export const PAYMENT_METHODS = ['bank', 'cash', 'wechat', 'alipay', 'cheque', 'acceptance'] as const
/** bank 银行转账 · cash 现金 · wechat 微信 · alipay 支付宝 · cheque 支票 · acceptance 承兑汇票 */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]
/** payment 回款 (allocated to instalments) · advance 预收款 (held apart) · reversal 红冲 (negative). */
export const PAYMENT_KINDS = ['payment', 'advance', 'reversal'] as const
export type PaymentKind = (typeof PAYMENT_KINDS)[number]
/** normal 普票 · special 专票 */
export const INVOICE_TYPES = ['normal', 'special'] as const
export type InvoiceType = (typeof INVOICE_TYPES)[number]
/** The persisted state; the derived `ContractStatus` adds 'completed'. */
export const CONTRACT_STATES = ['draft', 'active', 'terminated'] as const
export type ContractState = (typeof CONTRACT_STATES)[number]

/** Attachments larger than this are refused (errors.attachmentTooLarge). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

// ───────────────────────────── building blocks ─────────────────────────────

/** A non-negative amount of 分 up to ¥10,000,000,000.00. */
export const ledgerCents = z.number().int().min(0).max(MAX_LEDGER_CENTS)
/** A strictly positive amount of 分 (payments, invoices, instalments). */
export const positiveCents = z.number().int().min(1).max(MAX_LEDGER_CENTS)

/** A quantity: positive, at most 3 decimals (2.5 → stored as 2500 thousandths). */
const quantity = z
  .number()
  .positive()
  .max(1_000_000_000)
  .refine((v) => Math.abs(Math.round(v * 1000) - v * 1000) < 1e-6, {
    message: 'At most 3 decimals',
    params: { key: 'errors.quantityPrecision' },
  })
/** A discount in percent 0–100 with at most 2 decimals (12.5 → 1250 basis points). */
const discountPercent = z
  .number()
  .min(0)
  .max(100)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, {
    message: 'At most 2 decimals',
    params: { key: 'errors.discountPrecision' },
  })

// ───────────────────────────── contracts 合同 ─────────────────────────────

export interface ContractItem {
  id: number
  /** 0-based order of the line. */
  position: number
  productId: number | null
  /** The product's current name (null for a free line). */
  productName: string | null
  description: string
  /** As entered, e.g. 2.5 (exactly quantityMilli / 1000). */
  quantity: number
  quantityMilli: number
  /** Negative only on a discount line. */
  unitPriceCents: number
  /** 0–100, e.g. 12.5 (exactly discountBps / 100). */
  discountPercent: number
  discountBps: number
  /** lineTotalCents(quantityMilli, unitPriceCents, discountBps) of ledger-rules. */
  lineTotalCents: number
}

/** One instalment of the payment plan (回款计划). */
export interface Instalment {
  id: number
  contractId: number
  /** 1-based order within the plan. */
  seq: number
  dueDate: string
  amountCents: number
  /** Net of reversals; never above amountCents. */
  receivedCents: number
  /** amountCents − receivedCents (the part a voided instalment will never collect included). */
  unpaidCents: number
  /** As of `asOf` of the answer: paid/overdue/partial/due/notDue, or voided (terminated). */
  status: InstalmentStatus
  /** Days past due as of `asOf` when unpaid and not voided (0 otherwise). */
  daysOverdue: number
  /** The termination date when voided, else null. */
  voidedDate: string | null
  note: string | null
}

/** A slice of a payment put on one instalment (negative on a reversal). */
export interface PaymentAllocation {
  instalmentId: number
  seq: number
  amountCents: number
}

/** A payment (回款), an advance (预收款) or a reversal (红冲) row. */
export interface Payment {
  id: number
  contractId: number
  contractNumber: string
  customerId: number
  customerName: string
  receivedDate: string
  /** Positive for payment and advance, negative for a reversal. */
  amountCents: number
  kind: PaymentKind
  method: PaymentMethod
  reference: string | null
  /** On a reversal: the row it reverses. */
  reversesId: number | null
  /** On a reversed row: its reversal (a row is reversed at most once). */
  reversedById: number | null
  /** Reason of a reversal (required there); optional note otherwise. */
  reason: string | null
  /** Empty for advances. */
  allocations: PaymentAllocation[]
  createdAt: number
}

/** What payments.create answers: the row recorded, plus the advance split off from it. */
export interface PaymentCreated extends Payment {
  /**
   * With `asAdvance: true` and more paid than outstanding: the excess as its own
   * kind='advance' row (this row is then the kind='payment' part). null otherwise; when
   * nothing was outstanding the row itself is the advance.
   */
  advance: Payment | null
}

/** An invoice (发票) or its reversal (红冲, negative amount). */
export interface Invoice {
  id: number
  contractId: number
  contractNumber: string
  customerId: number
  customerName: string
  /** Unique among non-reversal invoices; a reversal's own (red-letter) number or null. */
  number: string | null
  issuedDate: string
  amountCents: number
  type: InvoiceType
  reversesId: number | null
  reversedById: number | null
  reason: string | null
  createdAt: number
}

export interface ContractAttachment {
  id: number
  contractId: number
  name: string
  sizeBytes: number
  createdAt: number
}

/** A contract as a list row. */
export interface Contract {
  id: number
  /** HT-YYYY-NNNN by default; editable, unique. */
  number: string
  title: string
  customerId: number
  customerName: string
  dealId: number | null
  ownerId: number | null
  ownerName: string | null
  /** The person who signed (签约人), free text. */
  signedBy: string | null
  signedDate: string
  startDate: string | null
  endDate: string | null
  /** Σ line totals. */
  totalCents: number
  /** Net of reversals, advances excluded; ≤ totalCents. */
  receivedCents: number
  /** 预收款 held apart (net of reversals); not part of receivedCents. */
  advanceCents: number
  /** Net of reversals; ≤ totalCents. */
  invoicedCents: number
  /** Unpaid amount of voided instalments (terminated contracts), never collected. */
  voidedCents: number
  /** totalCents − receivedCents − voidedCents: what is still to be collected. */
  outstandingCents: number
  /** Unpaid amount of the instalments overdue as of `asOf`. */
  overdueCents: number
  /** Earliest due date of an instalment still open, or null. */
  nextDueDate: string | null
  /** The persisted state. */
  state: ContractState
  /** draft / active / completed (derived) / terminated as of `asOf`. */
  status: ContractStatus
  /** Termination date and reason (terminated only). */
  terminatedDate: string | null
  terminationReason: string | null
  notes: string | null
  createdAt: number
  updatedAt: number
  /** Set on a deleted draft. */
  deletedAt: number | null
}

/** contracts.get: the contract with everything the contract page shows. */
export interface ContractDetail extends Contract {
  items: ContractItem[]
  /** By seq; voided instalments included (status 'voided'). */
  plan: Instalment[]
  /** Every payment, advance and reversal, oldest first (by receivedDate, id). */
  payments: Payment[]
  /** Every invoice and reversal, oldest first. */
  invoices: Invoice[]
  attachments: ContractAttachment[]
  /** The date statuses were computed for (today). */
  asOf: string
}

const itemInput = z.strictObject({
  productId: id.nullable().optional(),
  description: z.string().trim().min(1).max(500),
  quantity,
  /** May be negative only for a discount line (a whole-contract discount is its own line). */
  unitPriceCents: z.number().int().min(-MAX_LEDGER_CENTS).max(MAX_LEDGER_CENTS),
  discountPercent: discountPercent.optional(),
})
export type ContractItemInput = z.input<typeof itemInput>

const instalmentInput = z.strictObject({
  /** contracts.update: keep this existing instalment (its received amount stays). */
  id: id.optional(),
  dueDate: calendarDate,
  amountCents: positiveCents,
  note: optionalText(200),
})
export type InstalmentInput = z.input<typeof instalmentInput>

const contractFields = {
  title: z.string().trim().min(1).max(200),
  signedDate: calendarDate,
  startDate: optionalDate,
  endDate: optionalDate,
  /** 1..200 lines; Σ line totals must be ≥ 0 (errors.contractTotalNegative). */
  items: z.array(itemInput).min(1).max(200),
  /** Must sum exactly to the total (errors.planSumMismatch { total, planSum }); may be empty only for a 0 total. */
  plan: z.array(instalmentInput).max(120),
  /** Default: the next free HT-YYYY-NNNN of the signing year. Unique (errors.contractNumberTaken). */
  number: z.string().trim().min(1).max(50).optional(),
  /** The won deal it came from (same customer). */
  dealId: id.nullable().optional(),
  ownerId: id.nullable().optional(),
  signedBy: optionalText(50),
  notes: optionalText(10_000),
}

export const contractCreateInput = z.strictObject({
  customerId: id,
  ...contractFields,
  /** true: saved as 草稿 draft (no payments or invoices until contracts.activate). Default: active. */
  draft: z.boolean().optional(),
})
/**
 * Any create field. `items` replaces every line; `plan` replaces the plan (keep an
 * instalment by passing its `id`; one that received money may not be removed
 * (errors.instalmentHasPayments) nor go below what it received
 * (errors.instalmentBelowReceived)). When the total changes the plan must be passed
 * and sum to the new total. The customer changes only while nothing was paid or
 * invoiced. A terminated contract → CONFLICT errors.contractTerminated.
 */
export const contractUpdateInput = z.strictObject({
  id,
  customerId: id.optional(),
  title: contractFields.title.optional(),
  signedDate: calendarDate.optional(),
  startDate: contractFields.startDate,
  endDate: contractFields.endDate,
  items: contractFields.items.optional(),
  plan: contractFields.plan.optional(),
  number: contractFields.number,
  dealId: contractFields.dealId,
  ownerId: contractFields.ownerId,
  signedBy: contractFields.signedBy,
  notes: contractFields.notes,
})
/**
 * Active → terminated: every instalment not fully paid is voided as of `date` (default
 * today), which may not be before the signing date (errors.terminationBeforeSigning) nor
 * before the latest payment (errors.terminationBeforePayment).
 */
export const contractTerminateInput = z.strictObject({
  id,
  reason: z.string().trim().min(1).max(500),
  date: calendarDate.optional(),
})
export const CONTRACT_SORT_FIELDS = [
  'signedDate',
  'number',
  'totalCents',
  'endDate',
  'createdAt',
  'updatedAt',
] as const
export type ContractSortField = (typeof CONTRACT_SORT_FIELDS)[number]
export const contractFilter = z.strictObject({
  customerId: id.optional(),
  ownerId: id.optional(),
  status: z.enum(CONTRACT_STATUSES).optional(),
  /** true: contracts with an instalment overdue today. */
  overdue: z.boolean().optional(),
  /** true: invoiced more than received (开票未回款). */
  invoicedNotPaid: z.boolean().optional(),
  /** true: received more than invoiced (回款未开票). */
  paidNotInvoiced: z.boolean().optional(),
  signedFrom: calendarDate.optional(),
  signedTo: calendarDate.optional(),
  /** true lists deleted drafts. */
  deleted: z.boolean().optional(),
})
export type ContractFilter = z.infer<typeof contractFilter>
/**
 * `q` matches number, title and customer name. Default sort: signedDate desc.
 * `totals: true` adds the sums over every matching contract (not only the page); they
 * cost a pass over the matching rows, so they come only when asked.
 */
export const contractListInput = listInput(contractFilter, [...CONTRACT_SORT_FIELDS]).extend({
  totals: z.boolean().optional(),
})
/** Sums over every contract matching the list's filter and search (contracts.list { totals: true }). */
export interface ContractListTotals {
  totalCents: number
  receivedCents: number
  /** Σ (total − received − voided). */
  outstandingCents: number
  invoicedCents: number
  advanceCents: number
}
export interface ContractList extends ListResult<Contract> {
  /** Present when the input asked for `totals: true`. */
  totals?: ContractListTotals
}
export const contractNextNumberInput = z
  .strictObject({ signedDate: calendarDate.optional() })
  .nullish()
/** Active contracts whose end date is within [today, today + days] (default: settings.renewalWindowDays). */
export const contractRenewalsInput = z
  .strictObject({ days: z.number().int().min(0).max(3650).optional() })
  .nullish()
/** A file as it crosses the API: name and base64 content. */
export const fileInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  base64: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 8),
})
export const contractAttachInput = z.strictObject({ contractId: id, file: fileInput })
/** A won deal's fields as a contracts.create starting point (not saved). */
export interface ContractPrefill {
  customerId: number
  customerName: string
  dealId: number
  title: string
  ownerId: number | null
  /** The deal's products at their list price, or one line of the deal's amount. */
  items: ContractItemInput[]
  totalCents: number
  /** One instalment of the whole total due on the signing date (today). */
  plan: InstalmentInput[]
  signedDate: string
  number: string
}

export type ContractCreateInput = z.input<typeof contractCreateInput>
export type ContractUpdateInput = z.input<typeof contractUpdateInput>
export type ContractListInput = z.input<typeof contractListInput>

/** The input of the methods that take a record id alone. */
export const byId = z.strictObject({ id })

export const ledgerMethods = {
  'contracts.create': method<ContractDetail>()(contractCreateInput, { touches: TOUCHES.ledger }),
  'contracts.get': method<ContractDetail>()(byId),
  'contracts.update': method<ContractDetail>()(contractUpdateInput, { touches: TOUCHES.ledger }),
  'contracts.list': method<ContractList>()(contractListInput),
  /** Draft → active (errors.contractNotDraft otherwise). */
  'contracts.activate': method<ContractDetail>()(byId, { touches: TOUCHES.ledger }),
  'contracts.terminate': method<ContractDetail>()(contractTerminateInput, {
    touches: TOUCHES.ledger,
  }),
  /** Drafts only (errors.contractNotDraft); soft delete. */
  'contracts.delete': method<null>()(byId, { touches: TOUCHES.ledger }),
  /** A deleted draft back (the undo of contracts.delete); errors.notDeleted otherwise. */
  'contracts.restore': method<ContractDetail>()(byId, { touches: TOUCHES.ledger }),
  /** The next free HT-YYYY-NNNN for the signing year (default this year). */
  'contracts.nextNumber': method<{ number: string }>()(contractNextNumberInput),
  /** Active contracts ending within N days, soonest first. */
  'contracts.renewals': method<Contract[]>()(contractRenewalsInput),
  /** A won (or open) deal as a pre-filled contracts.create input. */
  'contracts.prefillFromDeal': method<ContractPrefill>()(z.strictObject({ dealId: id })),
  /** Copies the file into <data folder>/attachments (≤ 20 MB, not empty). */
  'contracts.attach': method<ContractAttachment>()(contractAttachInput, {
    touches: TOUCHES.ledger,
  }),
  /** Downloads an attachment by its id. */
  'contracts.attachment': method<{ name: string; base64: string }>()(byId),
  /** Removes an attachment (the stored file too). */
  'contracts.detach': method<null>()(byId, { touches: TOUCHES.ledger }),
} as const
