import type { z } from 'zod'
import type {
  Ticket,
  TicketStatus,
  ticketCloseInput,
  ticketCreateInput,
  ticketUpdateInput,
} from '../../../shared/api/aftersales'
import { localDate } from '../../../shared/dates'
import { today } from '../clock'
import type { Ctx } from '../context'
import { AppError, invalidField } from '../errors'
import { diff, recordAudit } from '../db/audit'
import { requireLiveCustomer } from '../customers'
import { assertOwnerExists } from '../app'
import { stmt } from '../db/sql'
import { assertBelongs, assertCustomerKnown, getTicket } from './rows'
import { scheduleTicketVisit } from './visits'

/**
 * After-sales tickets (售后工单): numbers SH-YYYY-NNNN, the moves new → inProgress → resolved
 * (tickets.update) → closed (tickets.close, with the customer's satisfaction) and back
 * (tickets.reopen), soft delete and the list. Every refusal is thrown before the first write
 * of its transaction, so a refused call changes nothing.
 */

type CreateInput = z.output<typeof ticketCreateInput>
type UpdateInput = z.output<typeof ticketUpdateInput>
type CloseInput = z.output<typeof ticketCloseInput>

/** The moves tickets.update makes (a status to itself is no move). Closing is tickets.close. */
const MOVES: Record<Exclude<TicketStatus, 'closed'>, readonly TicketStatus[]> = {
  new: ['inProgress', 'resolved'],
  inProgress: ['resolved'],
  resolved: ['inProgress'],
}

/** The next free SH-YYYY-NNNN of the year. */
function nextTicketNumber(ctx: Ctx, year: string): string {
  const prefix = `SH-${year}-`
  const max = stmt(
    ctx,
    `SELECT MAX(CAST(substr(number, 9) AS INTEGER)) FROM tickets
     WHERE number >= ? AND number < ? AND number GLOB ?`,
  )
    .pluck()
    .get(prefix, `SH-${year}.`, `${prefix}[0-9]*`) as number | null
  return `${prefix}${String((max ?? 0) + 1).padStart(4, '0')}`
}

const blank = (value: string | null | undefined): string | null | undefined =>
  value === '' ? null : value

function snapshot(t: Ticket): Record<string, unknown> {
  return {
    kind: t.kind,
    title: t.title,
    description: t.description,
    status: t.status,
    priority: t.priority,
    ownerId: t.ownerId,
    dueDate: t.dueDate,
    contactId: t.contactId,
    contractId: t.contractId,
    resolution: t.resolution,
    satisfaction: t.satisfaction,
    closedDate: t.closedDate,
  }
}

function requireLiveTicket(ctx: Ctx, id: number): Ticket {
  const found = getTicket(ctx, id)
  if (found.deletedAt !== null)
    throw new AppError(
      'CONFLICT',
      'errors.ticketDeleted',
      `Ticket ${found.number} is deleted; restore it first`,
      { number: found.number },
    )
  return found
}

export function createTicket(ctx: Ctx, input: CreateInput): Ticket {
  const id = ctx.sqlite.transaction(() => {
    assertCustomerKnown(ctx, input.customerId)
    const customer = requireLiveCustomer(ctx, input.customerId)
    assertOwnerExists(ctx, input.ownerId)
    assertBelongs(ctx, 'contacts', input.contactId, input.customerId)
    assertBelongs(ctx, 'contracts', input.contractId, input.customerId)
    const now = ctx.clock.now()
    const rowId = Number(
      stmt(
        ctx,
        `INSERT INTO tickets (number, customer_id, contact_id, contract_id, kind, title,
           description, priority, owner_id, due_date, created_at, updated_at)
         VALUES (@number, @customerId, @contactId, @contractId, @kind, @title, @description,
           @priority, @ownerId, @dueDate, @now, @now)`,
      ).run({
        number: nextTicketNumber(ctx, today(ctx.clock).slice(0, 4)),
        customerId: input.customerId,
        contactId: input.contactId ?? null,
        contractId: input.contractId ?? null,
        kind: input.kind,
        title: input.title,
        description: blank(input.description) ?? null,
        priority: input.priority ?? 'normal',
        // A ticket without an owner named goes to the customer's.
        ownerId: input.ownerId === undefined ? customer.ownerId : input.ownerId,
        dueDate: blank(input.dueDate) ?? null,
        now,
      }).lastInsertRowid,
    )
    const created = getTicket(ctx, rowId)
    const changes = diff({}, { number: created.number, ...snapshot(created) })
    for (const change of Object.values(changes)) delete change.before
    recordAudit(ctx, { entity: 'ticket', entityId: rowId, action: 'create', changes })
    return rowId
  })()
  return getTicket(ctx, id)
}

