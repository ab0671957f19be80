import { z } from 'zod'
import { calendarDate, id, optionalText } from './common'
import { method, TOUCHES } from './method'

/**
 * The reminder centre (提醒中心): one list of what needs attention today and in the coming
 * days, derived from the records plus the reminders the user adds by hand.
 *
 * Kinds and the day each is on:
 * - followUp: a customer's next follow-up date (跟进), overdue while it has passed;
 * - instalment: an open instalment's due date, from `reminderWindowDays` before it (待回款)
 *   and every day after it while unpaid (逾期);
 * - renewal: an active contract's end date, from `renewalWindowDays` before it (续约);
 * - birthday: a customer's or contact's birthday in the next 7 days (a 29 February birthday
 *   falls on 28 February in other years);
 * - returnVisit: a return visit (回访) not yet done, on and after its due date;
 * - manual: a reminder made by hand, at its date and time.
 *
 * Each item has a `key` naming the occurrence (`followUp:<customerId>:<date>`,
 * `instalment:<id>`, `renewal:<contractId>:<endDate>`, `birthday:customer:<id>:<year>`,
 * `birthday:contact:<id>:<year>`, `returnVisit:<id>`, `manual:<id>`): done and snooze act on
 * the key, so the next occurrence (a new follow-up date, next year's birthday) shows again.
 */
export const REMINDER_KINDS = [
  'followUp',
  'instalment',
  'renewal',
  'birthday',
  'returnVisit',
  'manual',
] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

export interface ReminderItem {
  key: string
  kind: ReminderKind
  /** The day it is about ('YYYY-MM-DD'): due date, end date, birthday this year, reminder day. */
  date: string
  /** manual: the instant (ms) it is set for; otherwise null. */
  at: number | null
  /** Whole days from today to `date` (negative: that many days overdue). */
  days: number
  overdue: boolean
  customerId: number | null
  customerName: string | null
  /** birthday of a contact. */
  contactId: number | null
  contactName: string | null
  dealId: number | null
  dealTitle: string | null
  contractId: number | null
  contractNumber: string | null
  instalmentId: number | null
  returnVisitId: number | null
  reminderId: number | null
  /** instalment: what is still unpaid (分); renewal: the contract's total. */
  amountCents: number | null
  /** manual: its title; followUp: the planned next action; returnVisit: its notes. */
  title: string | null
  notes: string | null
  ownerId: number | null
  ownerName: string | null
  /** Set while the occurrence is snoozed: it is listed on this date (upcoming) instead. */
  snoozedUntil?: string
}

export interface ReminderList {
  asOf: string
  /** Due today or overdue, oldest first. */
  today: ReminderItem[]
  /** Tomorrow to the end of the window (default 7 days), by date. */
  upcoming: ReminderItem[]
  counts: { today: number; overdue: number; upcoming: number }
}

export const reminderListInput = z
  .strictObject({
    ownerId: id.optional(),
    kinds: z.array(z.enum(REMINDER_KINDS)).min(1).max(REMINDER_KINDS.length).optional(),
    /** The upcoming window in days after today (default 7). */
    days: z.number().int().min(1).max(31).optional(),
    /** At most this many items in each of today and upcoming (default 100); counts are of all. */
    limit: z.number().int().min(1).max(500).optional(),
  })
  .nullish()

/** What a hand-made reminder hangs on: at most one of customer, deal, contract. */
const reminderFields = {
  title: z.string().trim().min(1).max(200),
  notes: optionalText(2000),
  /** ms since epoch; must not be in the past when created or moved. */
  at: z.number().int().min(0).max(8_640_000_000_000_000),
  customerId: id.nullable().optional(),
  dealId: id.nullable().optional(),
  contractId: id.nullable().optional(),
}

export interface Reminder {
  id: number
  title: string
  notes: string | null
  at: number
  customerId: number | null
  customerName: string | null
  dealId: number | null
  dealTitle: string | null
  contractId: number | null
  contractNumber: string | null
  doneAt: number | null
  createdAt: number
  updatedAt: number
  deletedAt: number | null
}

export const reminderCreateInput = z.strictObject(reminderFields)
export const reminderUpdateInput = z.strictObject({
  id,
  title: reminderFields.title.optional(),
  notes: reminderFields.notes,
  at: reminderFields.at.optional(),
  customerId: reminderFields.customerId,
  dealId: reminderFields.dealId,
  contractId: reminderFields.contractId,
})
export const reminderKeyInput = z.strictObject({ key: z.string().min(3).max(100) })
export const reminderSnoozeInput = z.strictObject({
  key: z.string().min(3).max(100),
  /** Shown again on this date; after today. */
  until: calendarDate,
})
export const reminderForInput = z.strictObject({
  customerId: id.optional(),
  dealId: id.optional(),
  contractId: id.optional(),
  /** Done ones too (default: open only). */
  includeDone: z.boolean().optional(),
})

/** A desktop notification the Electron host shows (reminders.notifications). */
export interface ReminderNotification {
  /** 'daily:<date>' for the daily summary, else the reminder's key. */
  key: string
  title: string
  body: string
  /** Where clicking it leads in the app (hash route, e.g. '/reminders'). */
  route: string
}

export interface NotificationCheck {
  notifications: ReminderNotification[]
  /** ms: when to ask again at the latest (next hand-made reminder or the next daily time). */
  nextCheckAt: number
}

export const reminderMethods = {
  'reminders.list': method<ReminderList>()(reminderListInput),
  /** The sidebar badge: items due today or overdue. */
  'reminders.count': method<{ today: number; overdue: number }>()(
    z.strictObject({ ownerId: id.optional() }).nullish(),
  ),
  'reminders.create': method<Reminder>()(reminderCreateInput, { touches: TOUCHES.reminder }),
  'reminders.update': method<Reminder>()(reminderUpdateInput, { touches: TOUCHES.reminder }),
  'reminders.delete': method<null>()(z.strictObject({ id }), { touches: TOUCHES.reminder }),
  'reminders.restore': method<Reminder>()(z.strictObject({ id }), { touches: TOUCHES.reminder }),
  /** Hand-made reminders of one customer, deal or contract. */
  'reminders.for': method<Reminder[]>()(reminderForInput),
  /** Done / not done and snooze, for any item by its key. */
  'reminders.done': method<null>()(reminderKeyInput, { touches: TOUCHES.reminder }),
  'reminders.undo': method<null>()(reminderKeyInput, { touches: TOUCHES.reminder }),
  'reminders.snooze': method<null>()(reminderSnoozeInput, { touches: TOUCHES.reminder }),
  /**
   * Asked by the Electron host every minute: the notifications due now (the daily summary
   * once a day at settings.notifyTime, each hand-made reminder once when it falls due),
   * each returned only once, in the app's language.
   */
  'reminders.notifications': method<NotificationCheck>()(z.strictObject({}).nullish()),
} as const
