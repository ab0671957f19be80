import type { aftersalesMethods } from '../../../shared/api/aftersales'
import type { CoreDeps, HandlersOf } from '../deps'
import {
  closeTicket,
  createTicket,
  deleteTicket,
  reopenTicket,
  restoreTicket,
  updateTicket,
} from './tickets'
import { listTickets } from './ticket-list'
import { serviceReport } from './report'
import { getTicket } from './rows'
import {
  completeReturnVisit,
  createReturnVisit,
  deleteReturnVisit,
  listReturnVisits,
  updateReturnVisit,
} from './visits'

export function aftersalesHandlers(deps: CoreDeps): HandlersOf<typeof aftersalesMethods> {
  const { ctx } = deps
  return {
    'tickets.create': (input) => createTicket(ctx, input),
    'tickets.get': (input) => getTicket(ctx, input.id),
    'tickets.update': (input) => updateTicket(ctx, input),
    'tickets.close': (input) => closeTicket(ctx, input),
    'tickets.reopen': (input) => reopenTicket(ctx, input.id),
    'tickets.delete': (input) => deleteTicket(ctx, input.id),
    'tickets.restore': (input) => restoreTicket(ctx, input.id),
    'tickets.list': (input) => listTickets(ctx, input),
    'returnVisits.create': (input) => createReturnVisit(ctx, input),
    'returnVisits.update': (input) => updateReturnVisit(ctx, input),
    'returnVisits.complete': (input) => completeReturnVisit(ctx, input),
    'returnVisits.delete': (input) => deleteReturnVisit(ctx, input.id),
    'returnVisits.list': (input) => listReturnVisits(ctx, input),
    'reports.service': (input) => serviceReport(ctx, input),
  }
}