function assertMove(from: TicketStatus, to: TicketStatus): void {
  if (from === to) return
  if (from === 'closed')
    throw invalidField('status', 'errors.ticketClosedReopenFirst', 'The ticket is closed', {})
  if (!MOVES[from].includes(to))
    throw invalidField(
      'status',
      'errors.ticketBadMove',
      `A ticket cannot move from ${from} to ${to}`,
      {
        from,
        to,
      },
    )
}

export function updateTicket(ctx: Ctx, input: UpdateInput): Ticket {
  ctx.sqlite.transaction(() => {
    const before = requireLiveTicket(ctx, input.id)
    const status = input.status ?? before.status
    assertMove(before.status, status)
    assertOwnerExists(ctx, input.ownerId)
    assertBelongs(ctx, 'contacts', input.contactId, before.customerId)
    assertBelongs(ctx, 'contracts', input.contractId, before.customerId)
    const keep = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value)
    const now = ctx.clock.now()
    const next = {
      kind: input.kind ?? before.kind,
      title: input.title ?? before.title,
      description: keep(blank(input.description), before.description),
      status,
      priority: input.priority ?? before.priority,
      ownerId: keep(input.ownerId, before.ownerId),
      dueDate: keep(blank(input.dueDate), before.dueDate),
      contactId: keep(input.contactId, before.contactId),
      contractId: keep(input.contractId, before.contractId),
      resolution: keep(blank(input.resolution), before.resolution),
      satisfaction: before.satisfaction,
      closedDate: before.closedDate,
    }
    const changes = diff(snapshot(before), next)
    if (Object.keys(changes).length === 0) return
    const moved = status !== before.status
    stmt(
      ctx,
      `UPDATE tickets SET kind = @kind, title = @title, description = @description,
         status = @status, priority = @priority, owner_id = @ownerId, due_date = @dueDate,
         contact_id = @contactId, contract_id = @contractId, resolution = @resolution,
         first_response_at = @firstResponseAt, resolved_at = @resolvedAt, updated_at = @now
       WHERE id = @id`,
    ).run({
      ...next,
      id: before.id,
      now,
      // The first move out of `new` is the first response; the last move to resolved counts.
      firstResponseAt: before.firstResponseAt ?? (moved && before.status === 'new' ? now : null),
      resolvedAt: !moved ? before.resolvedAt : status === 'resolved' ? now : null,
    })
    delete changes.satisfaction
    delete changes.closedDate
    recordAudit(ctx, { entity: 'ticket', entityId: before.id, action: 'update', changes })
  })()
  return getTicket(ctx, input.id)
}

