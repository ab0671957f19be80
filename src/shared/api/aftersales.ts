import { z } from 'zod'
import { calendarDate, id, listInput, optionalDate, optionalText, type ListResult } from './common'
import { method, TOUCHES } from './method'
import { reportRangeInput } from './reports'

/**
 * After-sales and feedback (售后与反馈): tickets per customer and return visits (回访).
 *
 * A ticket moves new → inProgress → resolved → closed (tickets.update for the first three,
 * tickets.close for the last, where the customer's satisfaction 1–10 is asked; a closed
 * ticket can be reopened to inProgress). First response = the first move out of `new`;
 * resolution = the last move to `resolved` (or the close when it skipped it). Closing a
 * ticket schedules a return visit `returnVisitDays` later (settings; 0 = none); so does a
 * contract becoming 已完成 (once per contract).
 */
export const TICKET_KINDS = ['inquiry', 'complaint', 'repair', 'suggestion'] as const
export type TicketKind = (typeof TICKET_KINDS)[number]
export const TICKET_STATUSES = ['new', 'inProgress', 'resolved', 'closed'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const
export type TicketPriority = (typeof TICKET_PRIORITIES)[number]
export const RETURN_VISIT_REASONS = ['contractCompleted', 'ticketClosed', 'manual'] as const
export type ReturnVisitReason = (typeof RETURN_VISIT_REASONS)[number]

export const satisfactionScore = z.number().int().min(1).max(10)

export interface Ticket {
  id: number
  /** SH-YYYY-NNNN */
  number: string
  customerId: number
  customerName: string
  contactId: number | null
  contactName: string | null
  contractId: number | null
  contractNumber: string | null
  kind: TicketKind
  title: string
  description: string | null
  status: TicketStatus
  priority: TicketPriority
  ownerId: number | null
  ownerName: string | null
  dueDate: string | null
  /** Open with its due date passed (as of today). */
  overdue: boolean
  resolution: string | null
  satisfaction: number | null
  firstResponseAt: number | null
  resolvedAt: number | null
  closedAt: number | null
  closedDate: string | null
  createdAt: number
  updatedAt: number
  deletedAt: number | null
}

const ticketFields = {
  kind: z.enum(TICKET_KINDS),
  title: z.string().trim().min(1).max(200),
  description: optionalText(10_000),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  ownerId: id.nullable().optional(),
  dueDate: optionalDate,
  contactId: id.nullable().optional(),
  contractId: id.nullable().optional(),
}

export const ticketCreateInput = z.strictObject({ customerId: id, ...ticketFields })
export const ticketUpdateInput = z.strictObject({
  id,
  kind: ticketFields.kind.optional(),
  title: ticketFields.title.optional(),
  description: ticketFields.description,
  priority: ticketFields.priority,
  ownerId: ticketFields.ownerId,
  dueDate: ticketFields.dueDate,
  contactId: ticketFields.contactId,
  contractId: ticketFields.contractId,
  /** new / inProgress / resolved; closing goes through tickets.close. */
  status: z.enum(['new', 'inProgress', 'resolved']).optional(),
  resolution: optionalText(10_000),
})
export const ticketCloseInput = z.strictObject({
  id,
  /** 1–10; null when the customer gave none. */
  satisfaction: satisfactionScore.nullable(),
  resolution: optionalText(10_000),
  /** Default today. */
  closedDate: calendarDate.optional(),
})

export const TICKET_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'dueDate',
  'priority',
  'status',
  'closedAt',
] as const
export const ticketListInput = listInput(
  z.strictObject({
    customerId: id.optional(),
    status: z.array(z.enum(TICKET_STATUSES)).min(1).optional(),
    kind: z.array(z.enum(TICKET_KINDS)).min(1).optional(),
    priority: z.array(z.enum(TICKET_PRIORITIES)).min(1).optional(),
    ownerId: id.optional(),
    /** Not closed. */
    open: z.boolean().optional(),
    overdue: z.boolean().optional(),
    deleted: z.boolean().optional(),
    /** Created in this range (inclusive). */
    createdFrom: calendarDate.optional(),
    createdTo: calendarDate.optional(),
  }),
  [...TICKET_SORT_FIELDS],
)

