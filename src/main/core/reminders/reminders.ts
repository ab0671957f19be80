import type { z } from 'zod'
import type {
  Reminder,
  reminderCreateInput,
  reminderForInput,
  reminderUpdateInput,
} from '../../../shared/api/reminders'
import { today as todayOf } from '../clock'
import type { Ctx } from '../context'
import { AppError, invalidField, notFound } from '../errors'
import { diff, recordAudit } from '../db/audit'
import { parseReminderKey, type ParsedKey } from './keys'
import { stmt } from '../db/sql'

/**
 * Hand-made reminders (提醒) and the done / snooze state of every reminder occurrence by
 * its key (src/shared/api/reminders.ts). A hand-made reminder's done is its own done_at
 * (reminders.for lists it); every other kind's done, and every snooze, is a row of
 * reminder_states. Refusals change nothing: each write is one transaction that checks
 * first.
 */
type CreateInput = z.output<typeof reminderCreateInput>
type UpdateInput = z.output<typeof reminderUpdateInput>
type ForInput = z.output<typeof reminderForInput>

const COLUMNS = `m.id, m.title, m.notes, m.at, c.id AS customerId, c.name AS customerName,
  m.deal_id AS dealId, d.title AS dealTitle, m.contract_id AS contractId, k.number AS contractNumber,
  m.done_at AS doneAt, m.created_at AS createdAt, m.updated_at AS updatedAt, m.deleted_at AS deletedAt`
const FROM = `reminders m LEFT JOIN customers c ON c.id = m.customer_id
  LEFT JOIN deals d ON d.id = m.deal_id LEFT JOIN contracts k ON k.id = m.contract_id`

function findReminder(ctx: Ctx, id: number): Reminder | undefined {
  return stmt(ctx, `SELECT ${COLUMNS} FROM ${FROM} WHERE m.id = ?`).get(id) as Reminder | undefined
}

export function getReminder(ctx: Ctx, id: number): Reminder {
  const found = findReminder(ctx, id)
  if (!found) throw notFound('reminder', id)
  return found
}

/**
 * The start of the current minute: a reminder set for "now" in a form that shows minutes is
 * not in the past; one a minute earlier is.
 */
function assertNotPast(ctx: Ctx, at: number): void {
  const minute = Math.floor(ctx.clock.now() / 60_000) * 60_000
  if (at < minute)
    throw invalidField(
      'at',
      'errors.reminderInPast',
      'The reminder is set for a time in the past',
      {
        at,
      },
    )
}

interface Links {
  customerId: number | null
  dealId: number | null
  contractId: number | null
}

/** At most one record, and a live one (what it hangs on when the reminder is made or moved). */
function assertLinks(ctx: Ctx, links: Links, before?: Links): void {
  const given = (['customerId', 'dealId', 'contractId'] as const).filter((f) => links[f] !== null)
  if (given.length > 1)
    throw invalidField(
      given[1]!,
      'errors.reminderOneLink',
      'A reminder hangs on one customer, deal or contract at most',
    )
  const field = given[0]
  if (!field || (before && before[field] === links[field])) return
  const table = { customerId: 'customers', dealId: 'deals', contractId: 'contracts' }[field]
  const live = stmt(ctx, `SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`)
    .pluck()
    .get(links[field])
  if (live === undefined)
    throw invalidField(field, 'errors.reminderLinkUnknown', `No ${table} with id ${links[field]}`, {
      id: links[field]!,
    })
}

const blank = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value === '' ? null : value

function snapshot(r: Pick<Reminder, 'title' | 'notes' | 'at'> & Links): Record<string, unknown> {
  return {
    title: r.title,
    notes: r.notes,
    at: r.at,
    customerId: r.customerId,
    dealId: r.dealId,
    contractId: r.contractId,
  }
}

export function createReminder(ctx: Ctx, input: CreateInput): Reminder {
  const id = ctx.sqlite.transaction(() => {
    const links = {
      customerId: input.customerId ?? null,
      dealId: input.dealId ?? null,
      contractId: input.contractId ?? null,
    }
    assertNotPast(ctx, input.at)
    assertLinks(ctx, links)
    const now = ctx.clock.now()
    const row = {
      title: input.title,
      notes: blank(input.notes),
      at: input.at,
      ...links,
    }
    const rowId = Number(
      stmt(
        ctx,
        `INSERT INTO reminders (title, notes, at, customer_id, deal_id, contract_id, created_at, updated_at)
         VALUES (@title, @notes, @at, @customerId, @dealId, @contractId, @now, @now)`,
      ).run({ ...row, now }).lastInsertRowid,
    )
    const changes = diff({}, snapshot(row))
    for (const change of Object.values(changes)) delete change.before
    recordAudit(ctx, { entity: 'reminder', entityId: rowId, action: 'create', changes })
    return rowId
  })()
  return getReminder(ctx, id)
}

