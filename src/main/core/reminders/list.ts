import type { z } from 'zod'
import {
  REMINDER_KINDS,
  type ReminderItem,
  type ReminderKind,
  type ReminderList,
  type reminderListInput,
} from '../../../shared/api/reminders'
import { localDate } from '../../../shared/dates'
import { addDays, daysBetween } from '../../../shared/dates'
import { today as todayOf } from '../clock'
import type { Ctx } from '../context'
import { ledgerDates } from '../ledger'
import { parseReminderKey } from './keys'
import { birthdayPartForYear, partsOf, type Part, type Range } from './parts'
import { localStartMs } from '../../../shared/dates'
import { stmt } from '../db/sql'

/**
 * The reminder centre's list (src/shared/api/reminders.ts): what is due today or overdue
 * and what comes in the next days, each kind read through its own index (reminders/parts.ts).
 *
 * How far ahead each kind looks: instalments from `reminderWindowDays` before their due
 * date and renewals from `renewalWindowDays` before the end date (the ledger's settings,
 * as on the contracts pages); follow-ups, birthdays and hand-made reminders within the
 * list's `days` (default 7). Return visits only from their due date on.
 *
 * A snoozed occurrence is left where it was and listed under upcoming on the day it comes
 * back (when that is within `days`); a done one is gone until its next occurrence.
 *
 * Cost (budget 50 ms at 100,000 customers, `npm run bench -- reminders`): each section reads
 * every kind's first `limit` keys and dates through its index alone, merges them, and only
 * then reads the columns of the `limit` kept (firstOf); the counts are plain index-range
 * counts (countOf).
 */
type ListInput = NonNullable<z.output<typeof reminderListInput>>

export const DEFAULT_UPCOMING_DAYS = 7
export const DEFAULT_LIMIT = 100
const KIND_ORDER = Object.fromEntries(REMINDER_KINDS.map((k, i) => [k, i])) as Record<
  ReminderKind,
  number
>

const HIDDEN = (key: string) =>
  `NOT EXISTS (SELECT 1 FROM reminder_states s WHERE s.key = ${key}
     AND (s.done_at IS NOT NULL OR s.snoozed_until > @today))`

interface Row extends Omit<ReminderItem, 'days' | 'overdue' | 'ownerName' | 'kind'> {
  ownerName: string | null
}

interface Window {
  today: string
  /** The last day of upcoming for the kinds that follow the list's `days`. */
  end: string
  horizons: Record<ReminderKind, Range>
  ownerId: number | undefined
  kinds: ReminderKind[]
  limit: number
}

function windowOf(ctx: Ctx, input: ListInput): Window {
  const today = todayOf(ctx.clock)
  const end = addDays(today, input.days ?? DEFAULT_UPCOMING_DAYS)
  const dates = ledgerDates(ctx)
  const yesterday = addDays(today, -1)
  return {
    today,
    end,
    horizons: {
      followUp: { lo: null, hi: end },
      instalment: { lo: null, hi: addDays(today, dates.reminderWindowDays) },
      renewal: { lo: yesterday, hi: addDays(today, dates.renewalWindowDays) },
      birthday: { lo: yesterday, hi: end },
      returnVisit: { lo: null, hi: today },
      manual: { lo: null, hi: end },
    },
    ownerId: input.ownerId,
    kinds: input.kinds ?? [...REMINDER_KINDS],
    limit: input.limit ?? DEFAULT_LIMIT,
  }
}

/** The today part (up to today) and the upcoming part (after today) of a kind's horizon. */
function split(range: Range, today: string): { due: Range | null; upcoming: Range | null } {
  return {
    due:
      range.lo !== null && range.lo >= today
        ? null
        : { lo: range.lo, hi: range.hi < today ? range.hi : today },
    upcoming:
      range.hi > today
        ? { lo: range.lo !== null && range.lo > today ? range.lo : today, hi: range.hi }
        : null,
  }
}

function whereOf(part: Part, ownerId: number | undefined, extra = ''): string {
  return `${part.where}${ownerId === undefined ? '' : ` AND ${part.ownerFilter}`}${extra}`
}

