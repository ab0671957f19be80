import type { z } from 'zod'
import type { ListResult } from '../../../shared/api'
import type {
  Ticket,
  TicketStatus,
  ticketCloseInput,
  ticketCreateInput,
  ticketListInput,
  ticketUpdateInput,
} from '../../../shared/api/service'
import { localDate } from '../../../shared/dates'
import { addDays } from '../../../shared/ledger-rules'
import { today } from '../clock'
import type { Ctx } from '../context'
import { AppError, invalidField } from '../errors'
import { diff, recordAudit } from './audit'
import { likePattern } from './contract-list'
import { toQuery } from './deal-rows'
import { searchCondition } from './search'
import { requireLiveCustomer } from './customer-rows'
import { assertOwnerExists } from './owners'
import { localStartMs, stmt } from './reports-common'
import {
  assertBelongs,
  assertCustomerKnown,
  getTicket,
  TICKET_COLUMNS,
  TICKET_JOINS,
  toTicket,
} from './service-rows'
import { scheduleTicketVisit } from './service-visits'

/**
 * After-sales tickets (售后工单): numbers SH-YYYY-NNNN, the moves new → inProgress → resolved
 * (tickets.update) → closed (tickets.close, with the customer's satisfaction) and back
 * (tickets.reopen), soft delete and the list. Every refusal is thrown before the first write
 * of its transaction, so a refused call changes nothing.
 */

type CreateInput = z.output<typeof ticketCreateInput>
type UpdateInput = z.output<typeof ticketUpdateInput>
type CloseInput = z.output<typeof ticketCloseInput>
type ListInput = z.output<typeof ticketListInput>

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

/**
 * Tickets of a customer in the recycle bin go with it (back on restore), as deals do. The
 * binned customers are read once from customers_deleted (a few rows), not looked up per ticket.
 */
export const BINNED_CUSTOMERS = 'SELECT id FROM customers WHERE deleted_at IS NOT NULL'
export const LIVE_TICKET_CUSTOMER = `t.customer_id NOT IN (${BINNED_CUSTOMERS})`

const RANK = {
  priority: "CASE t.priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 ELSE 3 END",
  status:
    "CASE t.status WHEN 'new' THEN 0 WHEN 'inProgress' THEN 1 WHEN 'resolved' THEN 2 ELSE 3 END",
}

const SORT_SQL: Record<NonNullable<ListInput['sort']>['field'], string> = {
  createdAt: 't.created_at',
  updatedAt: 't.updated_at',
  dueDate: 't.due_date',
  priority: RANK.priority,
  status: RANK.status,
  closedAt: 't.closed_at',
}

/** `column IN (@p0, @p1, …)` with its parameters. */
function inList(
  column: string,
  name: string,
  values: readonly string[],
  params: Record<string, unknown>,
): string {
  const names = values.map((value, i) => {
    params[`${name}${i}`] = value
    return `@${name}${i}`
  })
  return `${column} IN (${names.join(', ')})`
}

