import { addDays, addMonths } from '../../../../shared/dates'

/**
 * The date range every report takes: presets (本月, 上月, 本季度, 本年) relative to today, or
 * any range typed by hand (自定义). Dates are 'YYYY-MM-DD', both ends included.
 */
export const RANGE_PRESETS = [
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'thisYear',
  'custom',
] as const
export type RangePreset = (typeof RANGE_PRESETS)[number]

export interface DateRange {
  from: string
  to: string
}

export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`
}

export function monthEnd(date: string): string {
  return addDays(addMonths(monthStart(date), 1), -1)
}

/** The range of a preset as of `today`; null for custom. */
export function presetRange(preset: RangePreset, today: string): DateRange | null {
  switch (preset) {
    case 'thisMonth':
      return { from: monthStart(today), to: monthEnd(today) }
    case 'lastMonth': {
      const first = addMonths(monthStart(today), -1)
      return { from: first, to: monthEnd(first) }
    }
    case 'thisQuarter': {
      const month = Number(today.slice(5, 7))
      const first = `${today.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`
      return { from: first, to: monthEnd(addMonths(first, 2)) }
    }
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` }
    default:
      return null
  }
}

/** The preset a range is, as of `today` (custom when none). */
export function matchPreset(range: DateRange, today: string): RangePreset {
  for (const preset of RANGE_PRESETS) {
    const r = presetRange(preset, today)
    if (r && r.from === range.from && r.to === range.to) return preset
  }
  return 'custom'
}
