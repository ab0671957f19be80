import type { Ctx } from '../context'
import { stmt } from '../db/sql'
import { LIVE_TICKET_CUSTOMER } from './ticket-list'

/**
 * The dashboard's after-sales figure: tickets not closed, and complaints among them, of the
 * owner when one is chosen (tickets_status_live, three equality ranges of its status).
 */
export function openTicketsFigure(
  ctx: Ctx,
  ownerId: number | undefined,
): { count: number; complaints: number } {
  const row = stmt(
    ctx,
    `SELECT COUNT(*) AS count, COALESCE(SUM(t.kind = 'complaint'), 0) AS complaints
     FROM tickets t
     WHERE t.status IN ('new', 'inProgress', 'resolved') AND t.deleted_at IS NULL
       AND ${LIVE_TICKET_CUSTOMER}${ownerId === undefined ? '' : ' AND t.owner_id = @ownerId'}`,
  ).get(ownerId === undefined ? {} : { ownerId }) as { count: number; complaints: number }
  return row
}
