import type { z } from 'zod'
import type { ListResult } from '../../../shared/api'
import type {
  ReturnVisit,
  Ticket,
  returnVisitCompleteInput,
  returnVisitCreateInput,
  returnVisitListInput,
  returnVisitUpdateInput,
} from '../../../shared/api/aftersales'
import { addDays } from '../../../shared/dates'
import { today } from '../clock'
import type { Ctx } from '../context'
import { invalidField } from '../errors'
import { diff, recordAudit } from '../db/audit'
import { requireLiveCustomer } from '../customers'
import { assertOwnerExists } from '../app'
import { stmt } from '../db/sql'
import {
  assertBelongs,
  assertCustomerKnown,
  getVisit,
  toVisit,
  VISIT_COLUMNS,
  VISIT_JOINS,
} from './rows'
import { getSettings, readSetting, writeSetting } from '../app'

/**
 * Return visits (回访): scheduled `returnVisitDays` (settings; 0 = none) after a ticket
 * closes and after a contract becomes 已完成 — once per contract, which the partial unique
 * index return_visits_contract_completed guarantees however often the check runs — or by
 * hand; done with an outcome and optionally the customer's score 1–10.
 */

type CreateInput = z.output<typeof returnVisitCreateInput>
type UpdateInput = z.output<typeof returnVisitUpdateInput>
type CompleteInput = z.output<typeof returnVisitCompleteInput>
type ListInput = z.output<typeof returnVisitListInput>

const blank = (value: string | null | undefined): string | null | undefined =>
  value === '' ? null : value

function insertVisit(
  ctx: Ctx,
  row: {
    customerId: number
    contractId: number | null
    ticketId: number | null
    reason: ReturnVisit['reason']
    dueDate: string
    ownerId: number | null
    notes: string | null
  },
): number {
  const now = ctx.clock.now()
  const id = Number(
    stmt(
      ctx,
      `INSERT INTO return_visits (customer_id, contract_id, ticket_id, reason, due_date, owner_id,
         notes, created_at, updated_at)
       VALUES (@customerId, @contractId, @ticketId, @reason, @dueDate, @ownerId, @notes, @now, @now)`,
    ).run({ ...row, now }).lastInsertRowid,
  )
  recordAudit(ctx, {
    entity: 'returnVisit',
    entityId: id,
    action: 'create',
    changes: { reason: { after: row.reason }, dueDate: { after: row.dueDate } },
  })
  return id
}

/** Inside tickets.close: a visit `returnVisitDays` after the close, unless one is still open. */
export function scheduleTicketVisit(ctx: Ctx, ticket: Ticket, closedDate: string): void {
  const days = getSettings(ctx).returnVisitDays
  if (days <= 0) return
  const open = stmt(
    ctx,
    `SELECT 1 FROM return_visits WHERE ticket_id = ? AND reason = 'ticketClosed'
       AND done_at IS NULL AND deleted_at IS NULL`,
  )
    .pluck()
    .get(ticket.id)
  if (open !== undefined) return
  insertVisit(ctx, {
    customerId: ticket.customerId,
    contractId: ticket.contractId,
    ticketId: ticket.id,
    reason: 'ticketClosed',
    dueDate: addDays(closedDate, days),
    ownerId: ticket.ownerId,
    notes: null,
  })
}

/** A live active contract fully received whose end (else last due) date is on or before @asOf. */
const COMPLETED = `c.deleted_at IS NULL AND c.state = 'active' AND c.received_cents >= c.total_cents
  AND COALESCE(c.end_date, c.last_due_date, '') <= @asOf`

const NO_VISIT_YET = `NOT EXISTS (SELECT 1 FROM return_visits v
  WHERE v.contract_id = c.id AND v.reason = 'contractCompleted')`

