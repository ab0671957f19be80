import {
  COMPOSITION_DIMENSIONS,
  NONE_KEY,
  type AbcClass,
  type CompositionDimension,
  type CompositionRow,
  type CustomersReport,
  type NewChurnedMonth,
  type TopCustomer,
} from '../../../shared/api/reports'
import { GRADES, STAGES } from '../../../shared/api/customers'
import type { Ctx } from '../context'
import { addDays } from '../../../shared/dates'
import { ownerParam } from './common'
import { localStartMs, monthEnd, monthsOf, rangeMs, type DateRange } from '../../../shared/dates'
import { stmt } from '../db/sql'

/**
 * The customer report (客户分析): composition of today's customers, new and churned per
 * month, the largest customers by revenue with their ABC (Pareto) class, and follow-ups
 * per owner and week. The owner filter is the customer's owner throughout.
 */

const TOP_CUSTOMERS = 20
/** Free-text dimensions keep their 10 largest values and sum the rest under 'others'. */
const COMPOSITION_ROWS = 10
export const OTHERS_KEY = 'others'

/** The SQL of a composition dimension's value ('' and NULL alike are "none"). */
export const DIMENSION_SQL: Record<CompositionDimension, string> = {
  grade: 'cu.grade',
  stage: 'cu.stage',
  industry: "NULLIF(TRIM(cu.industry), '')",
  source: "NULLIF(TRIM(cu.source), '')",
  region: "NULLIF(cu.province, '')",
}

const FIXED_VALUES: Partial<Record<CompositionDimension, readonly string[]>> = {
  grade: GRADES,
  stage: STAGES,
}

function liveCustomers(ownerId: number | undefined): string {
  return `cu.deleted_at IS NULL${ownerId === undefined ? '' : ' AND cu.owner_id = @ownerId'}`
}

/** The stored column of a dimension (grouped as stored: each has its index). */
const DIMENSION_COLUMN: Record<CompositionDimension, string> = {
  grade: 'grade',
  stage: 'stage',
  industry: 'industry',
  source: 'source',
  region: 'province',
}

