import { isCalendarDate } from '../../../shared/dates'

/** The quick picks under "next follow-up date", in the order they are shown. */
export const QUICK_PICKS = ['tomorrow', 'in3Days', 'nextWeek', 'nextMonth'] as const
export type QuickPick = (typeof QUICK_PICKS)[number]

function parts(date: string): [number, number, number] {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`)
  return date.split('-').map(Number) as [number, number, number]
}

function format(utc: Date): string {
  const y = utc.getUTCFullYear()
  const m = String(utc.getUTCMonth() + 1).padStart(2, '0')
  const d = String(utc.getUTCDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** Calendar arithmetic on 'YYYY-MM-DD' in UTC, so no daylight-saving day is 23 hours long. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date)
  return format(new Date(Date.UTC(y, m - 1, d + days)))
}

/** The same day n months on; a day the month lacks becomes its last (01-31 → 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date)
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate()
  return format(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))))
}

/** 明天 +1 day, 3天后 +3, 下周 +7 (the same weekday next week), 下月 the same day next month. */
export function quickPickDate(pick: QuickPick, today: string): string {
  switch (pick) {
    case 'tomorrow':
      return addDays(today, 1)
    case 'in3Days':
      return addDays(today, 3)
    case 'nextWeek':
      return addDays(today, 7)
    case 'nextMonth':
      return addMonths(today, 1)
  }
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from)
  const [ty, tm, td] = parts(to)
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000)
}
