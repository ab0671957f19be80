/** What other features use of reminders: its only surface. */
export { AddReminderButton } from './components/AddReminderButton'
export { CustomerReminders } from './components/CustomerReminders'
export { ReminderNavBadge } from './components/ReminderNavBadge'
export { ReminderSettingsPanel } from './settings/ReminderSettingsPanel'
