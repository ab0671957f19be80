import type { z } from 'zod'
import type { ListResult } from '../../../shared/api'
import type { Ticket, ticketListInput } from '../../../shared/api/aftersales'
import { addDays } from '../../../shared/dates'
import { today } from '../clock'
import type { Ctx } from '../context'
import { likePattern } from '../db/sql'
import { BINNED_CUSTOMERS } from '../db/sql'
import { toQuery } from '../pipeline'
import { localStartMs } from '../../../shared/dates'
import { stmt } from '../db/sql'
import { searchCondition } from '../search'
import { assertCustomerKnown, TICKET_COLUMNS, TICKET_JOINS, toTicket } from './rows'

/** tickets.list: the filters, the sorts and the page, read in SQL. */
type ListInput = z.output<typeof ticketListInput>

/**
 * Tickets of a customer in the recycle bin go with it (back on restore), as deals do. The
 * binned customers are read once from customers_deleted (a few rows), not looked up per ticket.
 */
export const LIVE_TICKET_CUSTOMER = `t.customer_id NOT IN (${BINNED_CUSTOMERS})`

const RANK = {
  priority: "CASE t.priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 ELSE 3 END",
  status:
    "CASE t.status WHEN 'new' THEN 0 WHEN 'inProgress' THEN 1 WHEN 'resolved' THEN 2 ELSE 3 END",
}

const SORT_SQL: Record<NonNullable<ListInput['sort']>['field'], string> = {
  createdAt: 't.created_at',
  updatedAt: 't.updated_at',
  dueDate: 't.due_date',
  priority: RANK.priority,
  status: RANK.status,
  closedAt: 't.closed_at',
}

/** `column IN (@p0, @p1, …)` with its parameters. */
function inList(
  column: string,
  name: string,
  values: readonly string[],
  params: Record<string, unknown>,
): string {
  const names = values.map((value, i) => {
    params[`${name}${i}`] = value
    return `@${name}${i}`
  })
  return `${column} IN (${names.join(', ')})`
}

/** The WHERE of tickets.list on `t`, with its named parameters (today always among them). */
export function ticketListWhere(
  ctx: Ctx,
  input: ListInput,
): { where: string; params: Record<string, unknown> } {
  const filter = input.filter ?? {}
  const params: Record<string, unknown> = { today: today(ctx.clock) }
  const conditions = [filter.deleted ? 't.deleted_at IS NOT NULL' : 't.deleted_at IS NULL']
  if (!filter.deleted) conditions.push(LIVE_TICKET_CUSTOMER)
  if (filter.customerId !== undefined) {
    conditions.push('t.customer_id = @customerId')
    params.customerId = filter.customerId
  }
  if (filter.status) conditions.push(inList('t.status', 'status', filter.status, params))
  if (filter.kind) conditions.push(inList('t.kind', 'kind', filter.kind, params))
  if (filter.priority) conditions.push(inList('t.priority', 'priority', filter.priority, params))
  if (filter.ownerId !== undefined) {
    conditions.push('t.owner_id = @ownerId')
    params.ownerId = filter.ownerId
  }
  if (filter.open === true) conditions.push("t.status <> 'closed'")
  if (filter.open === false) conditions.push("t.status = 'closed'")
  const overdue = "t.status <> 'closed' AND t.due_date IS NOT NULL AND t.due_date < @today"
  if (filter.overdue === true) conditions.push(overdue)
  if (filter.overdue === false) conditions.push(`NOT (${overdue})`)
  if (filter.createdFrom) {
    conditions.push('t.created_at >= @createdFromMs')
    params.createdFromMs = localStartMs(filter.createdFrom)
  }
  if (filter.createdTo) {
    conditions.push('t.created_at < @createdToMs')
    params.createdToMs = localStartMs(addDays(filter.createdTo, 1))
  }
  if (input.q) {
    // The customer as the customer search finds it (name, contacts, phones, pinyin: FTS).
    const customers = searchCondition(input.q)
    let byCustomer = ''
    if (customers) {
      const query = toQuery(customers)
      let i = 0
      byCustomer = ` OR t.customer_id IN (${query.sql.replace(/\?/g, () => {
        params[`qs${i}`] = query.params[i]
        return `@qs${i++}`
      })})`
    }
    conditions.push(`(t.number LIKE @q ESCAPE '\\' OR t.title LIKE @q ESCAPE '\\'${byCustomer})`)
    params.q = likePattern(input.q)
  }
  return { where: conditions.join(' AND '), params }
}

/** The page's statement and the count's, with what both bind (the query-plan test reads them). */
export function ticketListQueries(ctx: Ctx, input: ListInput) {
  const { where, params } = ticketListWhere(ctx, input)
  const sort = input.sort ?? { field: 'createdAt', dir: 'desc' }
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC'
  const pageSize = input.pageSize ?? 50
  const nulls =
    sort.field === 'dueDate' || sort.field === 'closedAt' ? `${SORT_SQL[sort.field]} IS NULL, ` : ''
  return {
    page: `SELECT ${TICKET_COLUMNS} FROM tickets t ${TICKET_JOINS}
      WHERE t.id IN (SELECT t.id FROM tickets t WHERE ${where}
        ORDER BY ${nulls}${SORT_SQL[sort.field]} ${dir}, t.id ${dir} LIMIT @limit OFFSET @offset)
      ORDER BY ${nulls}${SORT_SQL[sort.field]} ${dir}, t.id ${dir}`,
    count: `SELECT COUNT(*) FROM tickets t WHERE ${where}`,
    /** A search reads its matches once: every match's id in order, the page cut from them. */
    matches: `SELECT t.id FROM tickets t WHERE ${where}
      ORDER BY ${nulls}${SORT_SQL[sort.field]} ${dir}, t.id ${dir}`,
    byIds: `SELECT ${TICKET_COLUMNS} FROM tickets t ${TICKET_JOINS}
      JOIN json_each(@ids) p ON p.value = t.id ORDER BY p.key`,
    params: { ...params, limit: pageSize, offset: ((input.page ?? 1) - 1) * pageSize },
    countParams: params,
  }
}

export function listTickets(ctx: Ctx, input: ListInput): ListResult<Ticket> {
  if (input.filter?.customerId !== undefined) assertCustomerKnown(ctx, input.filter.customerId)
  const q = ticketListQueries(ctx, input)
  if (input.q) {
    const ids = stmt(ctx, q.matches).pluck().all(q.countParams) as number[]
    const page = ids.slice(q.params.offset, q.params.offset + q.params.limit)
    const rows = stmt(ctx, q.byIds).all({
      today: q.countParams.today,
      ids: JSON.stringify(page),
    }) as Parameters<typeof toTicket>[0][]
    return { rows: rows.map(toTicket), total: ids.length }
  }
  const rows = stmt(ctx, q.page).all(q.params) as Parameters<typeof toTicket>[0][]
  const total = stmt(ctx, q.count).pluck().get(q.countParams) as number
  return { rows: rows.map(toTicket), total }
}
