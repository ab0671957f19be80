import type {
  AgingReport,
  AgingRow,
  OverdueRow,
  ReceivableList,
  ReceivableRow,
} from '../../../shared/api'
import { addDays } from '../../../shared/dates'
import type { Ctx } from '../context'
import { AGING_KEYS, agingBucketSql, agingParams, emptyAgingAmounts } from './aging'
import { likePattern, pageOf } from '../db/sql'
import { ledgerDates } from './common'
import { INSTALMENT_COLUMNS, toInstalment, type InstalmentRow } from './rows'

/**
 * The receivables ledger (应收账款): open instalments only (active contract, not voided,
 * received < amount), read through the partial indexes WHERE open = 1.
 */

type ReceivableStatus = 'overdue' | 'partial' | 'due' | 'notDue'

interface ReceivableQuery {
  q?: string | undefined
  filter?:
    | {
        customerId?: number | undefined
        ownerId?: number | undefined
        contractId?: number | undefined
        status?: ReceivableStatus | undefined
        dueFrom?: string | undefined
        dueTo?: string | undefined
      }
    | undefined
  sort?: { field: 'dueDate' | 'unpaidCents' | 'customerName'; dir: 'asc' | 'desc' } | undefined
  page?: number | undefined
  pageSize?: number | undefined
  /** Statuses and overdue as of this date (default today). */
  asOf?: string | undefined
}

const JOINS = `JOIN contracts c ON c.id = i.contract_id
  JOIN customers cu ON cu.id = i.customer_id
  LEFT JOIN owners o ON o.id = c.owner_id`
const FROM = `FROM instalments i ${JOINS}`

/** The SQL form of instalmentStatus for open rows (see ledger-rules). */
const STATUS_SQL: Record<ReceivableStatus, string> = {
  overdue: 'i.due_date < @asOf',
  partial: 'i.due_date >= @asOf AND i.received_cents > 0',
  due: 'i.due_date >= @asOf AND i.due_date <= @windowEnd AND i.received_cents = 0',
  notDue: 'i.due_date > @windowEnd AND i.received_cents = 0',
}

const SORT_SQL = {
  dueDate: 'i.due_date',
  unpaidCents: '(i.amount_cents - i.received_cents)',
  customerName: 'cu.name_sort',
}

export function listReceivables(ctx: Ctx, input: ReceivableQuery): ReceivableList {
  const dates = ledgerDates(ctx, input.asOf)
  const filter = input.filter ?? {}
  const conditions = ['i.open = 1']
  if (filter.customerId !== undefined) conditions.push('i.customer_id = @customerId')
  if (filter.contractId !== undefined) conditions.push('i.contract_id = @contractId')
  // Filters on the contract or customer are subqueries, so every query here starts from
  // the instalments' partial indexes (a join lets the planner drive from customers instead).
  if (filter.ownerId !== undefined)
    conditions.push(
      'i.contract_id IN (SELECT id FROM contracts WHERE owner_id = @ownerId AND deleted_at IS NULL)',
    )
  if (filter.status) conditions.push(STATUS_SQL[filter.status])
  if (filter.dueFrom) conditions.push('i.due_date >= @dueFrom')
  if (filter.dueTo) conditions.push('i.due_date <= @dueTo')
  if (input.q)
    conditions.push(`(i.contract_id IN (SELECT id FROM contracts
        WHERE number LIKE @q ESCAPE '\\' OR title LIKE @q ESCAPE '\\')
      OR i.customer_id IN (SELECT id FROM customers WHERE name LIKE @q ESCAPE '\\'))`)
  const where = conditions.join(' AND ')
  const params: Record<string, unknown> = {
    asOf: dates.asOf,
    windowEnd: addDays(dates.asOf, dates.reminderWindowDays),
    customerId: filter.customerId,
    contractId: filter.contractId,
    ownerId: filter.ownerId,
    dueFrom: filter.dueFrom,
    dueTo: filter.dueTo,
    q: input.q ? likePattern(input.q) : undefined,
  }
  const bind = (sql: string) =>
    Object.fromEntries(Object.entries(params).filter(([key]) => sql.includes(`@${key}`)))
  const sort = input.sort ?? { field: 'dueDate', dir: 'asc' }
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC'
  const { limit: pageSize, offset } = pageOf(input)
  // The page's ids first (from the index, joining customers only to sort by name), then
  // their details.
  const order = `${SORT_SQL[sort.field]} ${dir}, i.due_date ${dir}, i.id ${dir}`
  const idsSql = `SELECT i.id FROM instalments i
    ${sort.field === 'customerName' ? 'JOIN customers cu ON cu.id = i.customer_id' : ''}
    WHERE ${where} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`
  const ids = ctx.sqlite.prepare(idsSql).pluck().all(bind(idsSql)) as number[]
  const pageSql = `SELECT ${INSTALMENT_COLUMNS}, NULL AS voidedDate, c.number AS contractNumber,
      c.title AS contractTitle, cu.name AS customerName, c.owner_id AS ownerId, o.name AS ownerName
    ${FROM} WHERE i.id IN (SELECT value FROM json_each(@ids)) ORDER BY ${order}`
  const rows = ctx.sqlite.prepare(pageSql).all({ ids: JSON.stringify(ids) }) as (InstalmentRow &
    Omit<ReceivableRow, keyof InstalmentRow>)[]
  // The totals read only a covering index of open instalments.
  const totalsSql = `SELECT COUNT(*) AS n,
      COALESCE(SUM(i.amount_cents), 0) AS amountCents,
      COALESCE(SUM(i.received_cents), 0) AS receivedCents,
      COALESCE(SUM(CASE WHEN i.due_date < @asOf THEN i.amount_cents - i.received_cents END), 0) AS overdueCents
    FROM instalments i WHERE ${where}`
  const totals = ctx.sqlite.prepare(totalsSql).get({ ...bind(totalsSql), asOf: dates.asOf }) as {
    n: number
    amountCents: number
    receivedCents: number
    overdueCents: number
  }
  return {
    rows: rows.map((row) => ({
      ...toInstalment(row, dates.asOf, dates.reminderWindowDays),
      contractNumber: row.contractNumber,
      contractTitle: row.contractTitle,
      customerId: row.customerId,
      customerName: row.customerName,
      ownerId: row.ownerId,
      ownerName: row.ownerName,
    })),
    total: totals.n,
    totals: {
      amountCents: totals.amountCents,
      receivedCents: totals.receivedCents,
      unpaidCents: totals.amountCents - totals.receivedCents,
      overdueCents: totals.overdueCents,
    },
    asOf: dates.asOf,
  }
}

