import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { customers } from './customers'

/**
 * Customer insight (客户分析), one row per live customer, computed by insight/refresh.ts as
 * of `as_of` (a full pass at the first use of each day and when thresholds change; rows
 * marked `stale` by the triggers of migration 0019 — a contract or payment written, a
 * follow-up logged, a customer deleted or merged — are recomputed alone against the day's
 * quintile breakpoints). Money in 分.
 */
export const customerInsight = sqliteTable(
  'customer_insight',
  {
    customerId: integer('customer_id')
      .primaryKey()
      .references(() => customers.id),
    stale: integer('stale').notNull().default(1),
    asOf: text('as_of'),
    lifetimeCents: integer('lifetime_cents').notNull().default(0),
    revenue12mCents: integer('revenue_12m_cents').notNull().default(0),
    purchases: integer('purchases').notNull().default(0),
    firstPurchaseDate: text('first_purchase_date'),
    lastPurchaseDate: text('last_purchase_date'),
    lastContactAt: integer('last_contact_at'),
    openCents: integer('open_cents').notNull().default(0),
    rScore: integer('r_score'),
    fScore: integer('f_score'),
    mScore: integer('m_score'),
    segment: text('segment'),
    /** JSON array of churn reasons ([] = not at risk). */
    risk: text('risk').notNull().default('[]'),
    atRisk: integer('at_risk').notNull().default(0),
    atStakeCents: integer('at_stake_cents').notNull().default(0),
    clvCents: integer('clv_cents'),
  },
  (t) => [
    index('customer_insight_at_risk')
      .on(t.atStakeCents)
      .where(sql`at_risk = 1`),
    index('customer_insight_segment').on(t.segment, t.lifetimeCents),
    index('customer_insight_stale')
      .on(t.customerId)
      .where(sql`stale = 1`),
  ],
)
