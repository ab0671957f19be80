import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { customers } from './customers'
import { owners } from './owners'
import { deals } from './pipeline'

/**
 * The contract and receivables ledger (合同与应收). Money is INTEGER 分, dates TEXT
 * 'YYYY-MM-DD', instants INTEGER ms. The columns marked "denormalised" are recomputed from
 * the source rows (items, instalments, payment allocations, payments, invoices) in the
 * same transaction as every write that touches them (ledger/sums.ts), so the
 * lists, aging and statuses read them from indexes.
 */

/** Products and services (产品/服务). */
export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** The name's pinyin, lower case (sorting and pinyin search). */
    nameSort: text('name_sort').notNull().default(''),
    /** Lower-case name, SKU, full pinyin and initials: what `q` matches (LIKE). */
    searchText: text('search_text').notNull().default(''),
    sku: text('sku'),
    unit: text('unit').notNull(),
    priceCents: integer('price_cents').notNull(),
    costCents: integer('cost_cents'),
    category: text('category'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('products_sku_unique')
      .on(t.sku)
      .where(sql`sku IS NOT NULL`),
    index('products_name_sort').on(t.nameSort, t.name),
  ],
)

const live = sql`deleted_at IS NULL`

/** Contracts (合同). 'completed' is derived on read from state 'active'. */
export const contracts = sqliteTable(
  'contracts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: text('number').notNull(),
    title: text('title').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    dealId: integer('deal_id').references(() => deals.id),
    ownerId: integer('owner_id').references(() => owners.id),
    signedBy: text('signed_by'),
    signedDate: text('signed_date').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    /** Denormalised: Σ line totals. */
    totalCents: integer('total_cents').notNull().default(0),
    /** Denormalised: Σ instalments' received (net of reversals, advances excluded). */
    receivedCents: integer('received_cents').notNull().default(0),
    /** Denormalised: 预收款, net of reversals. */
    advanceCents: integer('advance_cents').notNull().default(0),
    /** Denormalised: Σ invoices, net of reversals. */
    invoicedCents: integer('invoiced_cents').notNull().default(0),
    /** Denormalised: Σ (amount − received) of voided instalments. */
    voidedCents: integer('voided_cents').notNull().default(0),
    /** Denormalised: the earliest due date of an open instalment (overdue ⇔ < today). */
    nextDueDate: text('next_due_date'),
    /** Denormalised: the last instalment's due date (completion when there is no end date). */
    lastDueDate: text('last_due_date'),
    state: text('state', { enum: ['draft', 'active', 'terminated'] })
      .notNull()
      .default('active'),
    terminatedAt: integer('terminated_at'),
    /** The calendar date of the termination (the statement's credit line). */
    terminatedDate: text('terminated_date'),
    terminationReason: text('termination_reason'),
    notes: text('notes'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    uniqueIndex('contracts_number_unique').on(t.number),
    index('contracts_customer').on(t.customerId, t.signedDate),
    index('contracts_signed_live').on(t.signedDate).where(live),
    index('contracts_owner_live').on(t.ownerId, t.signedDate).where(live),
    index('contracts_state_live').on(t.state, t.signedDate).where(live),
    // Renewals: active contracts by end date.
    index('contracts_renewal')
      .on(t.endDate)
      .where(sql`state = 'active' AND deleted_at IS NULL`),
    // The overdue filter: active contracts whose earliest open instalment is past due.
    index('contracts_next_due')
      .on(t.nextDueDate)
      .where(sql`next_due_date IS NOT NULL AND deleted_at IS NULL`),
    // The overdue list in signing order: walks contracts with an open instalment, newest
    // first, reading next_due_date from the index (no sort, no table reads for skipped rows).
    index('contracts_open_signed')
      .on(t.signedDate, t.nextDueDate)
      .where(sql`next_due_date IS NOT NULL AND deleted_at IS NULL`),
    index('contracts_owner_open')
      .on(t.ownerId, t.signedDate, t.nextDueDate)
      .where(sql`next_due_date IS NOT NULL AND deleted_at IS NULL`),
    index('contracts_deal').on(t.dealId),
    index('contracts_deleted')
      .on(t.deletedAt)
      .where(sql`deleted_at IS NOT NULL`),
  ],
)

