import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { customers } from './customers'
import { owners } from './owners'

/**
 * Stages of the one pipeline (销售漏斗). Exactly one `won` and one `lost` stage exist;
 * open stages carry a probability (percent) and an optional "too long in stage" threshold.
 * A removed stage keeps its row (`removed_at`) so stage history still names it.
 */
export const pipelineStages = sqliteTable('pipeline_stages', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['open', 'won', 'lost'] }).notNull(),
  /** Percent 0–100; won is 100, lost 0. */
  probability: integer('probability').notNull(),
  position: integer('position').notNull(),
  /** Days after which a deal in this stage is flagged as stale; null = never. */
  staleDays: integer('stale_days'),
  removedAt: integer('removed_at'),
})

/**
 * Deals (商机). Open deals have a dense `position` 0..n-1 within their stage (the board
 * order); closed and deleted deals have none. `stage_entered_at` is when the deal entered
 * its current stage (days-in-stage on the card).
 */
export const deals = sqliteTable(
  'deals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    title: text('title').notNull(),
    amountCents: integer('amount_cents').notNull(),
    stageId: integer('stage_id')
      .notNull()
      .references(() => pipelineStages.id),
    position: integer('position'),
    status: text('status', { enum: ['open', 'won', 'lost'] })
      .notNull()
      .default('open'),
    expectedCloseDate: text('expected_close_date'),
    ownerId: integer('owner_id').references(() => owners.id),
    /** JSON array of product ids (products of interest). */
    productIds: text('product_ids').notNull().default('[]'),
    /** Source campaign (市场活动; no REFERENCES: adding one would rebuild the table). */
    campaignId: integer('campaign_id'),
    /** The follow-up the deal was created from, if any. */
    activityId: integer('activity_id'),
    notes: text('notes'),
    lostReason: text('lost_reason'),
    /** Calendar date the deal was won or lost. */
    closedDate: text('closed_date'),
    closedAt: integer('closed_at'),
    stageEnteredAt: integer('stage_entered_at').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('deals_board')
      .on(t.stageId, t.position)
      .where(sql`status = 'open' AND deleted_at IS NULL`),
    index('deals_customer').on(t.customerId, t.updatedAt),
    index('deals_owner_live')
      .on(t.ownerId, t.updatedAt)
      .where(sql`deleted_at IS NULL`),
    index('deals_status_live')
      .on(t.status, t.closedDate)
      .where(sql`deleted_at IS NULL`),
    index('deals_updated_live')
      .on(t.updatedAt)
      .where(sql`deleted_at IS NULL`),
    index('deals_campaign_live')
      .on(t.campaignId, t.status)
      .where(sql`deleted_at IS NULL AND campaign_id IS NOT NULL`),
  ],
)

/**
 * Stage history: one row per stay of a deal in a stage. The row of the current stage has
 * `left_at` null. Reports compute conversion, win rate and days per stage from it.
 */
export const dealStageHistory = sqliteTable(
  'deal_stage_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dealId: integer('deal_id')
      .notNull()
      .references(() => deals.id),
    stageId: integer('stage_id')
      .notNull()
      .references(() => pipelineStages.id),
    enteredAt: integer('entered_at').notNull(),
    leftAt: integer('left_at'),
    /** Who moved it (owner name, when the app knows one); null = this PC's user. */
    actor: text('actor'),
  },
  (t) => [
    index('deal_stage_history_deal').on(t.dealId, t.enteredAt),
    index('deal_stage_history_stage').on(t.stageId, t.enteredAt),
  ],
)