function paramsOf(part: Part, w: Window, extra: Record<string, unknown> = {}) {
  return {
    ...part.params,
    today: w.today,
    todayMs: localStartMs(w.today),
    tomorrowMs: localStartMs(addDays(w.today, 1)),
    ...(w.ownerId === undefined ? {} : { ownerId: w.ownerId }),
    ...extra,
  }
}

function selectRows(
  ctx: Ctx,
  part: Part,
  w: Window,
  extraWhere: string,
  extraParams: Record<string, unknown>,
): Row[] {
  return stmt(
    ctx,
    `SELECT ${part.key} AS key, ${part.date} AS date, ${part.columns},
       ${part.owner} AS ownerId, (SELECT name FROM owners WHERE id = ${part.owner}) AS ownerName
     FROM ${part.from} WHERE ${whereOf(part, w.ownerId, extraWhere)}
     ORDER BY ${part.order} LIMIT @limit`,
  ).all(paramsOf(part, w, extraParams)) as Row[]
}

/**
 * A part's counts: overdue, today and later, each a plain COUNT(*) over its part's index range
 * (cheaper than summing comparisons over one range). Hidden items (done or snoozed keys) are
 * left out whichever way costs less: when the kind has fewer states than items in range, every
 * item is counted from the index alone and the hidden ones subtracted (each state joined to its
 * record by primary key, in that order: CROSS JOIN keeps the planner from walking one owner's
 * records instead); otherwise each item probes reminder_states by its key.
 */
interface Counted {
  n: number
  before: number
  onToday: number
}

const clamp = (range: Range, lo: string | null, hi: string): Range | null => {
  const from = range.lo === null ? lo : lo === null || range.lo > lo ? range.lo : lo
  const to = range.hi < hi ? range.hi : hi
  return from !== null && from >= to ? null : { lo: from, hi: to }
}

function countOf(ctx: Ctx, kind: ReminderKind, range: Range, w: Window): Counted {
  const yesterday = addDays(w.today, -1)
  const pieces = [
    clamp(range, null, yesterday),
    clamp(range, yesterday, w.today),
    clamp(range, w.today, range.hi),
  ]
  const whole = partsOf(kind, range, w.ownerId, localStartMs)
  const countPieces = (hide: boolean) =>
    pieces.map((piece) =>
      piece === null
        ? 0
        : partsOf(kind, piece, w.ownerId, localStartMs).reduce((sum, part) => {
            const bulk = piece.lo === null && w.ownerId !== undefined ? part.bulk : undefined
            const counted = bulk ? { ...part, ...bulk } : part
            const where = whereOf(counted, w.ownerId, hide ? ` AND ${HIDDEN(part.key)}` : '')
            return (
              sum +
              (stmt(ctx, `SELECT COUNT(*) FROM ${counted.countFrom} WHERE ${where}`)
                .pluck()
                .get(paramsOf(part, w)) as number)
            )
          }, 0),
    )
  const [before, onToday, after] = countPieces(false) as [number, number, number]
  const all: Counted = { n: before + onToday + after, before, onToday }
  if (all.n === 0) return all
  const hidden = { n: 0, before: 0, onToday: 0 }
  let probeEach = false
  for (const part of whole) {
    const states = statesOf(ctx, part)
    if (states === 0) continue
    if (states >= all.n) {
      probeEach = true
      break
    }
    const prefix = prefixOf(part)
    const h = stmt(
      ctx,
      `SELECT COUNT(*) AS n, COALESCE(SUM(${part.before}), 0) AS before,
         COALESCE(SUM(${part.onToday}), 0) AS onToday
       FROM reminder_states s CROSS JOIN ${part.stateMatch ? part.countFrom : part.countFrom.replace(/ INDEXED BY \w+/, '')}
       WHERE s.key > @prefix AND s.key < @prefixEnd
         AND (s.done_at IS NOT NULL OR s.snoozed_until > @today)
         AND ${part.stateMatch ?? `${part.id} = CAST(substr(s.key, ${prefix.length + 1}) AS INTEGER) AND s.key = ${part.key}`}
         AND ${whereOf(part, w.ownerId)}`,
    ).get({ ...paramsOf(part, w), prefix, prefixEnd: `${prefix.slice(0, -1)};` }) as Counted
    hidden.n += h.n
    hidden.before += h.before
    hidden.onToday += h.onToday
  }
  if (probeEach) {
    const [b, o, a] = countPieces(true) as [number, number, number]
    return { n: b + o + a, before: b, onToday: o }
  }
  return {
    n: all.n - hidden.n,
    before: all.before - hidden.before,
    onToday: all.onToday - hidden.onToday,
  }
}

