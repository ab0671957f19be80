import {
  NONE_KEY,
  type PeriodFigure,
  type SalesGroup,
  type SalesPoint,
  type SalesReport,
} from '../../../shared/api/reports'
import type { Ctx } from '../context'
import { BUCKET_MONTHS, bucketsOf, ownerParam, ratio, signedWhere, type TimeBucket } from './common'
import { lastYearRange, previousRange, shiftMonths, type DateRange } from '../../../shared/dates'
import { stmt } from '../db/sql'
import { targetBook } from './targets'

/**
 * The sales report (销售报表): signed contract amounts by time bucket, owner, product,
 * region or customer grade, against the previous period, the same period last year and
 * the targets. Two aggregates at most, each one pass over the signed-date index:
 * - the signed amount and count per day over every period compared, from which any
 *   range's total is summed (time buckets, the previous period, last year) — at most a
 *   few hundred day rows, exact integers;
 * - for owner/product/region/grade, one GROUP BY key with the three periods side by side
 *   (by product over the contract lines, whose totals add up to the contract totals
 *   exactly; a whole-contract discount line is under 'none').
 */

interface DaySum {
  day: string
  amountCents: number
  count: number
}

interface KeySum {
  key: string
  label: string
  current: number
  currentCount: number
  previous: number
  lastYear: number
}

function isTime(group: SalesGroup): group is TimeBucket {
  return group === 'month' || group === 'quarter' || group === 'year'
}

/** The smallest range holding all the given ones. */
function spanOf(ranges: DateRange[]): DateRange {
  return {
    from: ranges.reduce((m, r) => (r.from < m ? r.from : m), ranges[0]!.from),
    to: ranges.reduce((m, r) => (r.to > m ? r.to : m), ranges[0]!.to),
  }
}

function dailySums(ctx: Ctx, span: DateRange, ownerId: number | undefined): DaySum[] {
  return stmt(
    ctx,
    `SELECT c.signed_date AS day, SUM(c.total_cents) AS amountCents, COUNT(*) AS count
     FROM contracts c WHERE ${signedWhere(ownerId)} GROUP BY c.signed_date`,
  ).all({ ...span, ...ownerParam(ownerId) }) as DaySum[]
}

/** Σ of the day sums inside a range. */
function figureOf(days: DaySum[], range: DateRange): PeriodFigure {
  let amountCents = 0
  let count = 0
  for (const d of days)
    if (d.day >= range.from && d.day <= range.to) {
      amountCents += d.amountCents
      count += d.count
    }
  return { ...range, amountCents, count }
}

const PERIODS = `
  SUM(CASE WHEN c.signed_date >= @from AND c.signed_date <= @to THEN AMOUNT END) AS current,
  COUNT(DISTINCT CASE WHEN c.signed_date >= @from AND c.signed_date <= @to THEN c.id END) AS currentCount,
  SUM(CASE WHEN c.signed_date >= @prevFrom AND c.signed_date <= @prevTo THEN AMOUNT END) AS previous,
  SUM(CASE WHEN c.signed_date >= @lyFrom AND c.signed_date <= @lyTo THEN AMOUNT END) AS lastYear`

function keySql(group: Exclude<SalesGroup, TimeBucket>, ownerId: number | undefined): string {
  // Over the span of the three periods; rows between them fall in none of the CASEs.
  const where = signedWhere(ownerId).replace('@from', '@spanFrom').replace('@to', '@spanTo')
  const periods = (amount: string) => PERIODS.replaceAll('AMOUNT', amount)
  if (group === 'owner')
    return `SELECT COALESCE(CAST(c.owner_id AS TEXT), '${NONE_KEY}') AS key, COALESCE(MAX(o.name), '') AS label,
        ${periods('c.total_cents')}
      FROM contracts c LEFT JOIN owners o ON o.id = c.owner_id WHERE ${where} GROUP BY c.owner_id`
  if (group === 'product')
    return `SELECT COALESCE(CAST(i.product_id AS TEXT), '${NONE_KEY}') AS key, COALESCE(MAX(p.name), '') AS label,
        ${periods('i.line_total_cents')}
      FROM contracts c JOIN contract_items i ON i.contract_id = c.id
      LEFT JOIN products p ON p.id = i.product_id
      WHERE ${where} GROUP BY i.product_id`
  const column = group === 'region' ? "NULLIF(cu.province, '')" : 'cu.grade'
  return `SELECT COALESCE(${column}, '${NONE_KEY}') AS key, COALESCE(${column}, '') AS label,
      ${periods('c.total_cents')}
    FROM contracts c JOIN customers cu ON cu.id = c.customer_id WHERE ${where} GROUP BY 1`
}

