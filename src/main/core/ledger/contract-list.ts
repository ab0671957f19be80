import type {
  Contract,
  ContractFilter,
  ContractList,
  ContractListTotals,
  ContractSortField,
} from '../../../shared/api'
import { addDays } from '../../../shared/dates'
import type { Ctx } from '../context'
import { likePattern } from '../db/sql'
import { contractsByIds } from './contract-rows'
import { ledgerDates } from './common'

export interface ContractListQuery {
  q?: string | undefined
  filter?: ContractFilter | undefined
  sort?: { field: ContractSortField; dir: 'asc' | 'desc' } | undefined
  page?: number | undefined
  pageSize?: number | undefined
  /** Also sum the money over every matching contract. */
  totals?: boolean | undefined
}

const SORT_SQL: Record<ContractSortField, string> = {
  signedDate: 'c.signed_date',
  number: 'c.number',
  totalCents: 'c.total_cents',
  endDate: 'c.end_date',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
}

const COMPLETED = `c.state = 'active' AND c.received_cents >= c.total_cents
  AND COALESCE(c.end_date, c.last_due_date, '') <= @asOf`

/**
 * The WHERE of contracts.list. The overdue filter reads the partial index on the
 * denormalised next_due_date (the earliest open instalment), so it never touches instalments.
 */
export function contractListWhere(q: string | undefined, filter: ContractFilter = {}): string {
  const conditions = [filter.deleted ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL']
  if (filter.customerId !== undefined) conditions.push('c.customer_id = @customerId')
  if (filter.ownerId !== undefined) conditions.push('c.owner_id = @ownerId')
  if (filter.status === 'draft') conditions.push("c.state = 'draft'")
  if (filter.status === 'terminated') conditions.push("c.state = 'terminated'")
  if (filter.status === 'completed') conditions.push(COMPLETED)
  if (filter.status === 'active') conditions.push(`c.state = 'active' AND NOT (${COMPLETED})`)
  if (filter.overdue === true)
    conditions.push('c.next_due_date IS NOT NULL AND c.next_due_date < @asOf')
  if (filter.overdue === false)
    conditions.push('(c.next_due_date IS NULL OR c.next_due_date >= @asOf)')
  if (filter.invoicedNotPaid)
    conditions.push('c.invoiced_cents > c.received_cents + c.advance_cents')
  if (filter.paidNotInvoiced)
    conditions.push('c.received_cents + c.advance_cents > c.invoiced_cents')
  if (filter.signedFrom) conditions.push('c.signed_date >= @signedFrom')
  if (filter.signedTo) conditions.push('c.signed_date <= @signedTo')
  if (q)
    conditions.push(`(c.number LIKE @q ESCAPE '\\' OR c.title LIKE @q ESCAPE '\\'
      OR c.customer_id IN (SELECT id FROM customers WHERE name LIKE @q ESCAPE '\\'))`)
  return conditions.join(' AND ')
}

/** The page's ids and the count, with the parameters both bind (for the query-plan tests too). */
export function contractListQueries(ctx: Ctx, input: ContractListQuery) {
  const { asOf } = ledgerDates(ctx)
  const pageSize = input.pageSize ?? 50
  const page = input.page ?? 1
  const where = contractListWhere(input.q, input.filter)
  const sort = input.sort ?? { field: 'signedDate', dir: 'desc' }
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC'
  const filter = input.filter ?? {}
  const params = {
    asOf,
    customerId: filter.customerId ?? null,
    ownerId: filter.ownerId ?? null,
    signedFrom: filter.signedFrom ?? null,
    signedTo: filter.signedTo ?? null,
    q: input.q ? likePattern(input.q) : null,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  }
  const used = (sql: string) =>
    Object.fromEntries(Object.entries(params).filter(([key]) => sql.includes(`@${key}`)))
  // Overdue contracts in signing order: walk the covering partial index of contracts with
  // an open instalment (the planner otherwise sorts every overdue contract).
  const overdueWalk =
    filter.overdue === true &&
    !filter.deleted &&
    sort.field === 'signedDate' &&
    filter.customerId === undefined
  const hint = !overdueWalk
    ? ''
    : filter.ownerId === undefined
      ? 'INDEXED BY contracts_open_signed'
      : 'INDEXED BY contracts_owner_open'
  const pageSql = `SELECT c.id FROM contracts c ${hint} WHERE ${where}
    ORDER BY ${SORT_SQL[sort.field]} ${dir}, c.id ${dir} LIMIT @limit OFFSET @offset`
  // One owner's overdue contracts are counted from the owner's open contracts alone.
  const countHint =
    filter.overdue === true && !filter.deleted && filter.ownerId !== undefined
      ? 'INDEXED BY contracts_owner_open'
      : ''
  const countSql = `SELECT COUNT(*) FROM contracts c ${countHint} WHERE ${where}`
  // The totals read every matching row (the count reads only an index): asked for, not default.
  const totalsSql = `SELECT COUNT(*) AS n, COALESCE(SUM(c.total_cents), 0) AS totalCents,
      COALESCE(SUM(c.received_cents), 0) AS receivedCents,
      COALESCE(SUM(c.total_cents - c.received_cents - c.voided_cents), 0) AS outstandingCents,
      COALESCE(SUM(c.invoiced_cents), 0) AS invoicedCents,
      COALESCE(SUM(c.advance_cents), 0) AS advanceCents
    FROM contracts c ${countHint} WHERE ${where}`
  return {
    asOf,
    page: { sql: pageSql, params: used(pageSql) },
    count: { sql: countSql, params: used(countSql) },
    totals: { sql: totalsSql, params: used(totalsSql) },
  }
}

export function listContracts(ctx: Ctx, input: ContractListQuery): ContractList {
  const queries = contractListQueries(ctx, input)
  const ids = ctx.sqlite.prepare(queries.page.sql).pluck().all(queries.page.params) as number[]
  const rows = contractsByIds(ctx, ids, queries.asOf)
  if (!input.totals) {
    const total = ctx.sqlite.prepare(queries.count.sql).pluck().get(queries.count.params) as number
    return { rows, total }
  }
  const { n, ...totals } = ctx.sqlite.prepare(queries.totals.sql).get(queries.totals.params) as {
    n: number
  } & ContractListTotals
  return { rows, total: n, totals }
}

/** Active contracts ending within [today, today + days], soonest first. */
export function contractRenewals(ctx: Ctx, days?: number): Contract[] {
  const dates = ledgerDates(ctx)
  const until = addDays(dates.asOf, days ?? dates.renewalWindowDays)
  const ids = ctx.sqlite
    .prepare(
      `SELECT id FROM contracts WHERE state = 'active' AND deleted_at IS NULL
         AND end_date >= ? AND end_date <= ? ORDER BY end_date, id LIMIT 1000`,
    )
    .pluck()
    .all(dates.asOf, until) as number[]
  return contractsByIds(ctx, ids, dates.asOf)
}
