import {
  NONE_KEY,
  type PeriodFigure,
  type SalesGroup,
  type SalesPoint,
  type SalesReport,
} from '../../../shared/api/reports'
import type { Ctx } from '../context'
import {
  BUCKET_MONTHS,
  bucketSql,
  bucketsOf,
  lastYearRange,
  ownerParam,
  previousRange,
  ratio,
  shiftBucket,
  shiftMonths,
  signedWhere,
  stmt,
  type DateRange,
  type TimeBucket,
} from './reports-common'
import { ownerTargetsOfRange, targetOfRange } from './reports-targets'

/**
 * The sales report (销售报表): signed contract amounts by time bucket, owner, product,
 * region or customer grade, against the previous period, the same period last year and
 * the targets. One GROUP BY per period over the signed-date index; by product over the
 * contract lines (their totals add up to the contract totals exactly, a whole-contract
 * discount line under 'none').
 */

interface GroupSum {
  key: string
  label: string
  amountCents: number
  count: number
}

function isTime(group: SalesGroup): group is TimeBucket {
  return group === 'month' || group === 'quarter' || group === 'year'
}

function groupSql(group: SalesGroup, ownerId: number | undefined): string {
  const where = signedWhere(ownerId)
  if (isTime(group))
    return `SELECT ${bucketSql('c.signed_date', group)} AS key, '' AS label,
        SUM(c.total_cents) AS amountCents, COUNT(*) AS count
      FROM contracts c WHERE ${where} GROUP BY 1`
  if (group === 'owner')
    return `SELECT COALESCE(CAST(c.owner_id AS TEXT), '${NONE_KEY}') AS key, COALESCE(MAX(o.name), '') AS label,
        SUM(c.total_cents) AS amountCents, COUNT(*) AS count
      FROM contracts c LEFT JOIN owners o ON o.id = c.owner_id WHERE ${where} GROUP BY c.owner_id`
  if (group === 'product')
    return `SELECT COALESCE(CAST(i.product_id AS TEXT), '${NONE_KEY}') AS key, COALESCE(MAX(p.name), '') AS label,
        SUM(i.line_total_cents) AS amountCents, COUNT(DISTINCT i.contract_id) AS count
      FROM contracts c JOIN contract_items i ON i.contract_id = c.id
      LEFT JOIN products p ON p.id = i.product_id
      WHERE ${where} GROUP BY i.product_id`
  const column = group === 'region' ? "NULLIF(cu.province, '')" : 'cu.grade'
  return `SELECT COALESCE(${column}, '${NONE_KEY}') AS key, COALESCE(${column}, '') AS label,
      SUM(c.total_cents) AS amountCents, COUNT(*) AS count
    FROM contracts c JOIN customers cu ON cu.id = c.customer_id WHERE ${where} GROUP BY 1`
}

function groupSums(
  ctx: Ctx,
  group: SalesGroup,
  range: DateRange,
  ownerId: number | undefined,
): GroupSum[] {
  return stmt(ctx, groupSql(group, ownerId)).all({ ...range, ...ownerParam(ownerId) }) as GroupSum[]
}

/** Σ total and number of the signed contracts of a range. */
export function signedTotal(ctx: Ctx, range: DateRange, ownerId?: number): PeriodFigure {
  const row = stmt(
    ctx,
    `SELECT COALESCE(SUM(c.total_cents), 0) AS amountCents, COUNT(*) AS count
     FROM contracts c WHERE ${signedWhere(ownerId)}`,
  ).get({ ...range, ...ownerParam(ownerId) }) as { amountCents: number; count: number }
  return { ...range, ...row }
}

/** Per key, the amount of an earlier period (time keys moved forward onto this period's). */
function amountsByKey(
  sums: GroupSum[],
  moveBy: ((key: string) => string) | null,
): Map<string, number> {
  return new Map(sums.map((s) => [moveBy ? moveBy(s.key) : s.key, s.amountCents]))
}

function orderedPoints(
  group: SalesGroup,
  range: DateRange,
  current: GroupSum[],
  earlier: GroupSum[][],
): GroupSum[] {
  const byKey = new Map(current.map((s) => [s.key, s]))
  if (isTime(group))
    return bucketsOf(range, group).map(
      ({ key }) => byKey.get(key) ?? { key, label: key, amountCents: 0, count: 0 },
    )
  // Keys seen only in an earlier period stay in the table with 0 (a rep who sold nothing now).
  for (const sums of earlier)
    for (const s of sums)
      if (!byKey.has(s.key)) byKey.set(s.key, { ...s, amountCents: 0, count: 0 })
  return [...byKey.values()].sort(
    (a, b) =>
      Number(a.key === NONE_KEY) - Number(b.key === NONE_KEY) ||
      b.amountCents - a.amountCents ||
      a.label.localeCompare(b.label, 'zh-CN') ||
      a.key.localeCompare(b.key),
  )
}

export function salesReport(
  ctx: Ctx,
  input: { from: string; to: string; groupBy: SalesGroup; ownerId?: number | undefined },
): SalesReport {
  const { groupBy, ownerId } = input
  const range = { from: input.from, to: input.to }
  const time = isTime(groupBy) ? groupBy : null
  const previous = time ? shiftMonths(range, BUCKET_MONTHS[time]) : previousRange(range)
  const lastYear = lastYearRange(range)
  const current = groupSums(ctx, groupBy, range, ownerId)
  const before = groupSums(ctx, groupBy, previous, ownerId)
  const yearAgo = groupSums(ctx, groupBy, lastYear, ownerId)
  const previousByKey = amountsByKey(before, time ? (k) => shiftBucket(k, time, 1) : null)
  const lastYearByKey = amountsByKey(
    yearAgo,
    time ? (k) => shiftBucket(k, time, time === 'month' ? 12 : time === 'quarter' ? 4 : 1) : null,
  )
  const buckets = time ? new Map(bucketsOf(range, time).map((b) => [b.key, b.range])) : null
  const ownerTargets = groupBy === 'owner' ? ownerTargetsOfRange(ctx, range) : null
  const series: SalesPoint[] = orderedPoints(groupBy, range, current, [before, yearAgo]).map(
    (s) => {
      let targetCents: number | null = null
      if (buckets) targetCents = targetOfRange(ctx, buckets.get(s.key)!, ownerId)
      else if (ownerTargets && s.key !== NONE_KEY)
        targetCents = ownerTargets.get(Number(s.key)) ?? null
      return {
        key: s.key,
        label: time ? s.key : s.label,
        amountCents: s.amountCents,
        count: s.count,
        previousAmountCents: previousByKey.get(s.key) ?? 0,
        lastYearAmountCents: lastYearByKey.get(s.key) ?? 0,
        targetCents,
      }
    },
  )
  const total = signedTotal(ctx, range, ownerId)
  const targetCents = targetOfRange(ctx, range, ownerId)
  return {
    from: range.from,
    to: range.to,
    groupBy,
    ownerId: ownerId ?? null,
    series,
    total,
    previous: signedTotal(ctx, previousRange(range), ownerId),
    lastYear: signedTotal(ctx, lastYear, ownerId),
    targetCents,
    completion: targetCents === null ? null : ratio(total.amountCents, targetCents),
  }
}