function insertContractVisits(
  ctx: Ctx,
  where: string,
  params: Record<string, unknown>,
  sweep: boolean,
): void {
  const days = getSettings(ctx).returnVisitDays
  if (days <= 0) return
  const due = stmt(
    ctx,
    `SELECT c.id, c.customer_id AS customerId, COALESCE(c.owner_id, cu.owner_id) AS ownerId,
       COALESCE(c.end_date, c.last_due_date) AS ends
     FROM contracts c JOIN customers cu ON cu.id = c.customer_id
     WHERE ${COMPLETED} AND ${NO_VISIT_YET} AND ${where}`,
  ).all({ ...params, asOf: today(ctx.clock) }) as {
    id: number
    customerId: number
    ownerId: number | null
    ends: string | null
  }[]
  const asOf = today(ctx.clock)
  for (const c of due)
    insertVisit(ctx, {
      customerId: c.customerId,
      contractId: c.id,
      ticketId: null,
      reason: 'contractCompleted',
      // Completed on its end date when that passed by itself, else today (by this write).
      dueDate: addDays(sweep && c.ends !== null ? c.ends : asOf, days),
      ownerId: c.ownerId,
      notes: null,
    })
}

/**
 * Inside every ledger write that can complete a contract (a payment, activation, an edit of
 * its plan or dates): schedules the contract's return visit if it is completed now and has
 * had none. Work: one search of the contract by its key.
 */
export function noteContractCompletion(ctx: Ctx, contractId: number): void {
  insertContractVisits(ctx, 'c.id = @id', { id: contractId }, false)
}

const SWEEP_KEY = 'service.completedThrough'

/**
 * Contracts also complete by themselves when their end date passes after the last payment.
 * Once a day (the core's daily work, domain-wiring.ts) the contracts whose end date fell
 * since the last sweep are checked; a first sweep looks at today only.
 */
export function sweepCompletedContracts(ctx: Ctx): void {
  const asOf = today(ctx.clock)
  const through = readSetting<string | null>(ctx, SWEEP_KEY, null)
  if (through !== null && through >= asOf) return
  ctx.sqlite.transaction(() => {
    insertContractVisits(
      ctx,
      'COALESCE(c.end_date, c.last_due_date) > @since',
      { since: through ?? addDays(asOf, -1) },
      true,
    )
    writeSetting(ctx, SWEEP_KEY, asOf)
  })()
}

export function createReturnVisit(ctx: Ctx, input: CreateInput): ReturnVisit {
  const id = ctx.sqlite.transaction(() => {
    assertCustomerKnown(ctx, input.customerId)
    const customer = requireLiveCustomer(ctx, input.customerId)
    assertOwnerExists(ctx, input.ownerId)
    assertBelongs(ctx, 'contracts', input.contractId, input.customerId)
    if (input.ticketId != null) {
      const owner = stmt(ctx, 'SELECT customer_id FROM tickets WHERE id = ? AND deleted_at IS NULL')
        .pluck()
        .get(input.ticketId)
      if (owner !== input.customerId)
        throw invalidField(
          'ticketId',
          'errors.serviceUnknownTicket',
          `No ticket ${input.ticketId}`,
          {
            id: input.ticketId,
          },
        )
    }
    return insertVisit(ctx, {
      customerId: input.customerId,
      contractId: input.contractId ?? null,
      ticketId: input.ticketId ?? null,
      reason: 'manual',
      dueDate: input.dueDate,
      ownerId: input.ownerId === undefined ? customer.ownerId : input.ownerId,
      notes: blank(input.notes) ?? null,
    })
  })()
  return getVisit(ctx, id)
}

export function updateReturnVisit(ctx: Ctx, input: UpdateInput): ReturnVisit {
  ctx.sqlite.transaction(() => {
    const before = getVisit(ctx, input.id)
    assertOwnerExists(ctx, input.ownerId)
    const next = {
      dueDate: input.dueDate ?? before.dueDate,
      ownerId: input.ownerId === undefined ? before.ownerId : input.ownerId,
      notes: input.notes === undefined ? before.notes : (blank(input.notes) ?? null),
    }
    const changes = diff(
      { dueDate: before.dueDate, ownerId: before.ownerId, notes: before.notes },
      next,
    )
    if (Object.keys(changes).length === 0) return
    stmt(
      ctx,
      `UPDATE return_visits SET due_date = @dueDate, owner_id = @ownerId, notes = @notes,
         updated_at = @now WHERE id = @id`,
    ).run({ ...next, id: before.id, now: ctx.clock.now() })
    recordAudit(ctx, { entity: 'returnVisit', entityId: before.id, action: 'update', changes })
  })()
  return getVisit(ctx, input.id)
}