/** The WHERE of tickets.list on `t`, with its named parameters (today always among them). */
export function ticketListWhere(
  ctx: Ctx,
  input: ListInput,
): { where: string; params: Record<string, unknown> } {
  const filter = input.filter ?? {}
  const params: Record<string, unknown> = { today: today(ctx.clock) }
  const conditions = [filter.deleted ? 't.deleted_at IS NOT NULL' : 't.deleted_at IS NULL']
  if (!filter.deleted) conditions.push(LIVE_TICKET_CUSTOMER)
  if (filter.customerId !== undefined) {
    conditions.push('t.customer_id = @customerId')
    params.customerId = filter.customerId
  }
  if (filter.status) conditions.push(inList('t.status', 'status', filter.status, params))
  if (filter.kind) conditions.push(inList('t.kind', 'kind', filter.kind, params))
  if (filter.priority) conditions.push(inList('t.priority', 'priority', filter.priority, params))
  if (filter.ownerId !== undefined) {
    conditions.push('t.owner_id = @ownerId')
    params.ownerId = filter.ownerId
  }
  if (filter.open === true) conditions.push("t.status <> 'closed'")
  if (filter.open === false) conditions.push("t.status = 'closed'")
  const overdue = "t.status <> 'closed' AND t.due_date IS NOT NULL AND t.due_date < @today"
  if (filter.overdue === true) conditions.push(overdue)
  if (filter.overdue === false) conditions.push(`NOT (${overdue})`)
  if (filter.createdFrom) {
    conditions.push('t.created_at >= @createdFromMs')
    params.createdFromMs = localStartMs(filter.createdFrom)
  }
  if (filter.createdTo) {
    conditions.push('t.created_at < @createdToMs')
    params.createdToMs = localStartMs(addDays(filter.createdTo, 1))
  }
  if (input.q) {
    // The customer as the customer search finds it (name, contacts, phones, pinyin: FTS).
    const customers = searchCondition(input.q)
    let byCustomer = ''
    if (customers) {
      const query = toQuery(customers)
      let i = 0
      byCustomer = ` OR t.customer_id IN (${query.sql.replace(/\?/g, () => {
        params[`qs${i}`] = query.params[i]
        return `@qs${i++}`
      })})`
    }
    conditions.push(`(t.number LIKE @q ESCAPE '\\' OR t.title LIKE @q ESCAPE '\\'${byCustomer})`)
    params.q = likePattern(input.q)
  }
  return { where: conditions.join(' AND '), params }
}

/** The page's statement and the count's, with what both bind (the query-plan test reads them). */
export function ticketListQueries(ctx: Ctx, input: ListInput) {
  const { where, params } = ticketListWhere(ctx, input)
  const sort = input.sort ?? { field: 'createdAt', dir: 'desc' }
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC'
  const pageSize = input.pageSize ?? 50
  const nulls =
    sort.field === 'dueDate' || sort.field === 'closedAt' ? `${SORT_SQL[sort.field]} IS NULL, ` : ''
  return {
    page: `SELECT ${TICKET_COLUMNS} FROM tickets t ${TICKET_JOINS}
      WHERE t.id IN (SELECT t.id FROM tickets t WHERE ${where}
        ORDER BY ${nulls}${SORT_SQL[sort.field]} ${dir}, t.id ${dir} LIMIT @limit OFFSET @offset)
      ORDER BY ${nulls}${SORT_SQL[sort.field]} ${dir}, t.id ${dir}`,
    count: `SELECT COUNT(*) FROM tickets t WHERE ${where}`,
    /** A search reads its matches once: every match's id in order, the page cut from them. */
    matches: `SELECT t.id FROM tickets t WHERE ${where}
      ORDER BY ${nulls}${SORT_SQL[sort.field]} ${dir}, t.id ${dir}`,
    byIds: `SELECT ${TICKET_COLUMNS} FROM tickets t ${TICKET_JOINS}
      JOIN json_each(@ids) p ON p.value = t.id ORDER BY p.key`,
    params: { ...params, limit: pageSize, offset: ((input.page ?? 1) - 1) * pageSize },
    countParams: params,
  }
}

export function listTickets(ctx: Ctx, input: ListInput): ListResult<Ticket> {
  if (input.filter?.customerId !== undefined) assertCustomerKnown(ctx, input.filter.customerId)
  const q = ticketListQueries(ctx, input)
  if (input.q) {
    const ids = stmt(ctx, q.matches).pluck().all(q.countParams) as number[]
    const page = ids.slice(q.params.offset, q.params.offset + q.params.limit)
    const rows = stmt(ctx, q.byIds).all({
      today: q.countParams.today,
      ids: JSON.stringify(page),
    }) as Parameters<typeof toTicket>[0][]
    return { rows: rows.map(toTicket), total: ids.length }
  }
  const rows = stmt(ctx, q.page).all(q.params) as Parameters<typeof toTicket>[0][]
  const total = stmt(ctx, q.count).pluck().get(q.countParams) as number
  return { rows: rows.map(toTicket), total }
}
