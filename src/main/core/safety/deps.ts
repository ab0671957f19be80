import type { AppInfo } from '../../../shared/api'
import type { ConfigStore } from './config'
import type { PasswordLock } from './lock'

/** What the data-safety handlers need beyond the database. */
export interface SafetyDeps {
  dataDir: string
  logDir: string
  store: ConfigStore
  lock: PasswordLock
  /** app.info's data-safety part (lock and recovery state, where the log is). */
  info(): Pick<AppInfo, 'locked' | 'passwordSet' | 'recovery' | 'logDir'>
}
