import { app, dialog, ipcMain, shell, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import type { JobEvent } from '../../shared/api'
import { APP_FOLDER } from '../core/paths'
import { forwardJobEvents, registerIpc } from '../hosts/electron-ipc'
import { isAppUrl } from './app-url'
import { startCoreWorker, type CoreClient, type CoreStart } from './core-client'
import { desktopPaths } from './desktop-paths'
import { installMenu, menuLanguage } from './menu'
import { ensureNativeBinding } from './native'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { checkForUpdates } from './updater'
import { createMainWindow, focusWindow } from './window'

function logError(message: string, error?: unknown): void {
  console.error(`Kehu: ${message}`, error ?? '')
}

function systemLocale(): string {
  return app.getPreferredSystemLanguages()[0] ?? app.getLocale()
}

/** The window also gets the error from its first call; the dialog makes sure nobody misses it. */
async function reportStart(
  ready: Promise<CoreStart>,
  window: BrowserWindow,
  dataDir: string,
): Promise<void> {
  const start = await ready
  if (start.ok) return
  logError(`the database could not be opened (${start.fatal.key}): ${start.fatal.message}`)
  const zh = menuLanguage(systemLocale()) === 'zh'
  await dialog.showMessageBox(window, {
    type: 'error',
    title: zh ? 'Kehu 客户无法打开数据库' : 'Kehu cannot open its database',
    message: start.fatal.message,
    detail: `${zh ? '数据文件夹' : 'Data folder'}: ${dataDir}`,
  })
}

/**
 * The Electron main process: one window, one core worker. Returns false when another
 * Kehu already runs (it gets focused instead and this process quits).
 */
export function launch(): boolean {
  // The folder defaultDataDir() names. Left alone, Electron would derive it from
  // package.json's productName ("Kehu 客户") and browser mode would see another database.
  // Set before the lock, which is keyed on userData.
  app.setPath('userData', join(app.getPath('appData'), APP_FOLDER))
  registerAppScheme()
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  if (process.platform === 'win32') app.setAppUserModelId('cn.kehu.app')

  let window: BrowserWindow | null = null
  let core: CoreClient | null = null

  app.on('second-instance', () => focusWindow(window))
  // One window is the whole app: with it gone, close the database rather than idle (macOS too).
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', (event) => {
    if (!core) return
    // Hold the quit until the worker has closed the database (PRAGMA optimize, WAL checkpoint).
    event.preventDefault()
    const closing = core
    core = null
    closing
      .close()
      .catch((error: unknown) => logError('closing the database failed', error))
      .finally(() => app.quit())
  })

  function onReady(): void {
    const locale = systemLocale()
    const paths = desktopPaths({
      appPath: app.getAppPath(),
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      userData: app.getPath('userData'),
      dataDirOverride: process.env.KEHU_DATA_DIR,
    })
    if (!ensureNativeBinding(paths.nativeBinding, locale, app.isPackaged)) {
      app.quit()
      return
    }
    let sendJob: (event: JobEvent) => void = () => undefined
    const client = startCoreWorker(
      paths.workerFile,
      {
        dataDir: paths.dataDir,
        migrationsFolder: paths.migrationsFolder,
        version: app.getVersion(),
        nativeBinding: paths.nativeBinding,
      },
      { onJob: (event) => sendJob(event), logError },
    )
    core = client
    registerIpc({
      ipcMain,
      invoke: (method, input) => client.invoke(method, input),
      isTrustedSender: isAppUrl,
    })
    handleAppProtocol(paths.rendererDir)
    installMenu(
      { locale, platform: process.platform, isPackaged: app.isPackaged },
      { openDataFolder: () => void shell.openPath(paths.dataDir) },
    )
    const created = createMainWindow({
      preloadFile: paths.preloadFile,
      stateFile: paths.windowStateFile,
    })
    window = created
    sendJob = forwardJobEvents(created.webContents)
    created.on('closed', () => {
      window = null
    })
    reportStart(client.ready, created, paths.dataDir).catch((error: unknown) =>
      logError('the start report failed', error),
    )
    void checkForUpdates({ isPackaged: app.isPackaged, log: logError })
  }

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      logError('start-up failed', error)
      dialog.showErrorBox('Kehu', error instanceof Error ? error.message : String(error))
      app.quit()
    })
  return true
}