function byLabel(a: KeySum, b: KeySum): number {
  return (
    Number(a.key === NONE_KEY) - Number(b.key === NONE_KEY) ||
    b.current - a.current ||
    a.label.localeCompare(b.label, 'zh-CN') ||
    a.key.localeCompare(b.key)
  )
}

export function salesReport(
  ctx: Ctx,
  input: { from: string; to: string; groupBy: SalesGroup; ownerId?: number | undefined },
): SalesReport {
  const { groupBy, ownerId } = input
  const range = { from: input.from, to: input.to }
  const previous = previousRange(range)
  const lastYear = lastYearRange(range)
  const time = isTime(groupBy) ? groupBy : null
  const bucketPrevious = time ? shiftMonths(range, BUCKET_MONTHS[time]) : previous
  const days = dailySums(ctx, spanOf([range, previous, lastYear, bucketPrevious]), ownerId)
  const targets = targetBook(ctx, [range])
  let series: SalesPoint[]
  if (time) {
    series = bucketsOf(range, time).map(({ key, range: part }) => {
      const now = figureOf(days, part)
      return {
        key,
        label: key,
        amountCents: now.amountCents,
        count: now.count,
        previousAmountCents: figureOf(days, shiftMonths(part, BUCKET_MONTHS[time])).amountCents,
        lastYearAmountCents: figureOf(days, lastYearRange(part)).amountCents,
        targetCents: targets.ofRange(part, ownerId),
      }
    })
  } else {
    const group = groupBy as Exclude<SalesGroup, TimeBucket>
    const span = spanOf([range, previous, lastYear])
    const sums = stmt(ctx, keySql(group, ownerId)).all({
      ...range,
      spanFrom: span.from,
      spanTo: span.to,
      prevFrom: previous.from,
      prevTo: previous.to,
      lyFrom: lastYear.from,
      lyTo: lastYear.to,
      ...ownerParam(ownerId),
    }) as KeySum[]
    const ownerTargets = group === 'owner' ? targets.ownersOfRange(range) : null
    series = sums
      .map((s) => ({
        ...s,
        current: s.current ?? 0,
        previous: s.previous ?? 0,
        lastYear: s.lastYear ?? 0,
      }))
      // A key with sales only between the periods compared has nothing to show.
      .filter((s) => s.current !== 0 || s.previous !== 0 || s.lastYear !== 0 || s.currentCount > 0)
      .sort(byLabel)
      .map((s) => ({
        key: s.key,
        label: s.label,
        amountCents: s.current,
        count: s.currentCount,
        previousAmountCents: s.previous,
        lastYearAmountCents: s.lastYear,
        targetCents:
          ownerTargets && s.key !== NONE_KEY ? (ownerTargets.get(Number(s.key)) ?? null) : null,
      }))
  }
  const total = figureOf(days, range)
  const targetCents = targets.ofRange(range, ownerId)
  return {
    from: range.from,
    to: range.to,
    groupBy,
    ownerId: ownerId ?? null,
    series,
    total,
    previous: figureOf(days, previous),
    lastYear: figureOf(days, lastYear),
    targetCents,
    completion: targetCents === null ? null : ratio(total.amountCents, targetCents),
  }
}

/** Σ total and number of the signed contracts of a range (the dashboard's month). */
export function signedTotal(ctx: Ctx, range: DateRange, ownerId?: number): PeriodFigure {
  const row = stmt(
    ctx,
    `SELECT COALESCE(SUM(c.total_cents), 0) AS amountCents, COUNT(*) AS count
     FROM contracts c WHERE ${signedWhere(ownerId)}`,
  ).get({ ...range, ...ownerParam(ownerId) }) as { amountCents: number; count: number }
  return { ...range, ...row }
}
