import type { MethodInput } from '../../../../shared/api'
import {
  TICKET_KINDS,
  TICKET_PRIORITIES,
  TICKET_SORT_FIELDS,
  type TicketKind,
  type TicketPriority,
} from '../../../../shared/api/aftersales'

export const TICKET_PAGE_SIZE = 50
/** The status tabs: open ones (default), each status, every ticket. */
export const STATUS_TABS = ['open', 'new', 'inProgress', 'resolved', 'closed', 'all'] as const
export type StatusTab = (typeof STATUS_TABS)[number]

export interface TicketParams {
  tab: StatusTab
  kind: TicketKind | null
  priority: TicketPriority | null
  ownerId: number | null
  overdue: boolean
  q: string
  page: number
  sort: { field: (typeof TICKET_SORT_FIELDS)[number]; dir: 'asc' | 'desc' } | null
}

const pick = <T extends string>(values: readonly T[], raw: string | null): T | null =>
  values.find((v) => v === raw) ?? null

/** The list's state from the address (#/service?status=…&kind=…), so a view can be linked. */
export function parseTicketParams(search: URLSearchParams): TicketParams {
  const [field, dir] = (search.get('sort') ?? '').split('.')
  const sortField = pick(TICKET_SORT_FIELDS, field ?? null)
  return {
    tab: pick(STATUS_TABS, search.get('status')) ?? 'open',
    kind: pick(TICKET_KINDS, search.get('kind')),
    priority: pick(TICKET_PRIORITIES, search.get('priority')),
    ownerId: Number(search.get('owner')) || null,
    overdue: search.get('overdue') === '1',
    q: search.get('q') ?? '',
    page: Math.max(1, Number(search.get('page')) || 1),
    sort: sortField ? { field: sortField, dir: dir === 'asc' ? 'asc' : 'desc' } : null,
  }
}

/** A change of the state as address parameters (null removes one); any filter resets the page. */
export function ticketParamsPatch(patch: Partial<TicketParams>): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  if ('tab' in patch) out.status = patch.tab === 'open' ? null : (patch.tab ?? null)
  if ('kind' in patch) out.kind = patch.kind ?? null
  if ('priority' in patch) out.priority = patch.priority ?? null
  if ('ownerId' in patch) out.owner = patch.ownerId ? String(patch.ownerId) : null
  if ('overdue' in patch) out.overdue = patch.overdue ? '1' : null
  if ('q' in patch) out.q = patch.q || null
  if ('sort' in patch) out.sort = patch.sort ? `${patch.sort.field}.${patch.sort.dir}` : null
  out.page = 'page' in patch && patch.page && patch.page > 1 ? String(patch.page) : null
  return out
}

export function ticketListInput(params: TicketParams): MethodInput<'tickets.list'> {
  const filter: NonNullable<MethodInput<'tickets.list'>['filter']> = {}
  if (params.tab === 'open') filter.open = true
  else if (params.tab !== 'all') filter.status = [params.tab]
  if (params.kind) filter.kind = [params.kind]
  if (params.priority) filter.priority = [params.priority]
  if (params.ownerId) filter.ownerId = params.ownerId
  if (params.overdue) filter.overdue = true
  return {
    filter,
    ...(params.q ? { q: params.q } : {}),
    ...(params.sort ? { sort: params.sort } : {}),
    page: params.page,
    pageSize: TICKET_PAGE_SIZE,
  }
}

/** Clicking a sorted header flips it; another header sorts newest / highest first. */
export function nextTicketSort(params: TicketParams, field: string): TicketParams['sort'] {
  const known = pick(TICKET_SORT_FIELDS, field)
  if (!known) return params.sort
  const current = params.sort ?? { field: 'createdAt', dir: 'desc' }
  if (current.field === known) return { field: known, dir: current.dir === 'desc' ? 'asc' : 'desc' }
  return { field: known, dir: known === 'dueDate' ? 'asc' : 'desc' }
}
