import type { Statement } from 'better-sqlite3'
import type { SQL } from 'drizzle-orm'
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'
import type {
  Deal,
  DealDetail,
  DealWarning,
  StageHistoryEntry,
  StageKind,
} from '../../../shared/api'
import { localDate } from '../../../shared/dates'
import type { Ctx } from '../context'
import { AppError, notFound } from '../errors'

/**
 * Reading deals: one SELECT shape (deal + customer name + stage + owner name) shared by
 * get, list and board, mapped to the contract's `Deal` with days in stage and warnings
 * computed for "today" of ctx.clock. Statements are prepared once per connection.
 */
const cache = new WeakMap<Ctx['sqlite'], Map<string, Statement>>()

/** A statement prepared once per connection (the board and moves run the same SQL often). */
export function prepared(ctx: Ctx, text: string): Statement {
  let statements = cache.get(ctx.sqlite)
  if (!statements) {
    statements = new Map()
    cache.set(ctx.sqlite, statements)
  }
  let statement = statements.get(text)
  if (!statement) {
    statement = ctx.sqlite.prepare(text)
    statements.set(text, statement)
  }
  return statement
}

const dialect = new SQLiteSyncDialect()

/** A composed drizzle `sql` as text and parameters (for prepared statements and EXPLAIN). */
export function toQuery(query: SQL): { sql: string; params: unknown[] } {
  return dialect.sqlToQuery(query)
}

export const DEAL_COLUMNS = `d.id, d.customer_id AS customerId, c.name AS customerName, d.title,
  d.amount_cents AS amountCents, d.stage_id AS stageId, s.name AS stageName, s.kind AS stageKind,
  s.stale_days AS staleDays, d.position, d.status, d.expected_close_date AS expectedCloseDate,
  d.owner_id AS ownerId, o.name AS ownerName, d.product_ids AS productIds, d.campaign_id AS campaignId,
  d.activity_id AS activityId, d.notes, d.lost_reason AS lostReason, d.closed_date AS closedDate,
  d.stage_entered_at AS stageEnteredAt, d.created_at AS createdAt, d.updated_at AS updatedAt,
  d.deleted_at AS deletedAt`

export const DEAL_JOINS = `JOIN customers c ON c.id = d.customer_id
  JOIN pipeline_stages s ON s.id = d.stage_id
  LEFT JOIN owners o ON o.id = d.owner_id`

export interface DealRow extends Omit<Deal, 'productIds' | 'daysInStage' | 'warnings'> {
  productIds: string
  stageKind: StageKind
  staleDays: number | null
}

const DAY = 86_400_000

/** The local calendar day of an instant as a day number (so differences are whole local days). */
function dayNumber(ms: number): number {
  const d = new Date(ms)
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY)
}

/** Whole local calendar days from one instant to another (0 on the same day, never negative). */
export function daysBetween(from: number, to: number): number {
  return Math.max(0, dayNumber(to) - dayNumber(from))
}

/** What the board and list need to compute per row: now and today's date. */
export interface AsOf {
  now: number
  today: string
}

export function asOf(ctx: Ctx): AsOf {
  const now = ctx.clock.now()
  return { now, today: localDate(now) }
}

export function toDeal(row: DealRow, at: AsOf): Deal {
  const { stageKind: _kind, staleDays, productIds, ...rest } = row
  const daysInStage = daysBetween(row.stageEnteredAt, at.now)
  const warnings: DealWarning[] = []
  if (row.status === 'open' && row.deletedAt === null) {
    if (row.expectedCloseDate !== null && row.expectedCloseDate < at.today) warnings.push('overdue')
    if (staleDays !== null && daysInStage > staleDays) warnings.push('stale')
  }
  return {
    ...rest,
    status: row.status,
    productIds: JSON.parse(productIds) as number[],
    daysInStage,
    warnings,
  }
}

export function findDealRow(ctx: Ctx, id: number): DealRow | undefined {
  return prepared(ctx, `SELECT ${DEAL_COLUMNS} FROM deals d ${DEAL_JOINS} WHERE d.id = ?`).get(
    id,
  ) as DealRow | undefined
}

export function requireDealRow(ctx: Ctx, id: number): DealRow {
  const row = findDealRow(ctx, id)
  if (!row) throw notFound('deal', id)
  return row
}

/** A deal that is not in the recycle bin: the only kind that can be changed. */
export function requireLiveDeal(ctx: Ctx, id: number): DealRow {
  const row = requireDealRow(ctx, id)
  if (row.deletedAt !== null) {
    throw new AppError(
      'CONFLICT',
      'errors.dealDeleted',
      `The deal ${row.title} is in the recycle bin; restore it first`,
      { title: row.title },
    )
  }
  return row
}

interface HistoryRow {
  id: number
  stageId: number
  stageName: string
  stageKind: StageKind
  enteredAt: number
  leftAt: number | null
  actor: string | null
}

export function dealHistory(ctx: Ctx, dealId: number, now: number): StageHistoryEntry[] {
  const rows = prepared(
    ctx,
    `SELECT h.id, h.stage_id AS stageId, s.name AS stageName, s.kind AS stageKind,
       h.entered_at AS enteredAt, h.left_at AS leftAt, h.actor
     FROM deal_stage_history h JOIN pipeline_stages s ON s.id = h.stage_id
     WHERE h.deal_id = ? ORDER BY h.entered_at, h.id`,
  ).all(dealId) as HistoryRow[]
  return rows.map((r) => ({ ...r, days: daysBetween(r.enteredAt, r.leftAt ?? now) }))
}

export function getDeal(ctx: Ctx, id: number): DealDetail {
  const at = asOf(ctx)
  return { ...toDeal(requireDealRow(ctx, id), at), history: dealHistory(ctx, id, at.now) }
}

/** The user-visible fields of a deal, as its history (audit_log) compares them. */
export function dealSnapshot(row: DealRow): Record<string, unknown> {
  return {
    customer: row.customerName,
    title: row.title,
    amountCents: row.amountCents,
    stage: row.stageName,
    status: row.status,
    expectedCloseDate: row.expectedCloseDate,
    owner: row.ownerName,
    productIds: JSON.parse(row.productIds) as number[],
    campaignId: row.campaignId,
    notes: row.notes,
    lostReason: row.lostReason,
    closedDate: row.closedDate,
  }
}
