import type { reminderMethods } from '../../../shared/api/reminders'
import type { CoreDeps, HandlersOf } from '../deps'
import { countReminders, listReminders } from './list'
import { checkNotifications } from './notify'
import {
  createReminder,
  deleteReminder,
  markDone,
  remindersFor,
  restoreReminder,
  snoozeReminder,
  undoReminder,
  updateReminder,
} from './reminders'

export function reminderHandlers(deps: CoreDeps): HandlersOf<typeof reminderMethods> {
  const { ctx } = deps
  return {
    'reminders.list': (input) => listReminders(ctx, input),
    'reminders.count': (input) => countReminders(ctx, input),
    'reminders.create': (input) => createReminder(ctx, input),
    'reminders.update': (input) => updateReminder(ctx, input),
    'reminders.delete': (input) => deleteReminder(ctx, input.id),
    'reminders.restore': (input) => restoreReminder(ctx, input.id),
    'reminders.for': (input) => remindersFor(ctx, input),
    'reminders.done': (input) => markDone(ctx, input.key),
    'reminders.undo': (input) => undoReminder(ctx, input.key),
    'reminders.snooze': (input) => snoozeReminder(ctx, input.key, input.until),
    'reminders.notifications': () => checkNotifications(ctx),
  }
}
