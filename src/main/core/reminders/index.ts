/** The reminders domain's surface: what the rest of the core may use of it. */
export { reminderHandlers } from './handlers'
