/** What other features use of safety: its only surface. */
export { useDesktopCommands } from './hooks/useDesktopCommands'
export { restoreLastView } from './lastView'
export { safetyScreen } from './safetyScreen'
