import {
  CONTRACT_SORT_FIELDS,
  CONTRACT_STATUSES,
  type ContractListInput,
  type ContractSortField,
  type ContractStatus,
} from '../../../../shared/api'
import { isCalendarDate } from '../../../../shared/dates'

/**
 * The contracts page's state lives in the URL (#/contracts?view=renewals&status=active&page=2),
 * so a reload, Back and a link show the same list.
 */
export const CONTRACT_PAGE_SIZE = 50

export const CONTRACT_VIEWS = ['all', 'invoicedNotPaid', 'paidNotInvoiced', 'renewals'] as const
export type ContractView = (typeof CONTRACT_VIEWS)[number]

export interface ContractSort {
  field: ContractSortField
  dir: 'asc' | 'desc'
}

export interface ContractListParams {
  view: ContractView
  q: string
  customerId: number | null
  status: ContractStatus | null
  overdue: boolean
  ownerId: number | null
  signedFrom: string | null
  signedTo: string | null
  sort: ContractSort | null
  page: number
  /** Renewals: contracts ending within this many days (null: the setting's default). */
  days: number | null
}

export type ContractFilterKey = 'q' | 'customerId' | 'status' | 'overdue' | 'ownerId' | 'signed'

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null
}

function positiveInt(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null
  const value = Number(raw)
  return Number.isSafeInteger(value) && value > 0 ? value : null
}

function date(raw: string | null): string | null {
  return raw !== null && isCalendarDate(raw) ? raw : null
}

export function parseContractParams(search: URLSearchParams): ContractListParams {
  const field = oneOf(CONTRACT_SORT_FIELDS, search.get('sort'))
  const days = search.get('days')
  return {
    view: oneOf(CONTRACT_VIEWS, search.get('view')) ?? 'all',
    q: search.get('q')?.trim() ?? '',
    customerId: positiveInt(search.get('customer')),
    status: oneOf(CONTRACT_STATUSES, search.get('status')),
    overdue: search.get('overdue') === '1',
    ownerId: positiveInt(search.get('owner')),
    signedFrom: date(search.get('from')),
    signedTo: date(search.get('to')),
    sort: field ? { field, dir: search.get('dir') === 'asc' ? 'asc' : 'desc' } : null,
    page: positiveInt(search.get('page')) ?? 1,
    days: days !== null && /^\d{1,4}$/.test(days) ? Math.min(3650, Number(days)) : null,
  }
}

export function writeContractParams(
  search: URLSearchParams,
  params: ContractListParams,
): URLSearchParams {
  const next = new URLSearchParams(search)
  const set = (name: string, value: string | number | null) => {
    if (value === null || value === '') next.delete(name)
    else next.set(name, String(value))
  }
  set('view', params.view === 'all' ? null : params.view)
  set('q', params.q)
  set('customer', params.customerId)
  set('status', params.status)
  set('overdue', params.overdue ? 1 : null)
  set('owner', params.ownerId)
  set('from', params.signedFrom)
  set('to', params.signedTo)
  set('sort', params.sort?.field ?? null)
  set('dir', params.sort?.dir ?? null)
  set('page', params.page > 1 ? params.page : null)
  set('days', params.days)
  return next
}

/** Any change of what is shown starts again at page 1. */
export function patchContractParams(
  params: ContractListParams,
  patch: Partial<ContractListParams>,
): ContractListParams {
  return { ...params, ...patch, page: 'page' in patch ? (patch.page ?? 1) : 1 }
}

export function clearContractFilter(
  params: ContractListParams,
  key: ContractFilterKey,
): ContractListParams {
  if (key === 'signed') return patchContractParams(params, { signedFrom: null, signedTo: null })
  if (key === 'q') return patchContractParams(params, { q: '' })
  if (key === 'overdue') return patchContractParams(params, { overdue: false })
  return patchContractParams(params, { [key]: null })
}

export function clearAllContractFilters(params: ContractListParams): ContractListParams {
  return patchContractParams(params, {
    q: '',
    customerId: null,
    status: null,
    overdue: false,
    ownerId: null,
    signedFrom: null,
    signedTo: null,
  })
}

export function hasContractFilters(params: ContractListParams): boolean {
  return (
    params.q !== '' ||
    params.customerId !== null ||
    params.status !== null ||
    params.overdue ||
    params.ownerId !== null ||
    params.signedFrom !== null ||
    params.signedTo !== null
  )
}

export function toContractListInput(params: ContractListParams): ContractListInput {
  return {
    ...(params.q ? { q: params.q } : {}),
    filter: {
      ...(params.customerId !== null ? { customerId: params.customerId } : {}),
      ...(params.status ? { status: params.status } : {}),
      ...(params.overdue ? { overdue: true } : {}),
      ...(params.ownerId !== null ? { ownerId: params.ownerId } : {}),
      ...(params.signedFrom ? { signedFrom: params.signedFrom } : {}),
      ...(params.signedTo ? { signedTo: params.signedTo } : {}),
      ...(params.view === 'invoicedNotPaid' ? { invoicedNotPaid: true } : {}),
      ...(params.view === 'paidNotInvoiced' ? { paidNotInvoiced: true } : {}),
    },
    ...(params.sort ? { sort: params.sort } : {}),
    page: params.page,
    pageSize: CONTRACT_PAGE_SIZE,
  }
}

/** Without an explicit sort the core lists the latest signed first. */
export function effectiveContractSort(params: ContractListParams): ContractSort {
  return params.sort ?? { field: 'signedDate', dir: 'desc' }
}

const ASCENDING_FIRST: readonly ContractSortField[] = ['number', 'endDate']

/** Header click: first direction, then the other, then back to the default order. */
export function nextContractSort(
  params: ContractListParams,
  field: ContractSortField,
): ContractSort | null {
  const current = effectiveContractSort(params)
  const first = ASCENDING_FIRST.includes(field) ? 'asc' : 'desc'
  if (current.field !== field) return { field, dir: first }
  if (params.sort === null) return { field, dir: current.dir === 'asc' ? 'desc' : 'asc' }
  return current.dir === first ? { field, dir: first === 'asc' ? 'desc' : 'asc' } : null
}
