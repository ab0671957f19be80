import type { reminderMethods } from '../../../shared/api/reminders'
import type { ApiDeps } from '../api'
import { AppError } from '../errors'
import type { HandlersOf } from './types'

// Skeleton: each method is filled in by the reminders work.
const todo = (): never => {
  throw new AppError('INTERNAL', 'errors.internal', 'Not built yet')
}

export function reminderHandlers(_deps: ApiDeps): HandlersOf<typeof reminderMethods> {
  return {
    'reminders.list': todo,
    'reminders.count': todo,
    'reminders.create': todo,
    'reminders.update': todo,
    'reminders.delete': todo,
    'reminders.restore': todo,
    'reminders.for': todo,
    'reminders.done': todo,
    'reminders.undo': todo,
    'reminders.snooze': todo,
    'reminders.notifications': todo,
  }
}
