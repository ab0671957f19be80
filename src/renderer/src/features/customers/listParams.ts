import {
  CUSTOMER_SORT_FIELDS,
  GRADES,
  STAGES,
  type CustomerListInput,
  type CustomerSortField,
  type Grade,
  type Stage,
} from '../../../../shared/api'

/**
 * The customer list's state lives in the URL (#/customers?stage=lead&sort=name&dir=asc&page=3),
 * so a reload, the back button and a link from the home page all land on the same view.
 */
export const PAGE_SIZE = 50

export type SortDir = 'asc' | 'desc'

export interface CustomerSort {
  field: CustomerSortField
  dir: SortDir
}

export interface CustomerListParams {
  q: string
  stage: Stage | null
  grade: Grade | null
  ownerId: number | null
  deleted: boolean
  sort: CustomerSort | null
  page: number
}

/** The filters a chip can show and remove. */
export type FilterKey = 'q' | 'stage' | 'grade' | 'ownerId'

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null
}

function positiveInt(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null
  const value = Number(raw)
  return Number.isSafeInteger(value) && value > 0 ? value : null
}

export function parseListParams(search: URLSearchParams): CustomerListParams {
  const field = oneOf(CUSTOMER_SORT_FIELDS, search.get('sort'))
  const dir = oneOf(['asc', 'desc'] as const, search.get('dir')) ?? 'asc'
  return {
    q: search.get('q')?.trim() ?? '',
    stage: oneOf(STAGES, search.get('stage')),
    grade: oneOf(GRADES, search.get('grade')),
    ownerId: positiveInt(search.get('owner')),
    deleted: search.get('bin') === '1',
    sort: field ? { field, dir } : null,
    page: positiveInt(search.get('page')) ?? 1,
  }
}

/** Writes the list state back, leaving unrelated params (such as the open form) alone. */
export function writeListParams(
  search: URLSearchParams,
  params: CustomerListParams,
): URLSearchParams {
  const next = new URLSearchParams(search)
  const set = (name: string, value: string | null) => {
    if (value === null || value === '') next.delete(name)
    else next.set(name, value)
  }
  set('q', params.q)
  set('stage', params.stage)
  set('grade', params.grade)
  set('owner', params.ownerId === null ? null : String(params.ownerId))
  set('bin', params.deleted ? '1' : null)
  set('sort', params.sort?.field ?? null)
  set('dir', params.sort?.dir ?? null)
  set('page', params.page > 1 ? String(params.page) : null)
  return next
}

/** Any change of what is shown starts again at page 1; only paging itself keeps the page. */
export function patchListParams(
  params: CustomerListParams,
  patch: Partial<CustomerListParams>,
): CustomerListParams {
  const page = 'page' in patch ? (patch.page ?? 1) : 1
  return { ...params, ...patch, page }
}

export function clearFilter(params: CustomerListParams, key: FilterKey): CustomerListParams {
  return patchListParams(params, key === 'q' ? { q: '' } : { [key]: null })
}

export function hasFilters(params: CustomerListParams): boolean {
  return (
    params.q !== '' || params.stage !== null || params.grade !== null || params.ownerId !== null
  )
}

export function toListInput(params: CustomerListParams): CustomerListInput {
  const filter: NonNullable<CustomerListInput['filter']> = {}
  if (params.stage) filter.stage = params.stage
  if (params.grade) filter.grade = params.grade
  if (params.ownerId !== null) filter.ownerId = params.ownerId
  if (params.deleted) filter.deleted = true
  return {
    ...(params.q ? { q: params.q } : {}),
    filter,
    ...(params.sort ? { sort: params.sort } : {}),
    page: params.page,
    pageSize: PAGE_SIZE,
  }
}

/** Without an explicit sort the core lists the latest changed first (the recycle bin: latest deleted first). */
export function effectiveSort(params: CustomerListParams): CustomerSort | null {
  if (params.sort) return params.sort
  return params.deleted ? null : { field: 'updatedAt', dir: 'desc' }
}

/** Header click: ascending, then descending, then back to the default order. */
export function nextSort(
  params: CustomerListParams,
  field: CustomerSortField,
): CustomerSort | null {
  const current = effectiveSort(params)
  if (current?.field !== field) return { field, dir: field === 'updatedAt' ? 'desc' : 'asc' }
  if (params.sort === null) return { field, dir: current.dir === 'asc' ? 'desc' : 'asc' }
  const first: SortDir = field === 'updatedAt' ? 'desc' : 'asc'
  return current.dir === first ? { field, dir: first === 'asc' ? 'desc' : 'asc' } : null
}
