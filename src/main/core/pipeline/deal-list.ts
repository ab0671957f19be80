import { sql, type SQL } from 'drizzle-orm'
import type {
  Board,
  BoardColumn,
  Deal,
  DealBoardInput,
  DealFilter,
  DealSortField,
  ListResult,
} from '../../../shared/api'
import type { Ctx } from '../context'
import { invalidField } from '../errors'
import { findCustomerRow } from '../customers'
import { asOf, DEAL_COLUMNS, DEAL_JOINS, dealRows, prepared, toDeal, toQuery } from './deal-rows'
import { assertCampaignExists } from '../campaigns'
import { assertOwnerExists } from '../app'
import { findStage, listStages } from './stages'
import { searchCondition } from '../search'
import { pageOf } from '../db/sql'

/**
 * The deals list (paged, sorted and filtered in SQL like the customer list) and the
 * board (every open deal, one column per open stage, with totals exact to the 分).
 */
export interface DealListQuery {
  q?: string
  filter?: DealFilter
  sort?: { field: DealSortField; dir: 'asc' | 'desc' }
  page?: number
  pageSize?: number
}

type BoardFilter = NonNullable<DealBoardInput>

/** Checks filter values that name other records, and the amount range. */
function assertFilter(ctx: Ctx, filter: DealFilter, prefix: string): void {
  if (filter.ownerId) assertOwnerExists(ctx, filter.ownerId, `${prefix}ownerId`)
  if (filter.customerId && !findCustomerRow(ctx, filter.customerId))
    throw invalidField(
      `${prefix}customerId`,
      'errors.dealsUnknownCustomer',
      `No customer with id ${filter.customerId}`,
      { id: filter.customerId },
    )
  if (filter.campaignId) assertCampaignExists(ctx, filter.campaignId, `${prefix}campaignId`)
  if (filter.stageId && !findStage(ctx, filter.stageId))
    throw invalidField(`${prefix}stageId`, 'errors.unknownStage', `No stage ${filter.stageId}`, {
      id: filter.stageId,
    })
  if (
    filter.minAmountCents !== undefined &&
    filter.maxAmountCents !== undefined &&
    filter.minAmountCents > filter.maxAmountCents
  )
    throw invalidField(
      `${prefix}maxAmountCents`,
      'errors.dealAmountRange',
      'The largest amount is below the smallest',
    )
}

/** `q` matches a fragment of the title, or the customer as the customer search finds it (name, pinyin…). */
function searchWhere(q: string | undefined): SQL | null {
  const text = q?.trim()
  if (!text) return null
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const customers = searchCondition(text)
  return customers
    ? sql`(d.title LIKE ${like} ESCAPE '\\' OR d.customer_id IN (${customers}))`
    : sql`d.title LIKE ${like} ESCAPE '\\'`
}

function conditions(filter: BoardFilter & DealFilter, q: string | undefined): SQL[] {
  const where: SQL[] = []
  if (filter.ownerId !== undefined) where.push(sql`d.owner_id = ${filter.ownerId}`)
  if (filter.customerId !== undefined) where.push(sql`d.customer_id = ${filter.customerId}`)
  if (filter.stageId !== undefined) where.push(sql`d.stage_id = ${filter.stageId}`)
  if (filter.campaignId !== undefined) where.push(sql`d.campaign_id = ${filter.campaignId}`)
  if (filter.status !== undefined) where.push(sql`d.status = ${filter.status}`)
  if (filter.closeMonth !== undefined)
    where.push(
      sql`d.expected_close_date BETWEEN ${`${filter.closeMonth}-01`} AND ${`${filter.closeMonth}-31`}`,
    )
  if (filter.minAmountCents !== undefined)
    where.push(sql`d.amount_cents >= ${filter.minAmountCents}`)
  if (filter.maxAmountCents !== undefined)
    where.push(sql`d.amount_cents <= ${filter.maxAmountCents}`)
  const search = searchWhere(q)
  if (search) where.push(search)
  return where
}

/** The deal's customer is not in the recycle bin (a primary-key probe per deal). */
const LIVE_CUSTOMER =
  'NOT EXISTS (SELECT 1 FROM customers bin WHERE bin.id = d.customer_id AND bin.deleted_at IS NOT NULL)'

const SORT: Record<DealSortField, string[]> = {
  updatedAt: ['d.updated_at'],
  createdAt: ['d.created_at'],
  amountCents: ['d.amount_cents'],
  expectedCloseDate: ['d.expected_close_date'],
  closedDate: ['d.closed_date'],
  title: ['d.title'],
  stage: ['(SELECT s.position FROM pipeline_stages s WHERE s.id = d.stage_id)', 'd.position'],
}

