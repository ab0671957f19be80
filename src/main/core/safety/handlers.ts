import type { backupMethods } from '../../../shared/api/backups'
import type { safetyMethods } from '../../../shared/api/safety'
import type { BackupManager } from './backups'
import type { CoreDeps, HandlersOf } from '../deps'
import type { SafetyDeps } from './deps'
import { listBackups } from './backup-writer'
import { AppError } from '../errors'
import { assertUsableFolder, backupConfig, backupDirOf } from './backup-folder'
import type { ConfigStore } from './config'
import { integrityCheck } from './integrity'
import { readLogo, writeLogo } from './logo'

export function desktopOnly(): AppError {
  return new AppError(
    'CONFLICT',
    'errors.desktopOnly',
    'This works in the Kehu desktop app only, not in browser mode',
  )
}

/** Changes the backup folder; moves nothing (the old backups stay where they are, and the answer says how many). */
export function changeBackupFolder(dataDir: string, store: ConfigStore, dir: string | null) {
  const previousDir = backupDirOf(dataDir, store)
  const next = dir === null ? null : assertUsableFolder(dir)
  store.update({ backupDir: next })
  const config = backupConfig(dataDir, store)
  const leftBehind = config.dir === previousDir ? 0 : listBackups(previousDir).length
  return { config, previousDir, leftBehind }
}

export function safetyHandlers(deps: CoreDeps & { safety: SafetyDeps }): HandlersOf<typeof safetyMethods> {
  const { ctx, safety } = deps
  const { store, lock, dataDir } = safety
  return {
    'app.unlock': (input) => lock.unlock(input.password),
    'app.lock': () => lock.lock(),
    'app.setPassword': (input) => lock.setPassword(input.current, input.password),
    'app.removePassword': (input) => lock.removePassword(input.current),
    'app.integrityCheck': () => integrityCheck(ctx.sqlite, ctx.clock),
    'backups.config': () => backupConfig(dataDir, store),
    'backups.configure': (input) => {
      const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
      store.update(patch)
      return backupConfig(dataDir, store)
    },
    'backups.setFolder': (input) => changeBackupFolder(dataDir, store, input.dir),
    'backups.useDefaultFolder': () => changeBackupFolder(dataDir, store, null),
    'company.logo': () => readLogo(ctx, dataDir),
    'company.setLogo': (input) => writeLogo(ctx, dataDir, input.logo),
    'desktop.chooseBackupFolder': () => {
      throw desktopOnly()
    },
    'desktop.openFolder': () => {
      throw desktopOnly()
    },
    'desktop.checkForUpdates': () => {
      throw desktopOnly()
    },
    'desktop.savePdf': () => {
      throw desktopOnly()
    },
  }
}

export function backupHandlers(deps: { backups: BackupManager }): HandlersOf<typeof backupMethods> {
  return {
    'backups.create': () => deps.backups.create('manual'),
    'backups.list': () => deps.backups.list(),
    'backups.restore': (input) => deps.backups.restore(input.id),
  }
}
