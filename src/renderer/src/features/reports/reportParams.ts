import { SALES_GROUPS, type SalesGroup } from '../../../../shared/api'
import { isCalendarDate } from '../../../../shared/dates'
import { matchPreset, presetRange, RANGE_PRESETS, type RangePreset } from './reportRange'

/**
 * The reports page's state lives in the URL (#/reports/sales?range=thisYear&owner=3&group=owner
 * &drill=month&dkey=2026-11), so a link from the dashboard, a reload and Back all land on the
 * same report with the same records open.
 */
export const REPORT_KINDS = [
  'sales',
  'receivables',
  'funnel',
  'customers',
  'insight',
  'service',
  'campaigns',
  'targets',
] as const
export type ReportKind = (typeof REPORT_KINDS)[number]
export type DataReport = Exclude<ReportKind, 'targets'>

/** The records behind one figure (reports.records). */
export interface Drill {
  dimension: string
  key?: string
  week?: string
  customerId?: number
}

export interface ReportParams {
  preset: RangePreset
  from: string
  to: string
  ownerId: number | null
  groupBy: SalesGroup
  drill: Drill | null
  /** The targets grid's year. */
  year: number
}

function positiveInt(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null
  const value = Number(raw)
  return Number.isSafeInteger(value) && value > 0 ? value : null
}

export function parseReportParams(search: URLSearchParams, today: string): ReportParams {
  const from = search.get('from')
  const to = search.get('to')
  const named = RANGE_PRESETS.find((p) => p === search.get('range')) ?? null
  let range = named && named !== 'custom' ? presetRange(named, today) : null
  if (!range && from && to && isCalendarDate(from) && isCalendarDate(to) && from <= to)
    range = { from, to }
  range ??= presetRange('thisMonth', today)!
  const dimension = search.get('drill')
  const year = positiveInt(search.get('year'))
  return {
    preset: named && named !== 'custom' ? named : matchPreset(range, today),
    ...range,
    ownerId: positiveInt(search.get('owner')),
    groupBy: SALES_GROUPS.find((g) => g === search.get('group')) ?? 'month',
    drill: dimension
      ? {
          dimension,
          ...(search.get('dkey') !== null ? { key: search.get('dkey')! } : {}),
          ...(search.get('dweek') ? { week: search.get('dweek')! } : {}),
          ...(positiveInt(search.get('dcustomer'))
            ? { customerId: positiveInt(search.get('dcustomer'))! }
            : {}),
        }
      : null,
    year: year !== null && year >= 2000 && year <= 2100 ? year : Number(today.slice(0, 4)),
  }
}

/** The search string of a state: a preset by name, a custom range by its dates. */
export function writeReportParams(params: ReportParams, today: string): URLSearchParams {
  const search = new URLSearchParams()
  if (params.preset === 'custom') {
    search.set('from', params.from)
    search.set('to', params.to)
  } else if (params.preset !== 'thisMonth') search.set('range', params.preset)
  if (params.ownerId !== null) search.set('owner', String(params.ownerId))
  if (params.groupBy !== 'month') search.set('group', params.groupBy)
  if (params.drill) {
    search.set('drill', params.drill.dimension)
    if (params.drill.key !== undefined) search.set('dkey', params.drill.key)
    if (params.drill.week) search.set('dweek', params.drill.week)
    if (params.drill.customerId) search.set('dcustomer', String(params.drill.customerId))
  }
  if (params.year !== Number(today.slice(0, 4))) search.set('year', String(params.year))
  return search
}

/** A link to a report with a range, an owner and records open: what the dashboard's figures point at. */
export function reportLink(
  kind: ReportKind,
  options: {
    preset?: RangePreset
    from?: string
    to?: string
    ownerId?: number | null
    drill?: Drill
    groupBy?: SalesGroup
  },
): string {
  const search = new URLSearchParams()
  if (options.preset && options.preset !== 'custom') search.set('range', options.preset)
  else if (options.from && options.to) {
    search.set('from', options.from)
    search.set('to', options.to)
  }
  if (options.ownerId) search.set('owner', String(options.ownerId))
  if (options.groupBy) search.set('group', options.groupBy)
  if (options.drill) {
    search.set('drill', options.drill.dimension)
    if (options.drill.key !== undefined) search.set('dkey', options.drill.key)
    if (options.drill.customerId) search.set('dcustomer', String(options.drill.customerId))
  }
  const query = search.toString()
  return `/reports/${kind}${query ? `?${query}` : ''}`
}
