import type { z } from 'zod'
import {
  REMINDER_KINDS,
  type ReminderItem,
  type ReminderKind,
  type ReminderList,
  type reminderListInput,
} from '../../../shared/api/reminders'
import { localDate } from '../../../shared/dates'
import { addDays, daysBetween } from '../../../shared/ledger-rules'
import { today as todayOf } from '../clock'
import type { Ctx } from '../context'
import { ledgerDates } from './ledger-common'
import { parseReminderKey } from './reminder-keys'
import { birthdayPartForYear, partsOf, type Part, type Range } from './reminder-parts'
import { localStartMs, stmt } from './reports-common'

/**
 * The reminder centre's list (src/shared/api/reminders.ts): what is due today or overdue
 * and what comes in the next days, each kind read through its own index (reminder-parts.ts).
 *
 * How far ahead each kind looks: instalments from `reminderWindowDays` before their due
 * date and renewals from `renewalWindowDays` before the end date (the ledger's settings,
 * as on the contracts pages); follow-ups, birthdays and hand-made reminders within the
 * list's `days` (default 7). Return visits only from their due date on.
 *
 * A snoozed occurrence is left where it was and listed under upcoming on the day it comes
 * back (when that is within `days`); a done one is gone until its next occurrence.
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

function rowsOf(ctx: Ctx, part: Part, w: Window): Row[] {
  return selectRows(ctx, part, w, ` AND ${HIDDEN(part.key)}`, { limit: w.limit })
}

/**
 * A part's counts. Hidden items (done or snoozed keys) are left out whichever way costs
 * less: when the kind has fewer states than items in range, every item is counted from the
 * index alone and the hidden ones subtracted (each state joined to its record by primary
 * key, in that order: CROSS JOIN keeps the planner from walking one owner's records instead);
 * otherwise each item probes reminder_states by its key.
 */
interface Counted {
  n: number
  before: number
  onToday: number
}

function countOf(ctx: Ctx, part: Part, w: Window): Counted {
  const params = paramsOf(part, w)
  const count = (from: string, where: string, extra: Record<string, unknown> = {}) =>
    stmt(
      ctx,
      `SELECT COUNT(*) AS n, COALESCE(SUM(${part.before}), 0) AS before,
         COALESCE(SUM(${part.onToday}), 0) AS onToday FROM ${from} WHERE ${where}`,
    ).get({ ...params, ...extra }) as Counted
  const all = count(part.countFrom, whereOf(part, w.ownerId))
  if (all.n === 0) return all
  const prefix = /^'([^']+)'/.exec(part.key)![1]!
  const range = { prefix, prefixEnd: `${prefix.slice(0, -1)};` }
  const states = stmt(
    ctx,
    'SELECT COUNT(*) FROM reminder_states WHERE key > @prefix AND key < @prefixEnd',
  )
    .pluck()
    .get(range) as number
  if (states === 0) return all
  if (states >= all.n)
    return count(part.countFrom, `${whereOf(part, w.ownerId)} AND ${HIDDEN(part.key)}`)
  const hidden = count(
    `reminder_states s CROSS JOIN ${part.countFrom.replace(/ INDEXED BY \w+/, '')}`,
    `s.key > @prefix AND s.key < @prefixEnd
       AND (s.done_at IS NOT NULL OR s.snoozed_until > @today)
       AND ${part.id} = CAST(substr(s.key, ${prefix.length + 1}) AS INTEGER) AND s.key = ${part.key}
       AND ${whereOf(part, w.ownerId)}`,
    range,
  )
  return {
    n: all.n - hidden.n,
    before: all.before - hidden.before,
    onToday: all.onToday - hidden.onToday,
  }
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

const byDate = (a: ReminderItem, b: ReminderItem): number => {
  const da = a.snoozedUntil ?? a.date
  const db = b.snoozedUntil ?? b.date
  if (da !== db) return da < db ? -1 : 1
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
  if ((a.at ?? 0) !== (b.at ?? 0)) return (a.at ?? 0) - (b.at ?? 0)
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

/** Each kind's whole horizon, counted at once (overdue, today and upcoming by its date). */
function countParts(w: Window, onlyDue: boolean): Part[] {
  return w.kinds.flatMap((kind) => {
    const range = w.horizons[kind]
    const hi = onlyDue && range.hi > w.today ? w.today : range.hi
    return partsOf(kind, { lo: range.lo, hi }, w.ownerId, localStartMs)
  })
}

function partsFor(w: Window, which: 'due' | 'upcoming'): Part[] {
  return w.kinds.flatMap((kind) => {
    const range = split(w.horizons[kind], w.today)[which]
    return range ? partsOf(kind, range, w.ownerId, localStartMs) : []
  })
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
      for (const row of selectRows(
        ctx,
        // By primary key: an index forced for one owner's date walk would read every row.
        { ...part, from: part.from.replace(/ INDEXED BY \w+/, '') },
        w,
        ` AND ${part.id} IN (SELECT value FROM json_each(@ids))`,
        { ids: JSON.stringify(group.ids), limit: group.ids.length },
      )) {
        const until = group.until.get(row.key)
        if (until) items.push({ ...toItem(row, part.kind, w.today), snoozedUntil: until })
      }
  return items
}

export function listReminders(ctx: Ctx, input: ListInput | null | undefined): ReminderList {
  const w = windowOf(ctx, input ?? {})
  const counts = { today: 0, overdue: 0, upcoming: 0 }
  for (const part of countParts(w, false)) {
    const c = countOf(ctx, part, w)
    counts.overdue += c.before
    counts.today += c.onToday
    counts.upcoming += c.n - c.before - c.onToday
  }
  const due = partsFor(w, 'due').flatMap((part) =>
    rowsOf(ctx, part, w).map((r) => toItem(r, part.kind, w.today)),
  )
  const upcoming = partsFor(w, 'upcoming').flatMap((part) =>
    rowsOf(ctx, part, w).map((r) => toItem(r, part.kind, w.today)),
  )
  const back = snoozed(ctx, w)
  counts.upcoming += back.length
  upcoming.push(...back)
  return {
    asOf: w.today,
    today: due.sort(byDate).slice(0, w.limit),
    upcoming: upcoming.sort(byDate).slice(0, w.limit),
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
  for (const part of countParts(w, true)) {
    const c = countOf(ctx, part, w)
    counts.overdue += c.before
    counts.today += c.onToday
  }
  return counts
}