function composition(
  ctx: Ctx,
  dimension: CompositionDimension,
  ownerId: number | undefined,
): CompositionRow[] {
  const column = DIMENSION_COLUMN[dimension]
  const stored = stmt(
    ctx,
    `SELECT cu.${column} AS value, COUNT(*) AS count
     FROM customers cu WHERE ${liveCustomers(ownerId)} GROUP BY cu.${column}`,
  ).all(ownerParam(ownerId)) as { value: string | null; count: number }[]
  // '' and blanks around a value are the same as DIMENSION_SQL says (the drill-down's filter).
  const merged = new Map<string, number>()
  for (const { value, count } of stored) {
    const key = value?.trim() || NONE_KEY
    merged.set(key, (merged.get(key) ?? 0) + count)
  }
  const rows = [...merged.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const none = rows.find((r) => r.key === NONE_KEY)
  const fixed = FIXED_VALUES[dimension]
  if (fixed) {
    // Every grade and stage in its own order, the empty ones included (a chart keeps its colours).
    const out = fixed.map((key) => ({
      key,
      label: key,
      count: rows.find((r) => r.key === key)?.count ?? 0,
    }))
    if (none) out.push({ key: NONE_KEY, label: '', count: none.count })
    return out
  }
  const named = rows.filter((r) => r.key !== NONE_KEY)
  const shown = named.slice(0, COMPOSITION_ROWS).map((r) => ({ ...r, label: r.key }))
  const rest = named.slice(COMPOSITION_ROWS).reduce((sum, r) => sum + r.count, 0)
  if (rest > 0) shown.push({ key: OTHERS_KEY, label: '', count: rest })
  if (none) shown.push({ key: NONE_KEY, label: '', count: none.count })
  return shown
}

/**
 * The instant a churned customer churned: the last history entry that set the stage to
 * 流失, else (imported or demo records) the last change of the record.
 */
export const CHURNED_AT_SQL = `COALESCE((
    SELECT MAX(a.at) FROM audit_log a
    WHERE a.entity = 'customer' AND a.entity_id = cu.id AND json_extract(a.changes, '$.stage.after') = 'churned'
  ), cu.updated_at)`

function newVsChurned(ctx: Ctx, range: DateRange, ownerId: number | undefined): NewChurnedMonth[] {
  const params = { ...rangeMs(range), ...ownerParam(ownerId) }
  // Each month's bounds in local time, counted on the creation-time index (no per-row
  // conversion of instants to local dates).
  const bounds = monthsOf(range).map((month) => {
    const start = `${month}-01` < range.from ? range.from : `${month}-01`
    const next = addDays(monthEnd(`${month}-01`), 1)
    const end = next > addDays(range.to, 1) ? addDays(range.to, 1) : next
    return [month, localStartMs(start), localStartMs(end)]
  })
  const created = stmt(
    ctx,
    `SELECT m.value ->> 0 AS month, (SELECT COUNT(*) FROM customers cu
       WHERE ${liveCustomers(ownerId)} AND cu.created_at >= m.value ->> 1 AND cu.created_at < m.value ->> 2) AS n
     FROM json_each(@months) m`,
  ).all({ months: JSON.stringify(bounds), ...ownerParam(ownerId) }) as {
    month: string
    n: number
  }[]
  const churned = stmt(
    ctx,
    `SELECT strftime('%Y-%m', x.at / 1000, 'unixepoch', 'localtime') AS month, COUNT(*) AS n FROM (
       SELECT ${CHURNED_AT_SQL} AS at FROM customers cu
       WHERE ${liveCustomers(ownerId)} AND cu.stage = 'churned'
     ) x WHERE x.at >= @fromMs AND x.at < @toMs GROUP BY 1`,
  ).all(params) as { month: string; n: number }[]
  const newBy = new Map(created.map((r) => [r.month, r.n]))
  const churnedBy = new Map(churned.map((r) => [r.month, r.n]))
  return monthsOf(range).map((month) => ({
    month,
    newCount: newBy.get(month) ?? 0,
    churnedCount: churnedBy.get(month) ?? 0,
  }))
}

/** Revenue per customer (signed contracts of the range) ranked, with the revenue before each. */
export function rankedRevenueSql(ownerId: number | undefined): string {
  return `WITH revenue AS (
      SELECT c.customer_id AS customerId, SUM(c.total_cents) AS revenueCents, COUNT(*) AS contracts
      FROM contracts c JOIN customers cu ON cu.id = c.customer_id
      WHERE c.deleted_at IS NULL AND c.state != 'draft' AND c.signed_date >= @from AND c.signed_date <= @to
        ${ownerId === undefined ? '' : 'AND cu.owner_id = @ownerId'}
      GROUP BY c.customer_id HAVING SUM(c.total_cents) > 0
    ), total AS (SELECT COALESCE(SUM(revenueCents), 0) AS t FROM revenue),
    ranked AS (
      SELECT r.*, SUM(r.revenueCents) OVER (ORDER BY r.revenueCents DESC, r.customerId
        ROWS UNBOUNDED PRECEDING) AS running, total.t AS t
      FROM revenue r, total
    ),
    classed AS (
      SELECT *, CASE WHEN (running - revenueCents) * 100 < t * 80 THEN 'A'
        WHEN (running - revenueCents) * 100 < t * 95 THEN 'B' ELSE 'C' END AS abcClass
      FROM ranked
    )`
}

function revenue(ctx: Ctx, range: DateRange, ownerId: number | undefined) {
  const params = { ...range, ...ownerParam(ownerId) }
  const top = stmt(
    ctx,
    `${rankedRevenueSql(ownerId)}
     SELECT k.customerId, cu.name, cu.grade, k.revenueCents, k.contracts, k.running, k.t, k.abcClass
     FROM (SELECT * FROM classed ORDER BY revenueCents DESC, customerId LIMIT ${TOP_CUSTOMERS}) k
     JOIN customers cu ON cu.id = k.customerId ORDER BY k.revenueCents DESC, k.customerId`,
  ).all(params) as (Omit<TopCustomer, 'share' | 'cumulativeShare'> & {
    running: number
    t: number
  })[]
  const classes = stmt(
    ctx,
    `${rankedRevenueSql(ownerId)}
     SELECT abcClass, COUNT(*) AS customers, SUM(revenueCents) AS revenueCents FROM classed GROUP BY abcClass`,
  ).all(params) as { abcClass: AbcClass; customers: number; revenueCents: number }[]
  const abc = {
    A: { customers: 0, revenueCents: 0 },
    B: { customers: 0, revenueCents: 0 },
    C: { customers: 0, revenueCents: 0 },
  }
  for (const c of classes)
    abc[c.abcClass] = { customers: c.customers, revenueCents: c.revenueCents }
  const revenueCents = abc.A.revenueCents + abc.B.revenueCents + abc.C.revenueCents
  const topCustomers: TopCustomer[] = top.map(({ running, t, ...row }) => ({
    ...row,
    share: row.revenueCents / t,
    cumulativeShare: running / t,
  }))
  return { topCustomers, abc, revenueCents }
}

export function customersReport(
  ctx: Ctx,
  input: { from: string; to: string; ownerId?: number | undefined },
): CustomersReport {
  const range = { from: input.from, to: input.to }
  const { ownerId } = input
  const comp = Object.fromEntries(
    COMPOSITION_DIMENSIONS.map((d) => [d, composition(ctx, d, ownerId)]),
  ) as Record<CompositionDimension, CompositionRow[]>
  const months = newVsChurned(ctx, range, ownerId)
  return {
    from: range.from,
    to: range.to,
    ownerId: ownerId ?? null,
    customers: comp.stage.reduce((s, r) => s + r.count, 0),
    composition: comp,
    newVsChurned: months,
    newCount: months.reduce((s, m) => s + m.newCount, 0),
    churnedCount: months.reduce((s, m) => s + m.churnedCount, 0),
    ...revenue(ctx, range, ownerId),
  }
}