export function completeReturnVisit(ctx: Ctx, input: CompleteInput): ReturnVisit {
  ctx.sqlite.transaction(() => {
    const before = getVisit(ctx, input.id)
    if (before.doneAt !== null)
      throw invalidField('id', 'errors.returnVisitDone', 'This return visit is already done', {
        date: before.doneDate ?? '',
      })
    const doneDate = input.doneDate ?? today(ctx.clock)
    if (doneDate > today(ctx.clock))
      throw invalidField(
        'doneDate',
        'errors.returnVisitInFuture',
        'The visit date is in the future',
      )
    const satisfaction = input.satisfaction ?? null
    stmt(
      ctx,
      `UPDATE return_visits SET done_at = @now, done_date = @doneDate, outcome = @outcome,
         satisfaction = @satisfaction, updated_at = @now WHERE id = @id`,
    ).run({ id: before.id, now: ctx.clock.now(), doneDate, outcome: input.outcome, satisfaction })
    recordAudit(ctx, {
      entity: 'returnVisit',
      entityId: before.id,
      action: 'complete',
      changes: {
        doneDate: { after: doneDate },
        outcome: { after: input.outcome },
        satisfaction: { after: satisfaction },
      },
    })
  })()
  return getVisit(ctx, input.id)
}

export function deleteReturnVisit(ctx: Ctx, id: number): null {
  ctx.sqlite.transaction(() => {
    getVisit(ctx, id)
    stmt(ctx, 'UPDATE return_visits SET deleted_at = @now, updated_at = @now WHERE id = @id').run({
      id,
      now: ctx.clock.now(),
    })
    recordAudit(ctx, { entity: 'returnVisit', entityId: id, action: 'delete' })
  })()
  return null
}

const SORT_SQL: Record<NonNullable<ListInput['sort']>['field'], string> = {
  dueDate: 'v.due_date',
  doneAt: 'v.done_at',
  createdAt: 'v.created_at',
}

/** Visits of customers in the recycle bin go with them. */
export const LIVE_VISIT = `v.deleted_at IS NULL
  AND v.customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)`

export function returnVisitListQueries(ctx: Ctx, input: ListInput) {
  const filter = input.filter ?? {}
  const params: Record<string, unknown> = { today: today(ctx.clock) }
  const conditions = [LIVE_VISIT]
  if (filter.customerId !== undefined) {
    conditions.push('v.customer_id = @customerId')
    params.customerId = filter.customerId
  }
  if (filter.ownerId !== undefined) {
    conditions.push('v.owner_id = @ownerId')
    params.ownerId = filter.ownerId
  }
  if (filter.state === 'open') conditions.push('v.done_at IS NULL')
  if (filter.state === 'done') conditions.push('v.done_at IS NOT NULL')
  if (filter.overdue === true) conditions.push('v.done_at IS NULL AND v.due_date < @today')
  if (filter.overdue === false) conditions.push('NOT (v.done_at IS NULL AND v.due_date < @today)')
  if (input.q) {
    conditions.push(`v.customer_id IN (SELECT id FROM customers WHERE name LIKE @q ESCAPE '\\')`)
    params.q = `%${input.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`
  }
  const where = conditions.join(' AND ')
  // Open visits soonest first; done ones latest first.
  const sort =
    input.sort ??
    (filter.state === 'done' ? { field: 'doneAt', dir: 'desc' } : { field: 'dueDate', dir: 'asc' })
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC'
  const pageSize = input.pageSize ?? 50
  return {
    page: `SELECT ${VISIT_COLUMNS} FROM return_visits v ${VISIT_JOINS} WHERE ${where}
      ORDER BY ${SORT_SQL[sort.field]} ${dir}, v.id ${dir}
      LIMIT @limit OFFSET @offset`,
    count: `SELECT COUNT(*) FROM return_visits v WHERE ${where}`,
    params: { ...params, limit: pageSize, offset: ((input.page ?? 1) - 1) * pageSize },
    countParams: params,
  }
}

export function listReturnVisits(ctx: Ctx, input: ListInput): ListResult<ReturnVisit> {
  if (input.filter?.customerId !== undefined) assertCustomerKnown(ctx, input.filter.customerId)
  const q = returnVisitListQueries(ctx, input)
  const rows = stmt(ctx, q.page).all(q.params) as Parameters<typeof toVisit>[0][]
  const total = stmt(ctx, q.count).pluck().get(q.countParams) as number
  return { rows: rows.map(toVisit), total }
}