export interface ReturnVisit {
  id: number
  customerId: number
  customerName: string
  contractId: number | null
  contractNumber: string | null
  ticketId: number | null
  ticketNumber: string | null
  reason: ReturnVisitReason
  dueDate: string
  ownerId: number | null
  ownerName: string | null
  notes: string | null
  doneAt: number | null
  doneDate: string | null
  outcome: string | null
  satisfaction: number | null
  /** Not done with its due date passed. */
  overdue: boolean
  createdAt: number
  updatedAt: number
}

export const returnVisitCreateInput = z.strictObject({
  customerId: id,
  dueDate: calendarDate,
  contractId: id.nullable().optional(),
  ticketId: id.nullable().optional(),
  ownerId: id.nullable().optional(),
  notes: optionalText(2000),
})
export const returnVisitUpdateInput = z.strictObject({
  id,
  dueDate: calendarDate.optional(),
  ownerId: id.nullable().optional(),
  notes: optionalText(2000),
})
export const returnVisitCompleteInput = z.strictObject({
  id,
  outcome: z.string().trim().min(1).max(2000),
  satisfaction: satisfactionScore.nullable().optional(),
  /** Default today. */
  doneDate: calendarDate.optional(),
})
export const returnVisitListInput = listInput(
  z.strictObject({
    customerId: id.optional(),
    ownerId: id.optional(),
    /** open: not done; done: done. */
    state: z.enum(['open', 'done']).optional(),
    overdue: z.boolean().optional(),
  }),
  ['dueDate', 'doneAt', 'createdAt'],
)

/** Open tickets by age (days since created, as of today). */
export const TICKET_AGE_BUCKETS = ['d0to2', 'd3to7', 'd8to30', 'over30'] as const
export type TicketAgeBucket = (typeof TICKET_AGE_BUCKETS)[number]

export interface ServiceReport {
  from: string
  to: string
  asOf: string
  /** Tickets open now by age and kind (range-independent). */
  openByAge: { bucket: TicketAgeBucket; count: number; complaints: number }[]
  openCount: number
  /** Created in the range, per kind. */
  byKind: { kind: TicketKind; count: number; closed: number }[]
  /** Complaints created in the range per month. */
  complaintsByMonth: { month: string; count: number }[]
  /** Satisfaction of tickets closed and return visits done in the range. */
  satisfactionByMonth: { month: string; average: number | null; count: number }[]
  satisfactionByOwner: {
    ownerId: number | null
    ownerName: string
    average: number | null
    count: number
  }[]
  satisfactionAverage: number | null
  /** Hours, averaged over tickets created in the range that have one (null: none). */
  firstResponseHours: number | null
  resolutionHours: number | null
  /** Return visits due in the range: done and still open. */
  returnVisits: { due: number; done: number; open: number }
}

export const aftersalesMethods = {
  'tickets.create': method<Ticket>()(ticketCreateInput, { touches: TOUCHES.service }),
  'tickets.get': method<Ticket>()(z.strictObject({ id })),
  'tickets.update': method<Ticket>()(ticketUpdateInput, { touches: TOUCHES.service }),
  'tickets.close': method<Ticket>()(ticketCloseInput, { touches: TOUCHES.service }),
  'tickets.reopen': method<Ticket>()(z.strictObject({ id }), { touches: TOUCHES.service }),
  'tickets.delete': method<null>()(z.strictObject({ id }), { touches: TOUCHES.service }),
  'tickets.restore': method<Ticket>()(z.strictObject({ id }), { touches: TOUCHES.service }),
  'tickets.list': method<ListResult<Ticket>>()(ticketListInput),
  'returnVisits.create': method<ReturnVisit>()(returnVisitCreateInput, {
    touches: TOUCHES.service,
  }),
  'returnVisits.update': method<ReturnVisit>()(returnVisitUpdateInput, {
    touches: TOUCHES.service,
  }),
  'returnVisits.complete': method<ReturnVisit>()(returnVisitCompleteInput, {
    touches: TOUCHES.service,
  }),
  'returnVisits.delete': method<null>()(z.strictObject({ id }), { touches: TOUCHES.service }),
  'returnVisits.list': method<ListResult<ReturnVisit>>()(returnVisitListInput),
  'reports.service': method<ServiceReport>()(reportRangeInput),
} as const
