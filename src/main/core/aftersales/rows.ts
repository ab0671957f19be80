import type { ReturnVisit, Ticket } from '../../../shared/api/aftersales'
import { today } from '../clock'
import type { Ctx } from '../context'
import { invalidField, notFound } from '../errors'
import { stmt } from '../db/sql'

/**
 * Reading tickets and return visits (售后工单 / 回访) with the names they show: customer,
 * contact, contract and owner by one LEFT JOIN each on their keys; `overdue` as of today.
 */

export const TICKET_COLUMNS = `t.id, t.number, t.customer_id AS customerId, cu.name AS customerName,
  t.contact_id AS contactId, co.name AS contactName, t.contract_id AS contractId,
  ct.number AS contractNumber, t.kind, t.title, t.description, t.status, t.priority,
  t.owner_id AS ownerId, o.name AS ownerName, t.due_date AS dueDate,
  (t.status <> 'closed' AND t.due_date IS NOT NULL AND t.due_date < @today) AS overdue,
  t.resolution, t.satisfaction, t.first_response_at AS firstResponseAt,
  t.resolved_at AS resolvedAt, t.closed_at AS closedAt, t.closed_date AS closedDate,
  t.created_at AS createdAt, t.updated_at AS updatedAt, t.deleted_at AS deletedAt`

export const TICKET_JOINS = `JOIN customers cu ON cu.id = t.customer_id
  LEFT JOIN contacts co ON co.id = t.contact_id
  LEFT JOIN contracts ct ON ct.id = t.contract_id
  LEFT JOIN owners o ON o.id = t.owner_id`

export const VISIT_COLUMNS = `v.id, v.customer_id AS customerId, cu.name AS customerName,
  v.contract_id AS contractId, ct.number AS contractNumber, v.ticket_id AS ticketId,
  tk.number AS ticketNumber, v.reason, v.due_date AS dueDate, v.owner_id AS ownerId,
  o.name AS ownerName, v.notes, v.done_at AS doneAt, v.done_date AS doneDate, v.outcome,
  v.satisfaction, (v.done_at IS NULL AND v.due_date < @today) AS overdue,
  v.created_at AS createdAt, v.updated_at AS updatedAt`

export const VISIT_JOINS = `JOIN customers cu ON cu.id = v.customer_id
  LEFT JOIN contracts ct ON ct.id = v.contract_id
  LEFT JOIN tickets tk ON tk.id = v.ticket_id
  LEFT JOIN owners o ON o.id = v.owner_id`

type Flagged<T> = Omit<T, 'overdue'> & { overdue: number }

export const toTicket = (row: Flagged<Ticket>): Ticket => ({ ...row, overdue: row.overdue === 1 })
export const toVisit = (row: Flagged<ReturnVisit>): ReturnVisit => ({
  ...row,
  overdue: row.overdue === 1,
})

export function findTicket(ctx: Ctx, id: number): Ticket | undefined {
  const row = stmt(
    ctx,
    `SELECT ${TICKET_COLUMNS} FROM tickets t ${TICKET_JOINS} WHERE t.id = @id`,
  ).get({ id, today: today(ctx.clock) }) as Flagged<Ticket> | undefined
  return row && toTicket(row)
}

export function getTicket(ctx: Ctx, id: number): Ticket {
  const found = findTicket(ctx, id)
  if (!found) throw notFound('ticket', id)
  return found
}

/** A return visit that is not deleted. */
export function getVisit(ctx: Ctx, id: number): ReturnVisit {
  const row = stmt(
    ctx,
    `SELECT ${VISIT_COLUMNS} FROM return_visits v ${VISIT_JOINS}
     WHERE v.id = @id AND v.deleted_at IS NULL`,
  ).get({ id, today: today(ctx.clock) }) as Flagged<ReturnVisit> | undefined
  if (!row) throw notFound('returnVisit', id)
  return toVisit(row)
}

/** A customer a ticket or visit may name: one that exists (VALIDATION on `customerId`). */
export function assertCustomerKnown(ctx: Ctx, customerId: number): void {
  if (stmt(ctx, 'SELECT 1 FROM customers WHERE id = ?').pluck().get(customerId) === undefined)
    throw invalidField('customerId', 'errors.serviceUnknownCustomer', `No customer ${customerId}`, {
      id: customerId,
    })
}

/** A contact or contract named on a ticket or visit belongs to its customer. */
export function assertBelongs(
  ctx: Ctx,
  table: 'contacts' | 'contracts',
  id: number | null | undefined,
  customerId: number,
): void {
  if (id == null) return
  const owner = stmt(ctx, `SELECT customer_id FROM ${table} WHERE id = ?`).pluck().get(id) as
    number | undefined
  if (owner !== customerId) {
    const path = table === 'contacts' ? 'contactId' : 'contractId'
    throw invalidField(
      path,
      table === 'contacts' ? 'errors.serviceUnknownContact' : 'errors.serviceUnknownContract',
      `No ${path} ${id} of customer ${customerId}`,
      { id },
    )
  }
}
