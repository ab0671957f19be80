import { z } from 'zod'
import { calendarDate, id, optionalDate, optionalText } from './common'
import { method, type MethodTable, TOUCHES } from './method'
import type { ListResult } from './common'

export const ACTIVITY_KINDS = ['call', 'visit', 'wechat', 'email', 'meeting', 'note'] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

export const activityCreateInput = z.strictObject({
  customerId: id,
  contactId: id.nullable().optional(),
  kind: z.enum(ACTIVITY_KINDS),
  content: z.string().trim().min(1).max(10_000),
  /** ms since epoch; defaults to now. */
  occurredAt: z.number().int().min(0).max(8_640_000_000_000).optional(),
  nextFollowUpDate: optionalDate,
  nextAction: optionalText(500),
})
export const activityUpdateInput = z.strictObject({
  id,
  contactId: id.nullable().optional(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  content: z.string().trim().min(1).max(10_000).optional(),
  occurredAt: z.number().int().min(0).max(8_640_000_000_000).optional(),
  nextFollowUpDate: optionalDate,
  nextAction: optionalText(500),
})
export type ActivityUpdateInput = z.input<typeof activityUpdateInput>

export const activityListInput = z.strictObject({
  customerId: id,
  page: z.number().int().min(1).max(1_000_000).optional(),
  pageSize: z.number().int().min(1).max(500).optional(),
})
/** Follow-ups due on or before `asOf` (default today) across customers. */
export const activityDueInput = z.strictObject({
  asOf: calendarDate.optional(),
  ownerId: id.optional(),
  page: z.number().int().min(1).max(1_000_000).optional(),
  pageSize: z.number().int().min(1).max(500).optional(),
})

export type ActivityCreateInput = z.input<typeof activityCreateInput>

export interface Activity {
  id: number
  customerId: number
  contactId: number | null
  contactName: string | null
  kind: ActivityKind
  content: string
  occurredAt: number
  nextFollowUpDate: string | null
  nextAction: string | null
  createdAt: number
}

/** A customer whose next follow-up date has come. `overdue` when it is before asOf. */
export interface DueFollowUps {
  rows: DueFollowUp[]
  total: number
  /** How many of `total` are overdue (the rest are due on asOf). */
  overdue: number
}

export interface DueFollowUp {
  customerId: number
  customerName: string
  ownerName: string | null
  nextFollowUpDate: string
  nextAction: string | null
  lastActivityAt: number | null
  overdue: boolean
}

export const activityMethods = {
  'activities.create': method<Activity>()(activityCreateInput, { touches: TOUCHES.followUp }),
  'activities.list': method<ListResult<Activity>>()(activityListInput),
  'activities.update': method<Activity>()(activityUpdateInput, { touches: TOUCHES.followUp }),
  'activities.delete': method<null>()(z.strictObject({ id }), { touches: TOUCHES.followUp }),
  'activities.restore': method<Activity>()(z.strictObject({ id }), { touches: TOUCHES.followUp }),
  'activities.due': method<DueFollowUps>()(activityDueInput),
} satisfies MethodTable
