import { monthEnd, monthsOf, type DateRange } from '../../../shared/dates'

/**
 * What the reports share beyond the calendar (src/shared/dates.ts): time buckets, shares
 * and ratios, and the SQL fragments of their filters.
 */

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

/** The live, signed (not draft) contracts of a range, optionally of one owner. */
export function signedWhere(ownerId: number | undefined, alias = 'c'): string {
  return `${alias}.deleted_at IS NULL AND ${alias}.state != 'draft'
    AND ${alias}.signed_date >= @from AND ${alias}.signed_date <= @to${
      ownerId === undefined ? '' : ` AND ${alias}.owner_id = @ownerId`
    }`
}
