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