const prefixOf = (part: Part): string => /^'([^']+)'/.exec(part.key)![1]!

/** How many done or snoozed keys (dead or alive) a part's kind has. */
function statesOf(ctx: Ctx, part: Part): number {
  const prefix = prefixOf(part)
  return stmt(ctx, 'SELECT COUNT(*) FROM reminder_states WHERE key > @prefix AND key < @prefixEnd')
    .pluck()
    .get({ prefix, prefixEnd: `${prefix.slice(0, -1)};` }) as number
}

function toItem(row: Row, kind: ReminderKind, today: string, snoozedUntil?: string): ReminderItem {
  const date = row.date ?? localDate(row.at ?? 0)
  const days = daysBetween(today, date)
  return {
    ...row,
    kind,
    date,
    days,
    overdue: days < 0,
    ...(snoozedUntil ? { snoozedUntil } : {}),
  }
}

type Sortable = Pick<ReminderItem, 'kind' | 'key' | 'date' | 'at' | 'snoozedUntil'>

/**
 * Keys in the order each part's SQL reads them on a tie (date, then id): numbers as
 * numbers — 'instalment:2' before 'instalment:10'. Compared as plain text, a list cut at
 * `limit` was not the head of the whole list.
 */
const KEY_ORDER = new Intl.Collator('en', { numeric: true })

const byDate = (a: Sortable, b: Sortable): number => {
  const da = a.snoozedUntil ?? a.date
  const db = b.snoozedUntil ?? b.date
  if (da !== db) return da < db ? -1 : 1
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
  if ((a.at ?? 0) !== (b.at ?? 0)) return (a.at ?? 0) - (b.at ?? 0)
  return KEY_ORDER.compare(a.key, b.key)
}

/** Each kind's horizon (up to today for the badge). */
function countRanges(w: Window, onlyDue: boolean): [ReminderKind, Range][] {
  return w.kinds.map((kind) => {
    const range = w.horizons[kind]
    return [kind, onlyDue && range.hi > w.today ? { lo: range.lo, hi: w.today } : range]
  })
}

function partsFor(w: Window, which: 'due' | 'upcoming'): Part[] {
  return w.kinds.flatMap((kind) => {
    const range = split(w.horizons[kind], w.today)[which]
    return range ? partsOf(kind, range, w.ownerId, localStartMs) : []
  })
}

/** An item of the list's first pass: what orders it, and where its details are. */
interface Candidate extends Sortable {
  part?: Part
  id?: number
  item?: ReminderItem
}

/**
 * The first `limit` of some parts in date order, in two passes: each part's first `limit`
 * keys and dates through its index alone (countFrom, no joins), merged; then the columns of
 * the kept ones, each part's by primary key. `extra`: items already whole (snoozed ones).
 */
function firstOf(ctx: Ctx, parts: Part[], w: Window, extra: ReminderItem[]): ReminderItem[] {
  const candidates: Candidate[] = extra.map((item) => ({
    kind: item.kind,
    key: item.key,
    date: item.date,
    at: item.at,
    ...(item.snoozedUntil ? { snoozedUntil: item.snoozedUntil } : {}),
    item,
  }))
  for (const part of parts) {
    const rows = stmt(
      ctx,
      `SELECT ${part.id} AS id, ${part.key} AS key, ${part.date} AS date, ${part.at} AS at
       FROM ${part.countFrom} WHERE ${whereOf(part, w.ownerId, ` AND ${HIDDEN(part.key)}`)}
       ORDER BY ${part.order} LIMIT @limit`,
    ).all(paramsOf(part, w, { limit: w.limit })) as {
      id: number
      key: string
      date: string | null
      at: number | null
    }[]
    for (const row of rows)
      candidates.push({
        part,
        id: row.id,
        key: row.key,
        kind: part.kind,
        date: row.date ?? localDate(row.at ?? 0),
        at: row.at,
      })
  }
  const kept = candidates.sort(byDate).slice(0, w.limit)
  const ids = new Map<Part, number[]>()
  for (const c of kept) {
    if (!c.part) continue
    const list = ids.get(c.part)
    if (list) list.push(c.id!)
    else ids.set(c.part, [c.id!])
  }
  const rows = new Map<string, Row>()
  for (const [part, list] of ids)
    for (const row of byIds(ctx, part, w, list)) rows.set(row.key, row)
  return kept.flatMap((c) => {
    if (c.item) return [c.item]
    const row = rows.get(c.key)
    return row ? [toItem(row, c.kind, w.today)] : []
  })
}