/** Line items; line_total_cents = ledger-rules lineTotalCents(quantity_milli, unit_price_cents, discount_bps). */
export const contractItems = sqliteTable(
  'contract_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    position: integer('position').notNull(),
    productId: integer('product_id').references(() => products.id),
    description: text('description').notNull(),
    /** Thousandths: 2.5 → 2500. */
    quantityMilli: integer('quantity_milli').notNull(),
    unitPriceCents: integer('unit_price_cents').notNull(),
    /** 0–10000; 12.5 % → 1250. */
    discountBps: integer('discount_bps').notNull().default(0),
    lineTotalCents: integer('line_total_cents').notNull(),
  },
  (t) => [index('contract_items_contract').on(t.contractId, t.position)],
)

/**
 * The payment plan (回款计划). `open` = the contract is active, the instalment is not
 * voided and received < amount: aging, receivables and the overdue filter read only open
 * rows through the partial indexes.
 */
export const instalments = sqliteTable(
  'instalments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    /** Denormalised from the contract (aging per customer without a join). */
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    seq: integer('seq').notNull(),
    dueDate: text('due_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** Denormalised: Σ allocations. */
    receivedCents: integer('received_cents').notNull().default(0),
    voidedAt: integer('voided_at'),
    note: text('note'),
    open: integer('open').notNull().default(0),
  },
  (t) => [
    index('instalments_contract').on(t.contractId, t.seq),
    // Receivables by due date, their totals and the overdue list: covering.
    index('instalments_open_due')
      .on(t.dueDate, t.customerId, t.contractId, t.amountCents, t.receivedCents)
      .where(sql`open = 1`),
    // Aging and a customer's receivables: covering, grouped by customer (the contract last,
    // so one owner's aging probes its contracts without reading the table).
    index('instalments_open_customer')
      .on(t.customerId, t.dueDate, t.amountCents, t.receivedCents, t.contractId)
      .where(sql`open = 1`),
  ],
)

/** Payments (回款), advances (预收款) and reversals (红冲, negative). Never deleted. */
export const payments = sqliteTable(
  'payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    receivedDate: text('received_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    kind: text('kind', { enum: ['payment', 'advance', 'reversal'] }).notNull(),
    method: text('method', {
      enum: ['bank', 'cash', 'wechat', 'alipay', 'cheque', 'acceptance'],
    }).notNull(),
    reference: text('reference'),
    reversesId: integer('reverses_id'),
    reversedById: integer('reversed_by_id'),
    reason: text('reason'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    // A customer's payments by date; the amount too, so the statement's opening balance is index-only.
    index('payments_customer').on(t.customerId, t.receivedDate, t.amountCents),
    index('payments_contract').on(t.contractId, t.receivedDate),
    index('payments_received').on(t.receivedDate),
  ],
)

export const paymentAllocations = sqliteTable(
  'payment_allocations',
  {
    paymentId: integer('payment_id')
      .notNull()
      .references(() => payments.id),
    instalmentId: integer('instalment_id')
      .notNull()
      .references(() => instalments.id),
    amountCents: integer('amount_cents').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.paymentId, t.instalmentId] }),
    index('payment_allocations_instalment').on(t.instalmentId),
  ],
)

/** Invoices (发票) and their reversals (红冲, negative). Never deleted. */
export const invoices = sqliteTable(
  'invoices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    number: text('number'),
    issuedDate: text('issued_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    type: text('type', { enum: ['normal', 'special'] })
      .notNull()
      .default('normal'),
    reversesId: integer('reverses_id'),
    reversedById: integer('reversed_by_id'),
    reason: text('reason'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('invoices_number_unique')
      .on(t.number)
      .where(sql`reverses_id IS NULL`),
    index('invoices_contract').on(t.contractId, t.issuedDate),
    index('invoices_customer').on(t.customerId, t.issuedDate),
    index('invoices_issued').on(t.issuedDate),
  ],
)

/** Files attached to a contract, stored under <data folder>/attachments/<stored_name>. */
export const contractAttachments = sqliteTable(
  'contract_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id),
    name: text('name').notNull(),
    storedName: text('stored_name').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('contract_attachments_contract').on(t.contractId)],
)
