import {
  CUSTOMER_SORT_FIELDS,
  GRADES,
  STAGES,
  type CustomerListInput,
  type CustomerSortField,
  type Grade,
  type Stage,
} from '../../../../shared/api'
import { COLUMN_ID } from './columnIds'

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
  /** Attributed to this campaign (市场活动). */
  campaignId: number | null
  /** Custom-field filters (filter.custom): field key → the chosen option. */
  custom: Record<string, string>
  /** The columns shown, by column id (see columnIds.ts); null = the default set. */
  columns: string[] | null
  sort: CustomerSort | null
  page: number
}

/** The filters a chip can show and remove; a custom-field filter is `custom.<key>`. */
export type FilterKey = 'q' | 'stage' | 'grade' | 'ownerId' | 'campaignId' | `custom.${string}`

/** URL params of custom-field filters: custom.cf3=VIP. */
const CUSTOM_PREFIX = 'custom.'
const CUSTOM_KEY = /^[A-Za-z0-9_]{1,60}$/

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null
}

function positiveInt(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null
  const value = Number(raw)
  return Number.isSafeInteger(value) && value > 0 ? value : null
}

function parseCustom(search: URLSearchParams): Record<string, string> {
  const custom: Record<string, string> = {}
  for (const [name, value] of search) {
    const key = name.slice(CUSTOM_PREFIX.length)
    if (name.startsWith(CUSTOM_PREFIX) && CUSTOM_KEY.test(key) && value.trim() !== '')
      custom[key] = value.trim()
  }
  return custom
}

function parseColumns(raw: string | null): string[] | null {
  if (raw === null) return null
  const ids = raw.split(',').filter((id) => COLUMN_ID.test(id))
  return [...new Set(ids)]
}

export function parseListParams(search: URLSearchParams): CustomerListParams {
  const field = oneOf(CUSTOMER_SORT_FIELDS, search.get('sort'))
  const dir = oneOf(['asc', 'desc'] as const, search.get('dir')) ?? 'asc'
  return {
    q: search.get('q')?.trim() ?? '',
    stage: oneOf(STAGES, search.get('stage')),
    grade: oneOf(GRADES, search.get('grade')),
    ownerId: positiveInt(search.get('owner')),
    campaignId: positiveInt(search.get('campaign')),
    custom: parseCustom(search),
    columns: parseColumns(search.get('cols')),
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
  set('campaign', params.campaignId === null ? null : String(params.campaignId))
  for (const name of [...next.keys()]) if (name.startsWith(CUSTOM_PREFIX)) next.delete(name)
  for (const [key, value] of Object.entries(params.custom))
    next.set(`${CUSTOM_PREFIX}${key}`, value)
  set('cols', params.columns === null ? null : params.columns.join(','))
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
  if (key.startsWith(CUSTOM_PREFIX)) {
    const custom = { ...params.custom }
    delete custom[key.slice(CUSTOM_PREFIX.length)]
    return patchListParams(params, { custom })
  }
  return patchListParams(params, key === 'q' ? { q: '' } : { [key]: null })
}

/** Every filter off; columns and sort stay as they are. */
export function clearAllFilters(params: CustomerListParams): CustomerListParams {
  return patchListParams(params, {
    q: '',
    stage: null,
    grade: null,
    ownerId: null,
    campaignId: null,
    custom: {},
  })
}

export function hasFilters(params: CustomerListParams): boolean {
  return (
    params.q !== '' ||
    params.stage !== null ||
    params.grade !== null ||
    params.ownerId !== null ||
    params.campaignId !== null ||
    Object.keys(params.custom).length > 0
  )
}

export interface ListInputOptions {
  /** List the recycle bin instead of the live records. */
  deleted?: boolean
}

export function toListInput(
  params: CustomerListParams,
  { deleted = false }: ListInputOptions = {},
): CustomerListInput {
  const filter: NonNullable<CustomerListInput['filter']> = {}
  if (params.stage) filter.stage = params.stage
  if (params.grade) filter.grade = params.grade
  if (params.ownerId !== null) filter.ownerId = params.ownerId
  if (params.campaignId !== null) filter.campaignId = params.campaignId
  if (Object.keys(params.custom).length > 0) filter.custom = { ...params.custom }
  if (deleted) filter.deleted = true
  return {
    ...(params.q ? { q: params.q } : {}),
    filter,
    ...(params.sort ? { sort: params.sort } : {}),
    page: params.page,
    pageSize: PAGE_SIZE,
  }
}

/** Without an explicit sort the core lists the latest changed first (the recycle bin: latest deleted first). */
export function effectiveSort(
  params: CustomerListParams,
  { deleted = false }: ListInputOptions = {},
): CustomerSort {
  if (params.sort) return params.sort
  return deleted ? { field: 'deletedAt', dir: 'desc' } : { field: 'updatedAt', dir: 'desc' }
}

/** Times of change sort newest first on the first click; everything else A→Z, 1→9. */
const NEWEST_FIRST: readonly CustomerSortField[] = ['updatedAt', 'deletedAt']

/** Header click: ascending, then descending, then back to the default order (dates: the other way round). */
export function nextSort(
  params: CustomerListParams,
  field: CustomerSortField,
  options: ListInputOptions = {},
): CustomerSort | null {
  const current = effectiveSort(params, options)
  const first: SortDir = NEWEST_FIRST.includes(field) ? 'desc' : 'asc'
  if (current.field !== field) return { field, dir: first }
  if (params.sort === null) return { field, dir: current.dir === 'asc' ? 'desc' : 'asc' }
  return current.dir === first ? { field, dir: first === 'asc' ? 'desc' : 'asc' } : null
}
