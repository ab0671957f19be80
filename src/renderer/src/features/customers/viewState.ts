import { CUSTOMER_SORT_FIELDS, GRADES, STAGES } from '../../../../shared/api'
import { COLUMN_ID } from './columnIds'
import type { CustomerListParams } from './listParams'

/**
 * What a saved view keeps (views.save `state`): the filters, the columns and the
 * sort of the list, never the page. Read back defensively: the state is stored
 * JSON and may come from an older or newer Kehu.
 */
export interface CustomerViewState {
  q: string
  stage: string | null
  grade: string | null
  ownerId: number | null
  /** Only when set: views saved before campaigns existed compare equal. */
  campaignId?: number
  custom: Record<string, string>
  columns: string[] | null
  sort: { field: string; dir: string } | null
}

export function toViewState(params: CustomerListParams): Record<string, unknown> {
  const state: CustomerViewState = {
    q: params.q,
    stage: params.stage,
    grade: params.grade,
    ownerId: params.ownerId,
    ...(params.campaignId !== null ? { campaignId: params.campaignId } : {}),
    // Sorted, so that the same filters always compare (and store) the same.
    custom: Object.fromEntries(
      Object.entries(params.custom).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
    columns: params.columns,
    sort: params.sort,
  }
  return { ...state }
}

function pick<T extends string>(values: readonly T[], raw: unknown): T | null {
  return typeof raw === 'string' && (values as readonly string[]).includes(raw) ? (raw as T) : null
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The list state a saved view stands for, starting at page 1. */
export function fromViewState(state: Record<string, unknown>): CustomerListParams {
  const custom: Record<string, string> = {}
  if (isRecord(state.custom)) {
    for (const [key, value] of Object.entries(state.custom)) {
      if (typeof value === 'string' && value !== '') custom[key] = value
    }
  }
  const sort = isRecord(state.sort) ? state.sort : null
  const field = pick(CUSTOMER_SORT_FIELDS, sort?.field)
  const dir = pick(['asc', 'desc'] as const, sort?.dir)
  const ownerId = state.ownerId
  const campaignId = state.campaignId
  return {
    q: typeof state.q === 'string' ? state.q : '',
    stage: pick(STAGES, state.stage),
    grade: pick(GRADES, state.grade),
    ownerId: typeof ownerId === 'number' && Number.isSafeInteger(ownerId) ? ownerId : null,
    campaignId:
      typeof campaignId === 'number' && Number.isSafeInteger(campaignId) && campaignId > 0
        ? campaignId
        : null,
    custom,
    columns: Array.isArray(state.columns)
      ? state.columns.filter((id): id is string => typeof id === 'string' && COLUMN_ID.test(id))
      : null,
    sort: field && dir ? { field, dir } : null,
    page: 1,
  }
}

/** The view whose state is what the list shows now, if any: the views menu names it. */
export function isCurrentView(state: Record<string, unknown>, params: CustomerListParams): boolean {
  return (
    JSON.stringify(toViewState(fromViewState(state))) ===
    JSON.stringify(toViewState({ ...params, page: 1 }))
  )
}
