import { isCalendarDate } from '../../../shared/dates'
import { AppError } from '../errors'

/**
 * The key of one occurrence of a reminder (src/shared/api/reminders.ts): done and snooze
 * are stored against it in reminder_states, so the next occurrence (a new follow-up date,
 * next year's birthday, a renewed end date) is a new key and shows again.
 */
export type ParsedKey =
  | { kind: 'followUp'; id: number; date: string }
  | { kind: 'instalment'; id: number }
  | { kind: 'renewal'; id: number; date: string }
  | { kind: 'birthday'; of: 'customer' | 'contact'; id: number; year: number }
  | { kind: 'returnVisit'; id: number }
  | { kind: 'manual'; id: number }

const ID = '([1-9]\\d{0,15})'
const DATE = '(\\d{4}-\\d{2}-\\d{2})'
const PATTERNS: [RegExp, (m: RegExpExecArray) => ParsedKey | null][] = [
  [
    new RegExp(`^followUp:${ID}:${DATE}$`),
    (m) => (isCalendarDate(m[2]!) ? { kind: 'followUp', id: Number(m[1]), date: m[2]! } : null),
  ],
  [new RegExp(`^instalment:${ID}$`), (m) => ({ kind: 'instalment', id: Number(m[1]) })],
  [
    new RegExp(`^renewal:${ID}:${DATE}$`),
    (m) => (isCalendarDate(m[2]!) ? { kind: 'renewal', id: Number(m[1]), date: m[2]! } : null),
  ],
  [
    new RegExp(`^birthday:(customer|contact):${ID}:(\\d{4})$`),
    (m) => ({
      kind: 'birthday',
      of: m[1] as 'customer' | 'contact',
      id: Number(m[2]),
      year: Number(m[3]),
    }),
  ],
  [new RegExp(`^returnVisit:${ID}$`), (m) => ({ kind: 'returnVisit', id: Number(m[1]) })],
  [new RegExp(`^manual:${ID}$`), (m) => ({ kind: 'manual', id: Number(m[1]) })],
]

/** The parsed key, or `errors.reminderKey` (VALIDATION on `key`) for anything else. */
export function parseReminderKey(key: string): ParsedKey {
  for (const [pattern, read] of PATTERNS) {
    const match = pattern.exec(key)
    const parsed = match && read(match)
    if (parsed) return parsed
  }
  throw new AppError('VALIDATION', 'errors.validation', 'Some fields are not valid', undefined, [
    {
      path: 'key',
      key: 'errors.reminderKey',
      message: `Not a reminder key: ${key}`,
      params: { key },
    },
  ])
}
