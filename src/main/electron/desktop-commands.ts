import { dialog, shell, type BrowserWindow } from 'electron'
import { z } from 'zod'
import {
  DATA_FOLDERS,
  type BackupConfig,
  type Result,
} from '../../shared/api'
import type { DesktopCommands } from '../hosts/electron-ipc'
import type { UpdateService } from './updater'

export interface DesktopCommandOptions {
  /** Calls the core (the worker). */
  invoke(method: string, input: unknown): Promise<Result<unknown>>
  window(): BrowserWindow | null
  dataDir: string
  logDir: string
  updates: UpdateService
  /** The dialog's title in the owner's language. */
  chooseFolderTitle: string
  log(message: string, error?: unknown): void
}

const folderInput = z.strictObject({ folder: z.enum(DATA_FOLDERS) })

function invalid(): Result<never> {
  return {
    ok: false,
    error: { code: 'VALIDATION', key: 'errors.validation', message: 'Some fields are not valid' },
  }
}

/**
 * desktop.* methods, carried out in the main process. The page names a folder only by
 * kind ('data' | 'backups' | 'logs'), never by path; the backup folder's path comes from
 * the native dialog the owner answered, and is then checked by the core (writable).
 */
export function desktopCommands(options: DesktopCommandOptions): DesktopCommands {
  async function folderPath(folder: (typeof DATA_FOLDERS)[number]): Promise<string | null> {
    if (folder === 'data') return options.dataDir
    if (folder === 'logs') return options.logDir
    const config = await options.invoke('backups.config', undefined)
    return config.ok ? (config.value as BackupConfig).dir : null
  }

  return {
    async 'desktop.openFolder'(input) {
      const parsed = folderInput.safeParse(input)
      if (!parsed.success) return invalid()
      const path = await folderPath(parsed.data.folder)
      if (!path) return invalid()
      const problem = await shell.openPath(path)
      if (problem) options.log(`could not open ${path}: ${problem}`)
      return { ok: true, value: null }
    },
    async 'desktop.chooseBackupFolder'() {
      const window = options.window()
      const dialogOptions: Electron.OpenDialogOptions = {
        title: options.chooseFolderTitle,
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      }
      const answer = window
        ? await dialog.showOpenDialog(window, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions)
      const [dir] = answer.filePaths
      if (answer.canceled || !dir) return { ok: true, value: null }
      return options.invoke('backups.setFolder', { dir })
    },
    async 'desktop.checkForUpdates'() {
      return { ok: true, value: await options.updates.check() }
    },
  }
}
