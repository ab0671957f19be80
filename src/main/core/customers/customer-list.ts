import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { Customer, CustomerFilter, CustomerSortField, ListResult } from '../../../shared/api'
import type { Ctx } from '../context'
import { customers, customerTags, owners } from '../db/schema'
import { customerColumns, toCustomer } from './customer-rows'
import { searchCondition } from '../search'
import { assertCampaignExists } from '../campaigns'
import { assertOwnerExists } from '../app'
import { assertTagExists, tagsOfCustomers } from './tags'

export interface CustomerListQuery {
  q?: string
  filter?: CustomerFilter
  sort?: { field: CustomerSortField; dir: 'asc' | 'desc' }
  page?: number
  pageSize?: number
}

/**
 * Every sort has a partial index over live rows (see db/schema/customers.ts) that
 * serves the whole ORDER BY: enum-like columns are indexed with updated_at, which
 * orders rows within a grade/stage/province; the rowid (id) ends every index.
 */
const SORT_COLUMNS: Record<CustomerSortField, SQLiteColumn[]> = {
  name: [customers.nameSort, customers.name],
  code: [customers.code],
  grade: [customers.grade, customers.updatedAt],
  stage: [customers.stage, customers.updatedAt],
  province: [customers.province, customers.updatedAt],
  createdAt: [customers.createdAt],
  updatedAt: [customers.updatedAt],
  lastActivityAt: [customers.lastActivityAt],
  nextFollowUpDate: [customers.nextFollowUpDate],
  deletedAt: [customers.deletedAt],
}

/**
 * The WHERE of a list query. The tag filter differs by purpose: the page walks the
 * sort index and probes each row's tags (EXISTS), the count starts from the tag's rows (IN).
 */
export function customerListWhere(
  q: string | undefined,
  filter: CustomerFilter = {},
  purpose: 'page' | 'count' = 'page',
): SQL | undefined {
  const conditions: SQL[] = [
    filter.deleted ? isNotNull(customers.deletedAt) : isNull(customers.deletedAt),
  ]
  if (filter.stage) conditions.push(eq(customers.stage, filter.stage))
  if (filter.grade) conditions.push(eq(customers.grade, filter.grade))
  if (filter.ownerId) conditions.push(eq(customers.ownerId, filter.ownerId))
  if (filter.campaignId) conditions.push(eq(customers.campaignId, filter.campaignId))
  if (filter.province) conditions.push(eq(customers.province, filter.province))
  if (filter.tag) {
    conditions.push(
      purpose === 'page'
        ? sql`EXISTS (SELECT 1 FROM ${customerTags} WHERE ${customerTags.tagId} = ${filter.tag} AND ${customerTags.customerId} = ${customers.id})`
        : sql`${customers.id} IN (SELECT ${customerTags.customerId} FROM ${customerTags} WHERE ${customerTags.tagId} = ${filter.tag})`,
    )
  }
  for (const [key, value] of Object.entries(filter.custom ?? {})) {
    // Keys come from the schema (bounded strings) and are bound as parameters, never spliced.
    const path = `$.${JSON.stringify(key)}`
    conditions.push(
      sql`(json_extract(${customers.custom}, ${path}) = ${value} OR EXISTS (SELECT 1 FROM json_each(${customers.custom}, ${path}) WHERE value = ${value}))`,
    )
  }
  const search = q ? searchCondition(q) : null
  if (search) {
    conditions.push(sql`${customers.id} IN (${search})`)
  }
  return and(...conditions)
}

/**
 * The page query (ids only) and the count query; the query-plan tests explain both.
 * The page selects ids alone so that the rows OFFSET skips are read from the index,
 * not the table; the page's ≤ 500 rows are then fetched by id (a deferred join).
 */
export function customerListQueries(ctx: Ctx, input: CustomerListQuery) {
  const page = input.page ?? 1
  const pageSize = input.pageSize ?? 50
  const deleted = input.filter?.deleted === true
  // deletedAt orders only the recycle bin (its index holds deleted rows); live lists ignore it.
  const asked = input.sort?.field === 'deletedAt' && !deleted ? undefined : input.sort
  const sort = asked ?? (deleted ? null : { field: 'updatedAt' as const, dir: 'desc' as const })
  const direction = sort?.dir === 'asc' ? asc : desc
  // The id breaks ties so that paging is stable; the recycle bin lists the latest deleted first.
  const order = sort
    ? [...SORT_COLUMNS[sort.field].map((column) => direction(column)), direction(customers.id)]
    : [desc(customers.deletedAt), desc(customers.id)]
  return {
    page: ctx.db
      .select({ id: customers.id })
      .from(customers)
      .where(customerListWhere(input.q, input.filter, 'page'))
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    count: countQuery(input),
  }
}

/**
 * count(*) of the matches. Counting every live row has no filter column to search, and
 * SQLite would scan the whole table; the narrow partial index over live rows holds
 * the same rows, so the plain count reads that instead (about 5× faster at 100k).
 */
function countQuery(input: CustomerListQuery): SQL {
  const filter = input.filter ?? {}
  const plain =
    !input.q && Object.values(filter).every((value) => value === undefined || value === false)
  const hint = plain ? sql.raw(' INDEXED BY customers_updated_live') : sql.empty()
  return sql`SELECT count(*) AS n FROM ${customers}${hint} WHERE ${customerListWhere(input.q, filter, 'count')}`
}

/** One page of customers, sorted and filtered in SQL; `total` counts every match. */
export function listCustomers(ctx: Ctx, input: CustomerListQuery): ListResult<Customer> {
  // A filter on an owner or tag that does not exist is a mistake to report, not an empty list.
  if (input.filter?.ownerId) assertOwnerExists(ctx, input.filter.ownerId, 'filter.ownerId')
  if (input.filter?.tag) assertTagExists(ctx, input.filter.tag, 'filter.tag')
  if (input.filter?.campaignId) assertCampaignExists(ctx, input.filter.campaignId)
  const queries = customerListQueries(ctx, input)
  const ids = queries.page.all().map((r) => r.id)
  const total = ctx.db.get<{ n: number }>(queries.count).n
  if (ids.length === 0) return { rows: [], total }
  const fetched = ctx.db
    .select(customerColumns)
    .from(customers)
    .leftJoin(owners, eq(owners.id, customers.ownerId))
    .where(inArray(customers.id, ids))
    .all()
  const byId = new Map(fetched.map((r) => [r.customer.id, r]))
  const tags = tagsOfCustomers(ctx, ids)
  return {
    rows: ids.map((id) => toCustomer(byId.get(id)!, tags.get(id) ?? [])),
    total,
  }
}