/**
 * Aging (账龄) as of a date: each open instalment's unpaid amount by days past due, per
 * customer. One pass over the covering index (customer_id, due_date, amount, received)
 * WHERE open = 1, grouped by customer. Received amounts are today's (aging as of a past
 * date shifts the days, not the payments).
 */
export function agingReport(
  ctx: Ctx,
  input: { asOf?: string | undefined; ownerId?: number | undefined } | null | undefined,
): AgingReport {
  const asOf = input?.asOf ?? ledgerDates(ctx).asOf
  const ownerId = input?.ownerId
  // One bucket number per row (fewer comparisons than a CASE per bucket), pivoted here.
  const groups = ctx.sqlite
    .prepare(
      `SELECT g.customerId AS customerId, g.bucket AS bucket, g.cents AS cents, cu.name AS customerName
       FROM (
         SELECT i.customer_id AS customerId,
           ${agingBucketSql('i.due_date')} AS bucket,
           SUM(i.amount_cents - i.received_cents) AS cents
         FROM instalments i
         WHERE i.open = 1 ${ownerId === undefined ? '' : 'AND i.contract_id IN (SELECT id FROM contracts WHERE owner_id = @ownerId AND deleted_at IS NULL)'}
         GROUP BY i.customer_id, bucket
       ) g JOIN customers cu ON cu.id = g.customerId`,
    )
    .all({ ...agingParams(asOf), ...(ownerId === undefined ? {} : { ownerId }) }) as {
    customerId: number
    bucket: number
    cents: number
    customerName: string
  }[]
  const byCustomer = new Map<number, AgingRow>()
  const total = emptyAgingAmounts()
  for (const g of groups) {
    let row = byCustomer.get(g.customerId)
    if (!row) {
      row = { customerId: g.customerId, customerName: g.customerName, ...emptyAgingAmounts() }
      byCustomer.set(g.customerId, row)
    }
    const key = AGING_KEYS[g.bucket]!
    row[key] += g.cents
    row.totalCents += g.cents
    total[key] += g.cents
    total.totalCents += g.cents
  }
  const rows = [...byCustomer.values()].sort(
    (a, b) => b.totalCents - a.totalCents || a.customerId - b.customerId,
  )
  return { asOf, rows, total }
}

/** Overdue open instalments, biggest unpaid × days past due first. */
export function overdueList(
  ctx: Ctx,
  input:
    | {
        asOf?: string | undefined
        ownerId?: number | undefined
        customerId?: number | undefined
        limit?: number | undefined
      }
    | null
    | undefined,
): OverdueRow[] {
  const dates = ledgerDates(ctx, input?.asOf)
  const conditions = ['i.open = 1', 'i.due_date < @asOf']
  if (input?.ownerId !== undefined) conditions.push('c.owner_id = @ownerId')
  if (input?.customerId !== undefined) conditions.push('i.customer_id = @customerId')
  // The top N by weight from the covering index alone; then the details of those N.
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${INSTALMENT_COLUMNS}, NULL AS voidedDate, c.number AS contractNumber,
         c.title AS contractTitle, cu.name AS customerName, c.owner_id AS ownerId, o.name AS ownerName,
         top.weight AS weight
       FROM (
         SELECT i.id AS id,
           (i.amount_cents - i.received_cents) * CAST(julianday(@asOf) - julianday(i.due_date) AS INTEGER) AS weight
         FROM instalments i ${input?.ownerId === undefined ? '' : 'JOIN contracts c ON c.id = i.contract_id'}
         WHERE ${conditions.join(' AND ')}
         ORDER BY weight DESC, i.due_date, i.id LIMIT @limit
       ) top
       JOIN instalments i ON i.id = top.id
       ${JOINS}
       ORDER BY top.weight DESC, i.due_date, i.id`,
    )
    .all({
      asOf: dates.asOf,
      limit: input?.limit ?? 200,
      ...(input?.ownerId === undefined ? {} : { ownerId: input.ownerId }),
      ...(input?.customerId === undefined ? {} : { customerId: input.customerId }),
    }) as (InstalmentRow & Omit<OverdueRow, keyof InstalmentRow>)[]
  return rows.map((row) => ({
    ...toInstalment(row, dates.asOf, dates.reminderWindowDays),
    contractNumber: row.contractNumber,
    contractTitle: row.contractTitle,
    customerId: row.customerId,
    customerName: row.customerName,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    weight: row.weight,
  }))
}
