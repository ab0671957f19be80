/** The months offered by the expected-close filter: half a year back to a year ahead of today. */
export function closeMonthOptions(
  today: string,
  locale: string,
): { value: string; label: string }[] {
  const [year = 2026, month = 1] = today.split('-').map(Number)
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  })
  const options: { value: string; label: string }[] = []
  for (let offset = -6; offset <= 12; offset++) {
    const date = new Date(Date.UTC(year, month - 1 + offset, 1))
    const value = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`
    options.push({ value, label: format.format(date) })
  }
  return options
}

/** 'YYYY-MM' as the user reads it: 2026年11月 / November 2026. */
export function monthLabel(value: string, locale: string): string {
  const [year = 2026, month = 1] = value.split('-').map(Number)
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)))
}
