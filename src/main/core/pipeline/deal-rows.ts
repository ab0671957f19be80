import type { Statement } from 'better-sqlite3'
import type { SQL } from 'drizzle-orm'
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'
import type {
  Deal,
  DealDetail,
  DealStatus,
  DealWarning,
  StageHistoryEntry,
  StageKind,
} from '../../../shared/api'
import { localDate } from '../../../shared/dates'
import type { Ctx } from '../context'
import { AppError, notFound } from '../errors'

/**
 * Reading deals: one SELECT shape (deal + customer name + stage + owner name) shared by
 * get, list and board, read as arrays (raw mode) and mapped to the contract's `Deal`
 * with days in stage and warnings computed for "today" of ctx.clock. Arrays, not
 * better-sqlite3's row objects: building 25-key objects per row was most of the board's
 * time at 2,000 cards.
 */
export function prepared(ctx: Ctx, text: string): Statement {
  // Prepared per call like drizzle's statements, so the benchmarks' recorder sees each one.
  return ctx.sqlite.prepare(text)
}

const dialect = new SQLiteSyncDialect()

/** A composed drizzle `sql` as text and parameters (for prepared statements and EXPLAIN). */
export function toQuery(query: SQL): { sql: string; params: unknown[] } {
  return dialect.sqlToQuery(query)
}

/** The columns of `RawDeal`, in its order. */
export const DEAL_COLUMNS = `d.id, d.customer_id, c.name, d.title, d.amount_cents, d.stage_id, s.name,
  s.kind, s.stale_days, d.position, d.status, d.expected_close_date, d.owner_id, o.name,
  d.product_ids, d.campaign_id, d.activity_id, d.notes, d.lost_reason, d.closed_date,
  d.stage_entered_at, d.created_at, d.updated_at, d.deleted_at, cm.name, cm.deleted_at`

export const DEAL_JOINS = `JOIN customers c ON c.id = d.customer_id
  JOIN pipeline_stages s ON s.id = d.stage_id
  LEFT JOIN owners o ON o.id = d.owner_id
  LEFT JOIN campaigns cm ON cm.id = d.campaign_id`

export type RawDeal = [
  id: number,
  customerId: number,
  customerName: string,
  title: string,
  amountCents: number,
  stageId: number,
  stageName: string,
  stageKind: StageKind,
  staleDays: number | null,
  position: number | null,
  status: DealStatus,
  expectedCloseDate: string | null,
  ownerId: number | null,
  ownerName: string | null,
  productIds: string,
  campaignId: number | null,
  activityId: number | null,
  notes: string | null,
  lostReason: string | null,
  closedDate: string | null,
  stageEnteredAt: number,
  createdAt: number,
  updatedAt: number,
  deletedAt: number | null,
  campaignName: string | null,
  campaignDeletedAt: number | null,
]

export interface DealRow extends Omit<Deal, 'productIds' | 'daysInStage' | 'warnings'> {
  productIds: string
  stageKind: StageKind
  staleDays: number | null
}

export function rowOf(r: RawDeal): DealRow {
  return {
    id: r[0],
    customerId: r[1],
    customerName: r[2],
    title: r[3],
    amountCents: r[4],
    stageId: r[5],
    stageName: r[6],
    stageKind: r[7],
    staleDays: r[8],
    position: r[9],
    status: r[10],
    expectedCloseDate: r[11],
    ownerId: r[12],
    ownerName: r[13],
    productIds: r[14],
    campaignId: r[15],
    activityId: r[16],
    notes: r[17],
    lostReason: r[18],
    closedDate: r[19],
    stageEnteredAt: r[20],
    createdAt: r[21],
    updatedAt: r[22],
    deletedAt: r[23],
    campaignName: r[24],
    campaignDeleted: r[25] !== null,
  }
}

/** Runs a deal SELECT (columns DEAL_COLUMNS) and maps its rows. */
export function dealRows(ctx: Ctx, text: string, ...params: unknown[]): DealRow[] {
  return (
    prepared(ctx, text)
      .raw(true)
      .all(...params) as RawDeal[]
  ).map(rowOf)
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
  const daysInStage = daysBetween(row.stageEnteredAt, at.now)
  const warnings: DealWarning[] = []
  if (row.status === 'open' && row.deletedAt === null) {
    if (row.expectedCloseDate !== null && row.expectedCloseDate < at.today) warnings.push('overdue')
    if (row.staleDays !== null && daysInStage > row.staleDays) warnings.push('stale')
  }
  return {
    id: row.id,
    customerId: row.customerId,
    customerName: row.customerName,
    title: row.title,
    amountCents: row.amountCents,
    stageId: row.stageId,
    stageName: row.stageName,
    position: row.position,
    status: row.status,
    expectedCloseDate: row.expectedCloseDate,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    productIds: row.productIds === '[]' ? [] : (JSON.parse(row.productIds) as number[]),
    campaignId: row.campaignId,
    campaignName: row.campaignName,
    campaignDeleted: row.campaignDeleted,
    activityId: row.activityId,
    notes: row.notes,
    lostReason: row.lostReason,
    closedDate: row.closedDate,
    stageEnteredAt: row.stageEnteredAt,
    daysInStage,
    warnings,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  }
}

export function findDealRow(ctx: Ctx, id: number): DealRow | undefined {
  return dealRows(ctx, `SELECT ${DEAL_COLUMNS} FROM deals d ${DEAL_JOINS} WHERE d.id = ?`, id)[0]
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
