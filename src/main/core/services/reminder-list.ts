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
export const DEFAULT_LIMIT = 200
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

function countOf(ctx: Ctx, part: Part, w: Window): { n: number; before: number } {
  return stmt(
    ctx,
    `SELECT COUNT(*) AS n, COALESCE(SUM(${part.before}), 0) AS before
     FROM ${part.countFrom} WHERE ${whereOf(part, w.ownerId)} AND ${HIDDEN(part.key)}`,
  ).get(paramsOf(part, w)) as { n: number; before: number }
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

function partsFor(w: Window, which: 'due' | 'upcoming'): Part[] {
  return w.kinds.flatMap((kind) => {
    const range = split(w.horizons[kind], w.today)[which]
    return range ? partsOf(kind, range, w.ownerId, localStartMs) : []
  })
}

/** One snoozed occurrence, if it still stands (e.g. the follow-up date is still that date). */
function resolveKey(ctx: Ctx, key: string, w: Window): ReminderItem | null {
  let parsed
  try {
    parsed = parseReminderKey(key)
  } catch {
    return null
  }
  if (!w.kinds.includes(parsed.kind)) return null
  const parts =
    parsed.kind === 'birthday'
      ? birthdayPartForYear(parsed.of, parsed.year).filter((p) =>
          p.key.startsWith(`'birthday:${parsed.of}:`),
        )
      : partsOf(parsed.kind, null, w.ownerId, localStartMs)
  for (const part of parts) {
    const [row] = selectRows(ctx, part, w, ` AND ${part.key} = @key`, { key, limit: 1 })
    if (row) return toItem(row, part.kind, w.today)
  }
  return null
}

/** Snoozed occurrences coming back after today and by the end of the list's window. */
function snoozed(ctx: Ctx, w: Window): ReminderItem[] {
  const states = stmt(
    ctx,
    `SELECT key, snoozed_until AS until FROM reminder_states
     WHERE done_at IS NULL AND snoozed_until > @today AND snoozed_until <= @end`,
  ).all({ today: w.today, end: w.end }) as { key: string; until: string }[]
  const items: ReminderItem[] = []
  for (const state of states) {
    const item = resolveKey(ctx, state.key, w)
    if (item) items.push({ ...item, snoozedUntil: state.until })
  }
  return items
}

export function listReminders(ctx: Ctx, input: ListInput | null | undefined): ReminderList {
  const w = windowOf(ctx, input ?? {})
  const counts = { today: 0, overdue: 0, upcoming: 0 }
  const due: ReminderItem[] = []
  for (const part of partsFor(w, 'due')) {
    const c = countOf(ctx, part, w)
    counts.overdue += c.before
    counts.today += c.n - c.before
    if (c.n > 0) due.push(...rowsOf(ctx, part, w).map((r) => toItem(r, part.kind, w.today)))
  }
  const upcoming: ReminderItem[] = []
  for (const part of partsFor(w, 'upcoming')) {
    const c = countOf(ctx, part, w)
    counts.upcoming += c.n
    if (c.n > 0) upcoming.push(...rowsOf(ctx, part, w).map((r) => toItem(r, part.kind, w.today)))
  }
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
  for (const part of partsFor(w, 'due')) {
    const c = countOf(ctx, part, w)
    counts.overdue += c.before
    counts.today += c.n - c.before
  }
  return counts
}