/**
 * A part's rows of some ids, each by primary key: the ids first (CROSS JOIN), or the planner
 * walks the part's date index over its whole range and looks each row up in the list.
 */
function byIds(ctx: Ctx, part: Part, w: Window, ids: number[]): Row[] {
  return selectRows(
    ctx,
    { ...part, from: `json_each(@ids) ids CROSS JOIN ${part.from.replace(/ INDEXED BY \w+/, '')}` },
    w,
    ` AND ${part.id} = ids.value`,
    { ids: JSON.stringify(ids), limit: ids.length },
  )
}

/**
 * Snoozed occurrences coming back after today and by the end of the list's window, if they
 * still stand (e.g. the follow-up date is still that date): the keys of a kind (a birthday:
 * of a person and year) resolved together by primary key.
 */
function snoozed(ctx: Ctx, w: Window): ReminderItem[] {
  const states = stmt(
    ctx,
    `SELECT key, snoozed_until AS until FROM reminder_states
     WHERE done_at IS NULL AND snoozed_until > @today AND snoozed_until <= @end`,
  ).all({ today: w.today, end: w.end }) as { key: string; until: string }[]
  const groups = new Map<string, { parts: Part[]; ids: number[]; until: Map<string, string> }>()
  for (const state of states) {
    let parsed
    try {
      parsed = parseReminderKey(state.key)
    } catch {
      continue
    }
    if (!w.kinds.includes(parsed.kind)) continue
    const name = parsed.kind === 'birthday' ? `birthday:${parsed.of}:${parsed.year}` : parsed.kind
    let group = groups.get(name)
    if (!group) {
      const of = parsed.kind === 'birthday' ? parsed.of : null
      const parts =
        parsed.kind === 'birthday'
          ? birthdayPartForYear(parsed.of, parsed.year).filter((p) =>
              p.key.startsWith(`'birthday:${of}:`),
            )
          : partsOf(parsed.kind, null, w.ownerId, localStartMs)
      group = { parts, ids: [], until: new Map() }
      groups.set(name, group)
    }
    group.ids.push(parsed.id)
    group.until.set(state.key, state.until)
  }
  const items: ReminderItem[] = []
  for (const group of groups.values())
    for (const part of group.parts)
      for (const row of byIds(ctx, part, w, group.ids)) {
        const until = group.until.get(row.key)
        if (until) items.push(toItem(row, part.kind, w.today, until))
      }
  return items
}

export function listReminders(ctx: Ctx, input: ListInput | null | undefined): ReminderList {
  const w = windowOf(ctx, input ?? {})
  const counts = { today: 0, overdue: 0, upcoming: 0 }
  for (const [kind, range] of countRanges(w, false)) {
    const c = countOf(ctx, kind, range, w)
    counts.overdue += c.before
    counts.today += c.onToday
    counts.upcoming += c.n - c.before - c.onToday
  }
  const back = snoozed(ctx, w)
  counts.upcoming += back.length
  return {
    asOf: w.today,
    today: firstOf(ctx, partsFor(w, 'due'), w, []),
    upcoming: firstOf(ctx, partsFor(w, 'upcoming'), w, back),
    counts,
  }
}

/** The sidebar badge: due today and overdue (counts only). */
export function countReminders(
  ctx: Ctx,
  input: { ownerId?: number } | null | undefined,
): { today: number; overdue: number } {
  const w = windowOf(ctx, { ownerId: input?.ownerId })
  const counts = { today: 0, overdue: 0 }
  for (const [kind, range] of countRanges(w, true)) {
    const c = countOf(ctx, kind, range, w)
    counts.overdue += c.before
    counts.today += c.onToday
  }
  return counts
}