/** Closes a ticket with the customer's score (or none) and schedules its return visit. */
export function closeTicket(ctx: Ctx, input: CloseInput): Ticket {
  ctx.sqlite.transaction(() => {
    const before = requireLiveTicket(ctx, input.id)
    if (before.status === 'closed')
      throw invalidField('id', 'errors.ticketAlreadyClosed', `Ticket ${before.number} is closed`, {
        number: before.number,
      })
    const closedDate = input.closedDate ?? today(ctx.clock)
    const createdDate = localDate(before.createdAt)
    if (closedDate < createdDate)
      throw invalidField(
        'closedDate',
        'errors.ticketClosedBeforeCreated',
        `The close date is before the ticket was opened (${createdDate})`,
        { date: createdDate },
      )
    if (closedDate > today(ctx.clock))
      throw invalidField(
        'closedDate',
        'errors.ticketClosedInFuture',
        'The close date is in the future',
      )
    const now = ctx.clock.now()
    const resolution =
      input.resolution === undefined ? before.resolution : (blank(input.resolution) ?? null)
    stmt(
      ctx,
      `UPDATE tickets SET status = 'closed', satisfaction = @satisfaction, resolution = @resolution,
         closed_at = @now, closed_date = @closedDate, first_response_at = @firstResponseAt,
         resolved_at = @resolvedAt, updated_at = @now
       WHERE id = @id`,
    ).run({
      id: before.id,
      satisfaction: input.satisfaction,
      resolution,
      closedDate,
      now,
      firstResponseAt: before.firstResponseAt ?? now,
      // A close that skipped `resolved` is the resolution.
      resolvedAt: before.status === 'resolved' ? before.resolvedAt : now,
    })
    recordAudit(ctx, {
      entity: 'ticket',
      entityId: before.id,
      action: 'close',
      changes: diff(
        {
          status: before.status,
          satisfaction: null,
          resolution: before.resolution,
          closedDate: null,
        },
        { status: 'closed', satisfaction: input.satisfaction, resolution, closedDate },
      ),
    })
    scheduleTicketVisit(ctx, before, closedDate)
  })()
  return getTicket(ctx, input.id)
}

/** A closed ticket back to inProgress: its close, score and resolution time are undone. */
export function reopenTicket(ctx: Ctx, id: number): Ticket {
  ctx.sqlite.transaction(() => {
    const before = requireLiveTicket(ctx, id)
    if (before.status !== 'closed')
      throw invalidField('id', 'errors.ticketNotClosed', `Ticket ${before.number} is not closed`, {
        number: before.number,
      })
    stmt(
      ctx,
      `UPDATE tickets SET status = 'inProgress', satisfaction = NULL, closed_at = NULL,
         closed_date = NULL, resolved_at = NULL, updated_at = @now WHERE id = @id`,
    ).run({ id, now: ctx.clock.now() })
    recordAudit(ctx, {
      entity: 'ticket',
      entityId: id,
      action: 'reopen',
      changes: diff(
        { status: 'closed', satisfaction: before.satisfaction, closedDate: before.closedDate },
        { status: 'inProgress', satisfaction: null, closedDate: null },
      ),
    })
  })()
  return getTicket(ctx, id)
}

export function deleteTicket(ctx: Ctx, id: number): null {
  ctx.sqlite.transaction(() => {
    const found = getTicket(ctx, id)
    if (found.deletedAt !== null)
      throw new AppError(
        'CONFLICT',
        'errors.alreadyDeleted',
        `${found.number} is already deleted`,
        {
          name: found.number,
        },
      )
    stmt(ctx, 'UPDATE tickets SET deleted_at = @now, updated_at = @now WHERE id = @id').run({
      id,
      now: ctx.clock.now(),
    })
    recordAudit(ctx, { entity: 'ticket', entityId: id, action: 'delete' })
  })()
  return null
}

export function restoreTicket(ctx: Ctx, id: number): Ticket {
  ctx.sqlite.transaction(() => {
    const found = getTicket(ctx, id)
    if (found.deletedAt === null)
      throw new AppError('CONFLICT', 'errors.notDeleted', `${found.number} is not deleted`, {
        name: found.number,
      })
    requireLiveCustomer(ctx, found.customerId)
    stmt(ctx, 'UPDATE tickets SET deleted_at = NULL, updated_at = @now WHERE id = @id').run({
      id,
      now: ctx.clock.now(),
    })
    recordAudit(ctx, { entity: 'ticket', entityId: id, action: 'restore' })
  })()
  return getTicket(ctx, id)
}