function requireLive(ctx: Ctx, id: number): Reminder {
  const found = getReminder(ctx, id)
  if (found.deletedAt !== null)
    throw new AppError('CONFLICT', 'errors.reminderDeleted', `${found.title} is deleted`, {
      name: found.title,
    })
  return found
}

/** The stored links (not the customer read through a deal or contract). */
function storedLinks(ctx: Ctx, id: number): Links {
  return stmt(
    ctx,
    'SELECT customer_id AS customerId, deal_id AS dealId, contract_id AS contractId FROM reminders WHERE id = ?',
  ).get(id) as Links
}

export function updateReminder(ctx: Ctx, input: UpdateInput): Reminder {
  ctx.sqlite.transaction(() => {
    const before = requireLive(ctx, input.id)
    const beforeLinks = storedLinks(ctx, input.id)
    const pick = (field: keyof Links): number | null =>
      input[field] === undefined ? beforeLinks[field] : (input[field] ?? null)
    const next = {
      title: input.title ?? before.title,
      notes: input.notes === undefined ? before.notes : blank(input.notes),
      at: input.at ?? before.at,
      customerId: pick('customerId'),
      dealId: pick('dealId'),
      contractId: pick('contractId'),
    }
    const moved = next.at !== before.at
    if (moved) assertNotPast(ctx, next.at)
    assertLinks(ctx, next, beforeLinks)
    const changes = diff(snapshot({ ...before, ...beforeLinks }), snapshot(next))
    if (Object.keys(changes).length === 0) return
    // Moved: it notifies again at its new time, and an earlier snooze no longer applies.
    stmt(
      ctx,
      `UPDATE reminders SET title = @title, notes = @notes, at = @at, customer_id = @customerId,
         deal_id = @dealId, contract_id = @contractId, updated_at = @now,
         notified_at = CASE WHEN @moved THEN NULL ELSE notified_at END WHERE id = @id`,
    ).run({ ...next, id: input.id, now: ctx.clock.now(), moved: moved ? 1 : 0 })
    if (moved) stmt(ctx, 'DELETE FROM reminder_states WHERE key = ?').run(`manual:${input.id}`)
    recordAudit(ctx, { entity: 'reminder', entityId: input.id, action: 'update', changes })
  })()
  return getReminder(ctx, input.id)
}

export function deleteReminder(ctx: Ctx, id: number): null {
  ctx.sqlite.transaction(() => {
    const found = getReminder(ctx, id)
    if (found.deletedAt !== null)
      throw new AppError('CONFLICT', 'errors.alreadyDeleted', `${found.title} is already deleted`, {
        name: found.title,
      })
    stmt(ctx, 'UPDATE reminders SET deleted_at = ? WHERE id = ?').run(ctx.clock.now(), id)
    recordAudit(ctx, { entity: 'reminder', entityId: id, action: 'delete' })
  })()
  return null
}

export function restoreReminder(ctx: Ctx, id: number): Reminder {
  ctx.sqlite.transaction(() => {
    const found = getReminder(ctx, id)
    if (found.deletedAt === null)
      throw new AppError('CONFLICT', 'errors.notDeleted', `${found.title} is not deleted`, {
        name: found.title,
      })
    stmt(ctx, 'UPDATE reminders SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(
      ctx.clock.now(),
      id,
    )
    recordAudit(ctx, { entity: 'reminder', entityId: id, action: 'restore' })
  })()
  return getReminder(ctx, id)
}

