import { addDays, addMonths, daysBetween } from '../../../shared/ledger-rules'
import type Database from 'better-sqlite3'
import type { Ctx } from '../context'

/**
 * Calendar arithmetic the reports share: ranges of 'YYYY-MM-DD' dates (both ends
 * included), their instants in the user's time zone, the period before and the same
 * period last year, months and time buckets. Pure functions on date strings.
 */

export interface DateRange {
  from: string
  to: string
}

/** Local midnight of a calendar date, as this PC counts days (ms since epoch). */
export function localStartMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d).getTime()
}

/** [from 00:00, the day after `to` 00:00) in local time: the bounds of instants in the range. */
export function rangeMs(range: DateRange): { fromMs: number; toMs: number } {
  return { fromMs: localStartMs(range.from), toMs: localStartMs(addDays(range.to, 1)) }
}

export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`
}

export function monthEnd(date: string): string {
  return addDays(addMonths(monthStart(date), 1), -1)
}

export function isMonthEnd(date: string): boolean {
  return monthEnd(date) === date
}

/** The range `months` earlier; a range ending on a month's last day ends on that month's last day. */
export function shiftMonths(range: DateRange, months: number): DateRange {
  const to = addMonths(range.to, -months)
  return {
    from: addMonths(range.from, -months),
    to: isMonthEnd(range.to) ? monthEnd(to) : to,
  }
}

/** Whole months in a range that starts on a 1st and ends on a month's last day, else 0. */
function wholeMonths(range: DateRange): number {
  if (!range.from.endsWith('-01') || !isMonthEnd(range.to)) return 0
  const [fy, fm] = range.from.split('-').map(Number) as [number, number]
  const [ty, tm] = range.to.split('-').map(Number) as [number, number]
  return (ty - fy) * 12 + (tm - fm) + 1
}

/**
 * The period just before, of the same length: whole months for a range of whole months
 * (March → February, Q2 → Q1), else the same number of days.
 */
export function previousRange(range: DateRange): DateRange {
  const months = wholeMonths(range)
  if (months > 0) return shiftMonths(range, months)
  const days = daysBetween(range.from, range.to) + 1
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) }
}

/** The same dates one year earlier (29 February → 28 February). */
export function lastYearRange(range: DateRange): DateRange {
  return shiftMonths(range, 12)
}

/** 'YYYY-MM' of every month the range touches, in order. */
export function monthsOf(range: DateRange): string[] {
  const out: string[] = []
  for (let m = monthStart(range.from); m <= range.to; m = addMonths(m, 1)) out.push(m.slice(0, 7))
  return out
}

/** 'YYYY-MM' + n months. */
export function addToMonth(month: string, n: number): string {
  return addMonths(`${month}-01`, n).slice(0, 7)
}

/** Days of the range that fall in the month, and the month's length. */
export function monthOverlap(month: string, range: DateRange): { days: number; length: number } {
  const first = `${month}-01`
  const last = monthEnd(first)
  const start = range.from > first ? range.from : first
  const end = range.to < last ? range.to : last
  return {
    days: end < start ? 0 : daysBetween(start, end) + 1,
    length: daysBetween(first, last) + 1,
  }
}

/** round(amount × part / whole) half up, in integers (amount, part ≥ 0, whole > 0). */
export function prorate(amount: number, part: number, whole: number): number {
  if (part === whole) return amount
  return Math.floor((2 * amount * part + whole) / (2 * whole))
}

export type TimeBucket = 'month' | 'quarter' | 'year'

/** The SQL expression of a date column's bucket key: 2026-11, 2026-Q4, 2026. */
export function bucketSql(column: string, bucket: TimeBucket): string {
  if (bucket === 'month') return `substr(${column}, 1, 7)`
  if (bucket === 'year') return `substr(${column}, 1, 4)`
  return `substr(${column}, 1, 4) || '-Q' || ((CAST(substr(${column}, 6, 2) AS INTEGER) + 2) / 3)`
}

export function bucketOf(date: string, bucket: TimeBucket): string {
  if (bucket === 'month') return date.slice(0, 7)
  if (bucket === 'year') return date.slice(0, 4)
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) + 2) / 3)}`
}

export const BUCKET_MONTHS: Record<TimeBucket, number> = { month: 1, quarter: 3, year: 12 }

/** The key of the bucket `n` buckets after `key`. */
export function shiftBucket(key: string, bucket: TimeBucket, n: number): string {
  if (bucket === 'year') return String(Number(key) + n)
  if (bucket === 'month') return addToMonth(key, n)
  const year = Number(key.slice(0, 4))
  const index = year * 4 + Number(key.slice(6)) - 1 + n
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
}

/** Every bucket the range touches, in order, with the part of the range inside it. */
export function bucketsOf(
  range: DateRange,
  bucket: TimeBucket,
): { key: string; range: DateRange }[] {
  const out: { key: string; range: DateRange }[] = []
  for (const month of monthsOf(range)) {
    const key = bucketOf(`${month}-01`, bucket)
    const start = range.from > `${month}-01` ? range.from : `${month}-01`
    const end = range.to < monthEnd(`${month}-01`) ? range.to : monthEnd(`${month}-01`)
    const last = out[out.length - 1]
    if (last?.key === key) last.range.to = end
    else out.push({ key, range: { from: start, to: end } })
  }
  return out
}

/** a / b, or null when b is 0. */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b
}

/** Mean days rounded to one decimal, or null. */
export function days1(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 10) / 10
}

/** Named parameters for better-sqlite3 with the owner only when filtering by one. */
export function ownerParam(ownerId: number | undefined): { ownerId?: number } {
  return ownerId === undefined ? {} : { ownerId }
}

/** Statements prepared once per connection (reports run the same SQL again and again). */
type Statement = Database.Statement<unknown[]>
const cache = new WeakMap<Ctx['sqlite'], Map<string, Statement>>()
export function stmt(ctx: Ctx, sql: string): Statement {
  let byText = cache.get(ctx.sqlite)
  if (!byText) {
    byText = new Map()
    cache.set(ctx.sqlite, byText)
  }
  let found = byText.get(sql)
  if (!found) {
    found = ctx.sqlite.prepare(sql)
    byText.set(sql, found)
  }
  return found
}

/** The live, signed (not draft) contracts of a range, optionally of one owner. */
export function signedWhere(ownerId: number | undefined, alias = 'c'): string {
  return `${alias}.deleted_at IS NULL AND ${alias}.state != 'draft'
    AND ${alias}.signed_date >= @from AND ${alias}.signed_date <= @to${
      ownerId === undefined ? '' : ` AND ${alias}.owner_id = @ownerId`
    }`
}
