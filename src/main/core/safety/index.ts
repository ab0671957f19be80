/** The safety domain's surface: what the rest of the core may use of it. */
export {
  backupConfig,
  backupDirOf,
  defaultBackupDir,
  folderProblem,
  folderUnavailable,
} from './backup-folder'
export { writeBackup } from './backup-writer'
export { createBackupManager } from './backups'
export type { BackupManager, BackupTarget } from './backups'
export { CONFIG_FILE, openConfigStore, readConfigFile } from './config'
export type { SafetyDeps } from './deps'
export { backupHandlers, changeBackupFolder, safetyHandlers } from './handlers'
export { createPasswordLock } from './lock'
export { recoveryInfo, restoreOverDamaged } from './recovery'
export { sqliteFailure } from './sqlite-errors'