/** Live hand-made reminders of one record, by time (open ones only unless includeDone). */
export function remindersFor(ctx: Ctx, input: ForInput): Reminder[] {
  const given = (['customerId', 'dealId', 'contractId'] as const).filter(
    (f) => input[f] !== undefined,
  )
  if (given.length !== 1)
    throw invalidField(
      given[1] ?? 'customerId',
      'errors.reminderForOne',
      'Name exactly one customer, deal or contract',
    )
  const field = given[0]!
  const column = { customerId: 'm.customer_id', dealId: 'm.deal_id', contractId: 'm.contract_id' }[
    field
  ]
  return stmt(
    ctx,
    `SELECT ${COLUMNS} FROM ${FROM} WHERE ${column} = @id AND m.deleted_at IS NULL
       AND (@all OR m.done_at IS NULL)
     ORDER BY m.done_at IS NOT NULL, m.at, m.id`,
  ).all({ id: input[field], all: input.includeDone ? 1 : 0 }) as Reminder[]
}

/** The record a key names must exist (a key of nothing is NOT_FOUND, and nothing is stored). */
function assertKeyTarget(ctx: Ctx, parsed: ParsedKey): void {
  const table =
    parsed.kind === 'followUp'
      ? 'customers'
      : parsed.kind === 'instalment'
        ? 'instalments'
        : parsed.kind === 'renewal'
          ? 'contracts'
          : parsed.kind === 'birthday'
            ? parsed.of === 'customer'
              ? 'customers'
              : 'contacts'
            : parsed.kind === 'returnVisit'
              ? 'return_visits'
              : 'reminders'
  if (stmt(ctx, `SELECT 1 FROM ${table} WHERE id = ?`).pluck().get(parsed.id) === undefined)
    throw notFound(parsed.kind, parsed.id)
}

function writeState(
  ctx: Ctx,
  key: string,
  state: { doneAt: number | null; snoozedUntil: string | null },
): void {
  stmt(
    ctx,
    `INSERT INTO reminder_states (key, done_at, snoozed_until, updated_at)
     VALUES (@key, @doneAt, @snoozedUntil, @now)
     ON CONFLICT (key) DO UPDATE SET done_at = excluded.done_at,
       snoozed_until = excluded.snoozed_until, updated_at = excluded.updated_at`,
  ).run({ key, ...state, now: ctx.clock.now() })
}

export function markDone(ctx: Ctx, key: string): null {
  const parsed = parseReminderKey(key)
  ctx.sqlite.transaction(() => {
    assertKeyTarget(ctx, parsed)
    const now = ctx.clock.now()
    if (parsed.kind === 'manual') {
      requireLive(ctx, parsed.id)
      stmt(
        ctx,
        'UPDATE reminders SET done_at = COALESCE(done_at, @now), updated_at = @now WHERE id = @id',
      ).run({ id: parsed.id, now })
      stmt(ctx, 'DELETE FROM reminder_states WHERE key = ?').run(key)
      recordAudit(ctx, { entity: 'reminder', entityId: parsed.id, action: 'done' })
    } else writeState(ctx, key, { doneAt: now, snoozedUntil: null })
  })()
  return null
}

/** Not done and not snoozed any more: back where its date puts it. */
export function undoReminder(ctx: Ctx, key: string): null {
  const parsed = parseReminderKey(key)
  ctx.sqlite.transaction(() => {
    assertKeyTarget(ctx, parsed)
    if (parsed.kind === 'manual') {
      requireLive(ctx, parsed.id)
      const changed = stmt(
        ctx,
        'UPDATE reminders SET done_at = NULL, updated_at = @now WHERE id = @id AND done_at IS NOT NULL',
      ).run({ id: parsed.id, now: ctx.clock.now() }).changes
      if (changed > 0) recordAudit(ctx, { entity: 'reminder', entityId: parsed.id, action: 'undo' })
    }
    stmt(ctx, 'DELETE FROM reminder_states WHERE key = ?').run(key)
  })()
  return null
}

/** Hidden until `until` (after today), shown again on it; snoozing a done one reopens it. */
export function snoozeReminder(ctx: Ctx, key: string, until: string): null {
  const parsed = parseReminderKey(key)
  const today = todayOf(ctx.clock)
  if (until <= today)
    throw invalidField('until', 'errors.snoozeNotAfterToday', `Snooze until a day after ${today}`, {
      today,
    })
  ctx.sqlite.transaction(() => {
    assertKeyTarget(ctx, parsed)
    if (parsed.kind === 'manual') {
      requireLive(ctx, parsed.id)
      stmt(ctx, 'UPDATE reminders SET done_at = NULL WHERE id = ?').run(parsed.id)
    }
    writeState(ctx, key, { doneAt: null, snoozedUntil: until })
  })()
  return null
}
