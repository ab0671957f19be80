import type { TFunction } from 'i18next'
import type {
  Activity,
  ActivityCreateInput,
  ActivityKind,
  ActivityUpdateInput,
} from '../../../../shared/api'
import { formatInstant } from '../../../../shared/dates'
import { normalizeDateText } from '../../lib/dateText'

/** What the log-follow-up form edits; texts are '' when empty. */
export interface FollowUpFormValues {
  kind: ActivityKind
  content: string
  /** When it happened, local date and time. */
  date: string
  time: string
  contactId: number | null
  nextFollowUpDate: string
  nextAction: string
}

export type FollowUpField = keyof FollowUpFormValues

/** In the order of the form, for focusing the first field that needs fixing. */
export const FOLLOW_UP_FIELDS: readonly FollowUpField[] = [
  'kind',
  'content',
  'date',
  'time',
  'contactId',
  'nextFollowUpDate',
  'nextAction',
]

/** Errors the core raises about one field of a follow-up. */
export const FOLLOW_UP_ERROR_FIELDS: Readonly<Record<string, FollowUpField>> = {
  'errors.contactNotOfCustomer': 'contactId',
}

/** The local date and time (to the minute) of an instant, as the form shows them. */
function dateAndTime(instant: number): { date: string; time: string } {
  const [date = '', time = ''] = formatInstant(instant).split(' ')
  return { date, time }
}

export function newFollowUpValues(now: number): FollowUpFormValues {
  return {
    kind: 'call',
    content: '',
    ...dateAndTime(now),
    contactId: null,
    nextFollowUpDate: '',
    nextAction: '',
  }
}

/** The form prefilled with a follow-up that is being corrected. */
export function activityToValues(activity: Activity): FollowUpFormValues {
  return {
    kind: activity.kind,
    content: activity.content,
    ...dateAndTime(activity.occurredAt),
    contactId: activity.contactId,
    nextFollowUpDate: activity.nextFollowUpDate ?? '',
    nextAction: activity.nextAction ?? '',
  }
}

/** "9:5", "0905", "09：05" → "09:05"; null when it is not a time of day. */
export function normalizeTimeText(text: string): string | null {
  const halfWidth = text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace('：', ':')
  const match = /^(\d{1,2}):(\d{1,2})$/.exec(halfWidth) ?? /^(\d{2})(\d{2})$/.exec(halfWidth)
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

/** The instant of a local date and time, as the user's PC reads them. */
export function localInstant(date: string, time: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  const [hh = 0, mm = 0] = time.split(':').map(Number)
  return new Date(y, m - 1, d, hh, mm).getTime()
}

export function validateFollowUp(
  values: FollowUpFormValues,
  t: TFunction,
): Partial<Record<FollowUpField, string>> {
  const errors: Partial<Record<FollowUpField, string>> = {}
  if (values.content.trim() === '') errors.content = t('errors.required')
  if (!normalizeDateText(values.date)) errors.date = t('errors.date')
  if (!normalizeTimeText(values.time)) errors.time = t('followUps.form.timeInvalid')
  if (values.nextFollowUpDate.trim() !== '' && !normalizeDateText(values.nextFollowUpDate))
    errors.nextFollowUpDate = t('errors.date')
  return errors
}

/** The input for activities.create; call after validateFollowUp found nothing. */
export function followUpInput(customerId: number, values: FollowUpFormValues): ActivityCreateInput {
  const date = normalizeDateText(values.date) ?? values.date
  const time = normalizeTimeText(values.time) ?? '00:00'
  const next = values.nextFollowUpDate.trim()
  return {
    customerId,
    kind: values.kind,
    content: values.content.trim(),
    occurredAt: localInstant(date, time),
    contactId: values.contactId,
    nextFollowUpDate: next === '' ? null : (normalizeDateText(next) ?? next),
    nextAction: values.nextAction.trim() === '' ? null : values.nextAction.trim(),
  }
}

export type FollowUpChanges = Omit<ActivityUpdateInput, 'id'>

/**
 * What a correction changes, for activities.update: only the fields that differ from the
 * follow-up, so an untouched time keeps its seconds and an untouched contact that has
 * since been deleted is not sent again (the core would refuse it). {} when nothing changed.
 */
export function followUpChanges(activity: Activity, values: FollowUpFormValues): FollowUpChanges {
  const input = followUpInput(activity.customerId, values)
  const changes: FollowUpChanges = {}
  if (input.kind !== activity.kind) changes.kind = input.kind
  if (input.content !== activity.content) changes.content = input.content
  const was = dateAndTime(activity.occurredAt)
  const date = normalizeDateText(values.date) ?? values.date
  const time = normalizeTimeText(values.time) ?? values.time
  if (was.date !== date || was.time !== time) changes.occurredAt = input.occurredAt
  if ((input.contactId ?? null) !== activity.contactId) changes.contactId = input.contactId ?? null
  if ((input.nextFollowUpDate ?? null) !== activity.nextFollowUpDate)
    changes.nextFollowUpDate = input.nextFollowUpDate ?? null
  if ((input.nextAction ?? null) !== activity.nextAction)
    changes.nextAction = input.nextAction ?? null
  return changes
}