/** The page query (ids only) and the count query; the query-plan tests explain both. */
export function dealListQueries(input: DealListQuery): { page: SQL; count: SQL } {
  const filter = input.filter ?? {}
  const where = sql.join(
    [
      filter.deleted ? sql`d.deleted_at IS NOT NULL` : sql`d.deleted_at IS NULL`,
      // A customer in the recycle bin takes its deals with it (they come back on restore).
      ...(filter.deleted ? [] : [sql.raw(LIVE_CUSTOMER)]),
      ...conditions(filter, input.q),
    ],
    sql` AND `,
  )
  const sort = input.sort ?? { field: 'updatedAt', dir: 'desc' }
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC'
  const order = [...SORT[sort.field], 'd.id'].map((column) => `${column} ${dir}`).join(', ')
  const { limit: pageSize, offset } = pageOf(input)
  return {
    page: sql`SELECT d.id FROM deals d WHERE ${where} ORDER BY ${sql.raw(order)} LIMIT ${pageSize} OFFSET ${offset}`,
    count: sql`SELECT count(*) AS n FROM deals d WHERE ${where}`,
  }
}

export function listDeals(ctx: Ctx, input: DealListQuery): ListResult<Deal> {
  assertFilter(ctx, input.filter ?? {}, 'filter.')
  const queries = dealListQueries(input)
  const page = toQuery(queries.page)
  const ids = prepared(ctx, page.sql)
    .pluck()
    .all(...page.params) as number[]
  const count = toQuery(queries.count)
  const total = (prepared(ctx, count.sql).get(...count.params) as { n: number }).n
  if (ids.length === 0) return { rows: [], total }
  const rows = dealRows(
    ctx,
    `SELECT ${DEAL_COLUMNS} FROM deals d ${DEAL_JOINS} WHERE d.id IN (SELECT value FROM json_each(?))`,
    JSON.stringify(ids),
  )
  const byId = new Map(rows.map((r) => [r.id, r]))
  const at = asOf(ctx)
  return { rows: ids.map((id) => toDeal(byId.get(id)!, at)), total }
}

/** Every open, live deal matching the filters, by stage then board position, from `deals_board`. */
export function boardQuery(input: BoardFilter): SQL {
  const where = [
    sql`d.status = 'open' AND d.deleted_at IS NULL`,
    sql.raw(LIVE_CUSTOMER),
    ...conditions(input, input.q),
  ]
  return sql`SELECT ${sql.raw(DEAL_COLUMNS)} FROM deals d INDEXED BY deals_board ${sql.raw(DEAL_JOINS)}
    WHERE ${sql.join(where, sql` AND `)} ORDER BY d.stage_id, d.position`
}

/** round half away from zero of cents × percent / 100, in BigInt so it is exact at any size. */
export function weightedCents(totalCents: bigint, probability: number): bigint {
  const product = totalCents * BigInt(probability)
  const sign = product < 0n ? -1n : 1n
  return sign * ((sign * product * 2n + 100n) / 200n)
}

export function dealBoard(ctx: Ctx, input: DealBoardInput): Board {
  const filter: BoardFilter = input ?? {}
  assertFilter(ctx, filter, '')
  const query = toQuery(boardQuery(filter))
  const rows = dealRows(ctx, query.sql, ...query.params)
  const at = asOf(ctx)
  const byStage = new Map<number, Deal[]>()
  for (const row of rows) {
    let list = byStage.get(row.stageId)
    if (!list) byStage.set(row.stageId, (list = []))
    list.push(toDeal(row, at))
  }
  const columns: BoardColumn[] = []
  let total = 0n
  let weighted = 0n
  for (const stage of listStages(ctx)) {
    if (stage.kind !== 'open') continue
    const deals = byStage.get(stage.id) ?? []
    const columnTotal = deals.reduce((sum, d) => sum + BigInt(d.amountCents), 0n)
    const columnWeighted = weightedCents(columnTotal, stage.probability)
    total += columnTotal
    weighted += columnWeighted
    columns.push({
      stage,
      deals,
      count: deals.length,
      totalCents: Number(columnTotal),
      weightedCents: Number(columnWeighted),
    })
  }
  return {
    columns,
    count: rows.length,
    totalCents: Number(total),
    weightedCents: Number(weighted),
    asOf: at.today,
  }
}
