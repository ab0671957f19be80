import { sql } from 'drizzle-orm'
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { owners } from './owners'

/**
 * Sales targets (销售目标): one amount in 分 per calendar month ('YYYY-MM') and owner, or
 * for the company as a whole (owner_id NULL, the grid's total row). A month without a row
 * has no target.
 */
export const salesTargets = sqliteTable(
  'sales_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    month: text('month').notNull(),
    ownerId: integer('owner_id').references(() => owners.id),
    amountCents: integer('amount_cents').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('sales_targets_owner_month')
      .on(t.ownerId, t.month)
      .where(sql`owner_id IS NOT NULL`),
    uniqueIndex('sales_targets_total_month')
      .on(t.month)
      .where(sql`owner_id IS NULL`),
  ],
)
