import {
  DEAL_SORT_FIELDS,
  DEAL_STATUSES,
  MAX_DEAL_CENTS,
  type DealBoardInput,
  type DealListInput,
  type DealSortField,
  type DealStatus,
} from '../../../../shared/api'

/**
 * The pipeline page's state lives in the URL (#/pipeline?view=list&owner=3&deal=12), so a
 * reload, Back and a link land on the same view with the same deal open.
 */
export const DEAL_PAGE_SIZE = 50

export type PipelineView = 'board' | 'list'
export type SortDir = 'asc' | 'desc'

export interface DealSort {
  field: DealSortField
  dir: SortDir
}

export interface PipelineParams {
  view: PipelineView
  q: string
  ownerId: number | null
  /** Expected close month 'YYYY-MM'. */
  closeMonth: string | null
  minAmountCents: number | null
  maxAmountCents: number | null
  /** List view only: status and stage filters, sort and page. */
  status: DealStatus | null
  stageId: number | null
  sort: DealSort | null
  page: number
  /** The deal open in the drawer. */
  dealId: number | null
}

export type PipelineFilterKey = 'q' | 'ownerId' | 'closeMonth' | 'amount' | 'status' | 'stageId'

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null
}

function positiveInt(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null
  const value = Number(raw)
  return Number.isSafeInteger(value) && value > 0 ? value : null
}

function cents(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null
  const value = Number(raw)
  return value <= MAX_DEAL_CENTS ? value : null
}

export function parsePipelineParams(search: URLSearchParams): PipelineParams {
  const field = oneOf(DEAL_SORT_FIELDS, search.get('sort'))
  const dir = oneOf(['asc', 'desc'] as const, search.get('dir')) ?? 'asc'
  const month = search.get('month')
  return {
    view: search.get('view') === 'list' ? 'list' : 'board',
    q: search.get('q')?.trim() ?? '',
    ownerId: positiveInt(search.get('owner')),
    closeMonth: month && MONTH.test(month) ? month : null,
    minAmountCents: cents(search.get('min')),
    maxAmountCents: cents(search.get('max')),
    status: oneOf(DEAL_STATUSES, search.get('status')),
    stageId: positiveInt(search.get('stage')),
    sort: field ? { field, dir } : null,
    page: positiveInt(search.get('page')) ?? 1,
    dealId: positiveInt(search.get('deal')),
  }
}

/** Writes the state back, leaving unrelated params alone. */
export function writePipelineParams(
  search: URLSearchParams,
  params: PipelineParams,
): URLSearchParams {
  const next = new URLSearchParams(search)
  const set = (name: string, value: string | number | null) => {
    if (value === null || value === '') next.delete(name)
    else next.set(name, String(value))
  }
  set('view', params.view === 'list' ? 'list' : null)
  set('q', params.q)
  set('owner', params.ownerId)
  set('month', params.closeMonth)
  set('min', params.minAmountCents)
  set('max', params.maxAmountCents)
  set('status', params.status)
  set('stage', params.stageId)
  set('sort', params.sort?.field ?? null)
  set('dir', params.sort?.dir ?? null)
  set('page', params.page > 1 ? params.page : null)
  set('deal', params.dealId)
  return next
}

/** Any change of what is shown starts again at page 1; only paging and the drawer keep it. */
export function patchPipelineParams(
  params: PipelineParams,
  patch: Partial<PipelineParams>,
): PipelineParams {
  const keepsPage = 'page' in patch || Object.keys(patch).every((key) => key === 'dealId')
  return { ...params, ...patch, page: keepsPage ? (patch.page ?? params.page) : 1 }
}

export function clearPipelineFilter(
  params: PipelineParams,
  key: PipelineFilterKey,
): PipelineParams {
  if (key === 'amount')
    return patchPipelineParams(params, { minAmountCents: null, maxAmountCents: null })
  return patchPipelineParams(params, key === 'q' ? { q: '' } : { [key]: null })
}

export function clearAllPipelineFilters(params: PipelineParams): PipelineParams {
  return patchPipelineParams(params, {
    q: '',
    ownerId: null,
    closeMonth: null,
    minAmountCents: null,
    maxAmountCents: null,
    status: null,
    stageId: null,
  })
}

/** Filters the board honours (status and stage belong to the list). */
export function hasBoardFilters(params: PipelineParams): boolean {
  return (
    params.q !== '' ||
    params.ownerId !== null ||
    params.closeMonth !== null ||
    params.minAmountCents !== null ||
    params.maxAmountCents !== null
  )
}

export function hasListFilters(params: PipelineParams): boolean {
  return hasBoardFilters(params) || params.status !== null || params.stageId !== null
}

export function toBoardInput(params: PipelineParams): NonNullable<DealBoardInput> {
  return {
    ...(params.q ? { q: params.q } : {}),
    ...(params.ownerId !== null ? { ownerId: params.ownerId } : {}),
    ...(params.closeMonth ? { closeMonth: params.closeMonth } : {}),
    ...(params.minAmountCents !== null ? { minAmountCents: params.minAmountCents } : {}),
    ...(params.maxAmountCents !== null ? { maxAmountCents: params.maxAmountCents } : {}),
  }
}

export function toDealListInput(params: PipelineParams): DealListInput {
  const { q, ...filter } = toBoardInput(params)
  return {
    ...(q ? { q } : {}),
    filter: {
      ...filter,
      ...(params.status ? { status: params.status } : {}),
      ...(params.stageId !== null ? { stageId: params.stageId } : {}),
    },
    ...(params.sort ? { sort: params.sort } : {}),
    page: params.page,
    pageSize: DEAL_PAGE_SIZE,
  }
}

/** Without an explicit sort the core lists the latest changed first. */
export function effectiveDealSort(params: PipelineParams): DealSort {
  return params.sort ?? { field: 'updatedAt', dir: 'desc' }
}

/** Amounts and times sort largest / newest first on the first click; text and stages A→Z. */
const DESCENDING_FIRST: readonly DealSortField[] = [
  'updatedAt',
  'createdAt',
  'amountCents',
  'closedDate',
]

/** Header click: first direction, then the other, then back to the default order. */
export function nextDealSort(params: PipelineParams, field: DealSortField): DealSort | null {
  const current = effectiveDealSort(params)
  const first: SortDir = DESCENDING_FIRST.includes(field) ? 'desc' : 'asc'
  if (current.field !== field) return { field, dir: first }
  if (params.sort === null) return { field, dir: current.dir === 'asc' ? 'desc' : 'asc' }
  return current.dir === first ? { field, dir: first === 'asc' ? 'desc' : 'asc' } : null
}
