import { dialog, shell, type BrowserWindow } from 'electron'
import { writeFile } from 'node:fs/promises'
import { z } from 'zod'
import { DATA_FOLDERS, type BackupConfig, type Result } from '../../shared/api'
import type { DesktopCommands } from '../hosts/electron-ipc'
import type { UpdateService } from './updater'

export interface DesktopCommandOptions {
  /** Calls the core (the worker). */
  invoke(method: string, input: unknown): Promise<Result<unknown>>
  window(): BrowserWindow | null
  dataDir: string
  logDir: string
  updates: UpdateService
  /** The dialogs' titles in the owner's language. */
  chooseFolderTitle: string
  savePdfTitle: string
  log(message: string, error?: unknown): void
}

const folderInput = z.strictObject({ folder: z.enum(DATA_FOLDERS) })
const pdfInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  landscape: z.boolean().optional(),
})

/** A file name from a document title: no path separators or characters Windows refuses. */
export function pdfFileName(title: string): string {
  const safe = [...title]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
  const name = safe.replace(/^[.\s]+/, '').trim()
  return `${name || 'Kehu'}.pdf`
}

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
    async 'desktop.savePdf'(input) {
      const parsed = pdfInput.safeParse(input)
      const window = options.window()
      if (!parsed.success || !window) return invalid()
      const answer = await dialog.showSaveDialog(window, {
        title: options.savePdfTitle,
        defaultPath: pdfFileName(parsed.data.title),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      })
      if (answer.canceled || !answer.filePath) return { ok: true, value: { saved: false } }
      // The print layout's own @page rules set A4, margins and the page numbers.
      const pdf = await window.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        landscape: parsed.data.landscape ?? false,
      })
      await writeFile(answer.filePath, pdf)
      return { ok: true, value: { saved: true } }
    },
  }
}
