import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { customers } from './customers'
import { contracts } from './ledger'
import { deals } from './pipeline'

/**
 * Reminders the user adds by hand (提醒), on a customer, a deal or a contract (or on
 * nothing), at an instant (`at`, ms UTC: a date and a time). The other reminders of the
 * reminder centre are derived from the records (follow-ups, instalments, renewals,
 * birthdays, return visits) and have no row here.
 */
export const reminders = sqliteTable(
  'reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    notes: text('notes'),
    at: integer('at').notNull(),
    customerId: integer('customer_id').references(() => customers.id),
    dealId: integer('deal_id').references(() => deals.id),
    contractId: integer('contract_id').references(() => contracts.id),
    doneAt: integer('done_at'),
    /** When the desktop notification for it was shown (once). */
    notifiedAt: integer('notified_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('reminders_open_at')
      .on(t.at)
      .where(sql`done_at IS NULL AND deleted_at IS NULL`),
    index('reminders_customer').on(t.customerId),
  ],
)

/**
 * Done / snoozed state of one occurrence of a reminder, by its key (e.g.
 * `followUp:12:2026-12-05`, `instalment:55`, `birthday:customer:7:2026`, `manual:3`). A key
 * names the occurrence, so the next one (a new follow-up date, next year's birthday) is a
 * new key and shows again.
 */
export const reminderStates = sqliteTable('reminder_states', {
  key: text('key').primaryKey(),
  doneAt: integer('done_at'),
  /** Hidden until this date ('YYYY-MM-DD'), shown again on it. */
  snoozedUntil: text('snoozed_until'),
  updatedAt: integer('updated_at').notNull(),
})
