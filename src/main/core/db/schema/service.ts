import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { contacts, customers } from './customers'
import { contracts } from './ledger'
import { owners } from './owners'

/**
 * After-sales tickets (售后工单): 咨询 inquiry, 投诉 complaint, 维修 repair, 建议 suggestion.
 * Status new → inProgress → resolved → closed; `first_response_at` is the first move out
 * of `new`, `resolved_at` the (last) move to resolved, `closed_at` the close, where the
 * customer's satisfaction 1–10 is asked. Numbers SH-YYYY-NNNN.
 */
export const tickets = sqliteTable(
  'tickets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: text('number').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    contactId: integer('contact_id').references(() => contacts.id),
    contractId: integer('contract_id').references(() => contracts.id),
    kind: text('kind', { enum: ['inquiry', 'complaint', 'repair', 'suggestion'] }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    status: text('status', { enum: ['new', 'inProgress', 'resolved', 'closed'] })
      .notNull()
      .default('new'),
    priority: text('priority', { enum: ['low', 'normal', 'high', 'urgent'] })
      .notNull()
      .default('normal'),
    ownerId: integer('owner_id').references(() => owners.id),
    dueDate: text('due_date'),
    resolution: text('resolution'),
    /** 1–10, asked at closing; null = not given. */
    satisfaction: integer('satisfaction'),
    firstResponseAt: integer('first_response_at'),
    resolvedAt: integer('resolved_at'),
    closedAt: integer('closed_at'),
    /** Calendar date of the close (satisfaction by month). */
    closedDate: text('closed_date'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    uniqueIndex('tickets_number_unique').on(t.number),
    index('tickets_customer').on(t.customerId, t.createdAt),
    index('tickets_status_live')
      .on(t.status, t.createdAt)
      .where(sql`deleted_at IS NULL`),
    index('tickets_closed_live')
      .on(t.closedDate)
      .where(sql`deleted_at IS NULL AND closed_date IS NOT NULL`),
    index('tickets_created_live')
      .on(t.createdAt)
      .where(sql`deleted_at IS NULL`),
  ],
)

/**
 * Return visits (回访): scheduled after a contract completes, after a ticket closes, or by
 * hand; done with an outcome and, optionally, a satisfaction score 1–10.
 */
export const returnVisits = sqliteTable(
  'return_visits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    contractId: integer('contract_id').references(() => contracts.id),
    ticketId: integer('ticket_id').references(() => tickets.id),
    reason: text('reason', { enum: ['contractCompleted', 'ticketClosed', 'manual'] }).notNull(),
    dueDate: text('due_date').notNull(),
    ownerId: integer('owner_id').references(() => owners.id),
    notes: text('notes'),
    doneAt: integer('done_at'),
    doneDate: text('done_date'),
    outcome: text('outcome'),
    satisfaction: integer('satisfaction'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('return_visits_open_due')
      .on(t.dueDate)
      .where(sql`done_at IS NULL AND deleted_at IS NULL`),
    index('return_visits_customer').on(t.customerId, t.dueDate),
    // One return visit per completed contract, however often the check runs.
    uniqueIndex('return_visits_contract_completed')
      .on(t.contractId)
      .where(sql`reason = 'contractCompleted'`),
    index('return_visits_ticket').on(t.ticketId),
  ],
)
