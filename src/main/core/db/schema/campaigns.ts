import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Marketing campaigns (市场活动). Customers and deals carry `campaign_id` (their source
 * campaign); a campaign's figures (new customers, deals, won revenue, ROI) are summed from
 * them. Money is integer 分; dates 'YYYY-MM-DD'. Soft delete like every user record.
 */
export const campaigns = sqliteTable(
  'campaigns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** exhibition / onlineAds / referral / telemarketing / wechat / other (CAMPAIGN_CHANNELS). */
    channel: text('channel').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    budgetCents: integer('budget_cents').notNull().default(0),
    costCents: integer('cost_cents').notNull().default(0),
    notes: text('notes'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('campaigns_start_live')
      .on(t.startDate)
      .where(sql`deleted_at IS NULL`),
  ],
)
