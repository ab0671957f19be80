/** What other features use of settings: its only surface. */
export { usePreferences } from './hooks/usePreferences'
