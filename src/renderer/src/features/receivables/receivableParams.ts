import {
  RECEIVABLE_SORT_FIELDS,
  RECEIVABLE_STATUSES,
  type ExportListInput,
  type ReceivableListInput,
} from '../../../../shared/api'
import { isCalendarDate } from '../../../../shared/dates'

/** The receivables page's tab, filters and "as of" date, in the URL (#/receivables?tab=aging&asOf=…). */
export const RECEIVABLE_PAGE_SIZE = 50
export const RECEIVABLE_TABS = ['list', 'aging', 'overdue'] as const
export type ReceivableTab = (typeof RECEIVABLE_TABS)[number]
export type ReceivableStatus = (typeof RECEIVABLE_STATUSES)[number]
export type ReceivableSortField = (typeof RECEIVABLE_SORT_FIELDS)[number]

export interface ReceivableParams {
  tab: ReceivableTab
  /** null = today. */
  asOf: string | null
  q: string
  ownerId: number | null
  customerId: number | null
  status: ReceivableStatus | null
  dueFrom: string | null
  dueTo: string | null
  sort: { field: ReceivableSortField; dir: 'asc' | 'desc' } | null
  page: number
  /** The aging row opened to show its instalments. */
  expanded: number | null
}

export type ReceivableFilterKey = 'q' | 'ownerId' | 'customerId' | 'status' | 'due'

function positiveInt(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null
  const value = Number(raw)
  return Number.isSafeInteger(value) && value > 0 ? value : null
}

function date(raw: string | null): string | null {
  return raw !== null && isCalendarDate(raw) ? raw : null
}

export function parseReceivableParams(search: URLSearchParams): ReceivableParams {
  const field = RECEIVABLE_SORT_FIELDS.find((f) => f === search.get('sort'))
  return {
    tab: RECEIVABLE_TABS.find((tab) => tab === search.get('tab')) ?? 'list',
    asOf: date(search.get('asOf')),
    q: search.get('q')?.trim() ?? '',
    ownerId: positiveInt(search.get('owner')),
    customerId: positiveInt(search.get('customer')),
    status: RECEIVABLE_STATUSES.find((s) => s === search.get('status')) ?? null,
    dueFrom: date(search.get('from')),
    dueTo: date(search.get('to')),
    sort: field ? { field, dir: search.get('dir') === 'desc' ? 'desc' : 'asc' } : null,
    page: positiveInt(search.get('page')) ?? 1,
    expanded: positiveInt(search.get('open')),
  }
}

export function writeReceivableParams(
  search: URLSearchParams,
  params: ReceivableParams,
): URLSearchParams {
  const next = new URLSearchParams(search)
  const set = (name: string, value: string | number | null) => {
    if (value === null || value === '') next.delete(name)
    else next.set(name, String(value))
  }
  set('tab', params.tab === 'list' ? null : params.tab)
  set('asOf', params.asOf)
  set('q', params.q)
  set('owner', params.ownerId)
  set('customer', params.customerId)
  set('status', params.status)
  set('from', params.dueFrom)
  set('to', params.dueTo)
  set('sort', params.sort?.field ?? null)
  set('dir', params.sort?.dir ?? null)
  set('page', params.page > 1 ? params.page : null)
  set('open', params.expanded)
  return next
}

export function patchReceivableParams(
  params: ReceivableParams,
  patch: Partial<ReceivableParams>,
): ReceivableParams {
  const keepsPage =
    'page' in patch || Object.keys(patch).every((key) => key === 'expanded' || key === 'tab')
  return { ...params, ...patch, page: keepsPage ? (patch.page ?? params.page) : 1 }
}

export function clearReceivableFilter(
  params: ReceivableParams,
  key: ReceivableFilterKey,
): ReceivableParams {
  if (key === 'due') return patchReceivableParams(params, { dueFrom: null, dueTo: null })
  if (key === 'q') return patchReceivableParams(params, { q: '' })
  return patchReceivableParams(params, { [key]: null })
}

export function clearAllReceivableFilters(params: ReceivableParams): ReceivableParams {
  return patchReceivableParams(params, {
    q: '',
    ownerId: null,
    customerId: null,
    status: null,
    dueFrom: null,
    dueTo: null,
  })
}

export function hasReceivableFilters(params: ReceivableParams): boolean {
  return (
    params.q !== '' ||
    params.ownerId !== null ||
    params.customerId !== null ||
    params.status !== null ||
    params.dueFrom !== null ||
    params.dueTo !== null
  )
}

/** The list as of the page's date (absent: today). */
export function toReceivableListInput(params: ReceivableParams): ReceivableListInput {
  return {
    ...(params.asOf ? { asOf: params.asOf } : {}),
    ...(params.q ? { q: params.q } : {}),
    filter: {
      ...(params.ownerId !== null ? { ownerId: params.ownerId } : {}),
      ...(params.customerId !== null ? { customerId: params.customerId } : {}),
      ...(params.status ? { status: params.status } : {}),
      ...(params.dueFrom ? { dueFrom: params.dueFrom } : {}),
      ...(params.dueTo ? { dueTo: params.dueTo } : {}),
    },
    ...(params.sort ? { sort: params.sort } : {}),
    page: params.page,
    pageSize: RECEIVABLE_PAGE_SIZE,
  }
}

/** exports.list's input for the open instalments as shown (the as-of date travels in filter). */
export function toReceivableExportInput(params: ReceivableParams): ExportListInput {
  const { page: _page, pageSize: _size, asOf, ...list } = toReceivableListInput(params)
  return { entity: 'receivables', ...list, filter: { ...list.filter, ...(asOf ? { asOf } : {}) } }
}

/** Default: earliest due first. Money sorts largest first on the first click. */
export function nextReceivableSort(
  params: ReceivableParams,
  field: ReceivableSortField,
): ReceivableParams['sort'] {
  const current = params.sort ?? { field: 'dueDate', dir: 'asc' }
  const first = field === 'unpaidCents' ? 'desc' : 'asc'
  if (current.field !== field) return { field, dir: first }
  if (params.sort === null) return { field, dir: current.dir === 'asc' ? 'desc' : 'asc' }
  return current.dir === first ? { field, dir: first === 'asc' ? 'desc' : 'asc' } : null
}
