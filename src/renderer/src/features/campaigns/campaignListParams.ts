import {
  CAMPAIGN_CHANNELS,
  type CampaignChannel,
  type CampaignListInput,
} from '../../../../shared/api'

/**
 * The campaigns page's state in the URL (#/campaigns?channel=exhibition&show=running&page=2),
 * so a reload and Back land on the same list.
 */
export const CAMPAIGN_PAGE_SIZE = 50
export const CAMPAIGN_SHOWS = ['all', 'running', 'deleted'] as const
export type CampaignShow = (typeof CAMPAIGN_SHOWS)[number]
const SORT_FIELDS = ['startDate', 'name', 'costCents'] as const
type SortField = (typeof SORT_FIELDS)[number]

export interface CampaignListParams {
  q: string
  channel: CampaignChannel | null
  show: CampaignShow
  sort: { field: SortField; dir: 'asc' | 'desc' } | null
  page: number
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return values.find((value) => value === raw) ?? null
}

export function parseCampaignParams(search: URLSearchParams): CampaignListParams {
  const field = oneOf(SORT_FIELDS, search.get('sort'))
  return {
    q: search.get('q')?.trim() ?? '',
    channel: oneOf(CAMPAIGN_CHANNELS, search.get('channel')),
    show: oneOf(CAMPAIGN_SHOWS, search.get('show')) ?? 'all',
    sort: field ? { field, dir: search.get('dir') === 'desc' ? 'desc' : 'asc' } : null,
    page: Math.max(1, Math.floor(Number(search.get('page'))) || 1),
  }
}

/** The URL params a change writes ('' / null removes one); any change but paging starts at page 1. */
export function campaignParamsPatch(
  patch: Partial<CampaignListParams>,
): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  if ('q' in patch) out.q = patch.q ?? null
  if ('channel' in patch) out.channel = patch.channel ?? null
  if ('show' in patch) out.show = patch.show === 'all' ? null : (patch.show ?? null)
  if ('sort' in patch) {
    out.sort = patch.sort?.field ?? null
    out.dir = patch.sort?.dir ?? null
  }
  out.page = 'page' in patch && patch.page && patch.page > 1 ? String(patch.page) : null
  return out
}

/** campaigns.list's input, with the foot's totals; 'running' means running today. */
export function campaignListInput(params: CampaignListParams, today: string): CampaignListInput {
  return {
    ...(params.q ? { q: params.q } : {}),
    filter: {
      ...(params.channel ? { channel: params.channel } : {}),
      ...(params.show === 'running' ? { activeOn: today } : {}),
      ...(params.show === 'deleted' ? { deleted: true } : {}),
    },
    ...(params.sort ? { sort: params.sort } : {}),
    page: params.page,
    pageSize: CAMPAIGN_PAGE_SIZE,
    totals: true,
  }
}

/** Header click: ascending, descending, then back to the default (newest start first). */
export function nextCampaignSort(
  params: CampaignListParams,
  field: string,
): CampaignListParams['sort'] {
  const f = oneOf(SORT_FIELDS, field)
  if (!f) return params.sort
  const first = f === 'startDate' ? 'desc' : 'asc'
  const current = params.sort ?? { field: 'startDate', dir: 'desc' }
  if (current.field !== f) return { field: f, dir: first }
  // The default order is the newest start first: its header's next click is the oldest first.
  if (params.sort === null) return { field: f, dir: 'asc' }
  return current.dir === first ? { field: f, dir: first === 'asc' ? 'desc' : 'asc' } : null
}
