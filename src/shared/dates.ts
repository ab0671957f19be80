/** Calendar dates are 'YYYY-MM-DD' strings; instants are ms since epoch (UTC). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false
  const [y, m, d] = text.split('-').map(Number) as [number, number, number]
  const probe = new Date(Date.UTC(y, m - 1, d))
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
}

/** The local calendar date of an instant, as the user sees it on their PC. */
export function localDate(ms: number): string {
  const date = new Date(ms)
  const y = date.getFullYear()
  const m = String(date.getMonth() + 1).padStart(2, '0')
  const d = String(date.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** 2026-11-23 14:05 in local time. */
export function formatInstant(ms: number): string {
  const date = new Date(ms)
  const hh = String(date.getHours()).padStart(2, '0')
  const mm = String(date.getMinutes()).padStart(2, '0')
  return `${localDate(ms)} ${hh}:${mm}`
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000)
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** 'YYYY-MM-DD' + n days. */
export function addDays(date: string, days: number): string {
  const ms = (dayNumber(date) + days) * 86_400_000
  return new Date(ms).toISOString().slice(0, 10)
}

/** 'YYYY-MM-DD' + n months, clamped to the month's end (01-31 + 1 month → 02-28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const day = Math.min(d, last)
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

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

/** Whole months in a range that starts on a 1st and ends on a month's last day, else 0. */
function wholeMonths(range: DateRange): number {
  if (!range.from.endsWith('-01') || !isMonthEnd(range.to)) return 0
  const [fy, fm] = range.from.split('-').map(Number) as [number, number]
  const [ty, tm] = range.to.split('-').map(Number) as [number, number]
  return (ty - fy) * 12 + (tm - fm) + 1
}
