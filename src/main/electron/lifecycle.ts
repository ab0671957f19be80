import { app, dialog, ipcMain, session, shell, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import type { JobEvent } from '../../shared/api'
import { IPC_CHANNELS, type RendererCommand } from '../../shared/ipc'
import { createFileLogger, LOG_FOLDER, type FileLogger } from '../core/log'
import { APP_FOLDER } from '../core/paths'
import { CONFIG_FILE, readConfigFile } from '../core/safety'
import { forwardJobEvents, registerIpc } from '../hosts/electron-ipc'
import { isAppUrl } from './app-url'
import { startCoreWorker, type CoreClient, type CoreStart } from './core-client'
import { desktopCommands } from './desktop-commands'
import { desktopPaths } from './desktop-paths'
import { installMenu, menuLanguage } from './menu'
import { ensureNativeBinding } from './native'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { startRemindersNotifier, type RemindersNotifier } from './reminders-notifier'
import { createUpdateService, type UpdateService } from './updater'
import { createMainWindow, denyAllPermissions, focusWindow, hardenWebContents } from './window'

/** The log file once the data folder is known; stderr before that (and always, in development). */
let fileLog: FileLogger | null = null

function logError(message: string, error?: unknown): void {
  fileLog?.error(message, error)
  console.error(`Kehu: ${message}`, error ?? '')
}

const UPDATE_WORDS = {
  zh: {
    readyTitle: '新版本已下载',
    ready: (version: string) => `Kehu 客户 ${version} 已下载。现在重启并安装吗？`,
    detail: '安装前会关闭窗口；数据在安装前后保持不变。',
    install: '重启并安装',
    later: '稍后',
    none: '已是最新版本。',
    failed: '无法检查更新（可能未联网）。详情见日志。',
    chooseFolder: '选择备份文件夹',
    savePdf: '保存为 PDF',
  },
  en: {
    readyTitle: 'Update downloaded',
    ready: (version: string) => `Kehu ${version} has been downloaded. Restart and install it now?`,
    detail: 'The window closes for the installation; your data stays as it is.',
    install: 'Restart and Install',
    later: 'Later',
    none: 'Kehu is up to date.',
    failed: 'Could not check for updates (perhaps offline). The details are in the log.',
    chooseFolder: 'Choose a backup folder',
    savePdf: 'Save as PDF',
  },
} as const

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
  let notifier: RemindersNotifier | null = null

  app.on('second-instance', () => focusWindow(window))
  // Every web contents, whatever creates it: navigation, new windows, <webview> refused.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, logError))
  // One window is the whole app: with it gone, close the database rather than idle (macOS too).
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', (event) => {
    notifier?.stop()
    notifier = null
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
    const logDir = join(paths.dataDir, LOG_FOLDER)
    fileLog = createFileLogger(logDir)
    fileLog.info(`Kehu ${app.getVersion()} starting (Electron ${process.versions.electron ?? '?'})`)
    if (!ensureNativeBinding(paths.nativeBinding, locale, app.isPackaged)) {
      app.quit()
      return
    }
    denyAllPermissions(session.defaultSession)
    const words = UPDATE_WORDS[menuLanguage(locale)]
    let sendJob: (event: JobEvent) => void = () => undefined
    const client = startCoreWorker(
      paths.workerFile,
      {
        dataDir: paths.dataDir,
        migrationsFolder: paths.migrationsFolder,
        version: app.getVersion(),
        nativeBinding: paths.nativeBinding,
        xlsxReaderFile: paths.xlsxReaderFile,
      },
      { onJob: (event) => sendJob(event), logError },
    )
    core = client
    const updates: UpdateService = createUpdateService({
      isPackaged: app.isPackaged,
      feedUrl: readConfigFile(join(paths.dataDir, CONFIG_FILE)).updateUrl,
      log: logError,
      async confirmInstall(version) {
        const options = {
          type: 'question' as const,
          title: words.readyTitle,
          message: words.ready(version),
          detail: words.detail,
          buttons: [words.install, words.later],
          defaultId: 0,
          cancelId: 1,
        }
        const answer = window
          ? await dialog.showMessageBox(window, options)
          : await dialog.showMessageBox(options)
        return answer.response === 0
      },
    })
    registerIpc({
      ipcMain,
      invoke: (method, input) => client.invoke(method, input),
      isTrustedSender: isAppUrl,
      desktop: desktopCommands({
        invoke: (method, input) => client.invoke(method, input),
        window: () => window,
        dataDir: paths.dataDir,
        logDir,
        updates,
        chooseFolderTitle: words.chooseFolder,
        savePdfTitle: words.savePdf,
        log: logError,
      }),
    })
    handleAppProtocol(paths.rendererDir)
    const send = (command: RendererCommand) => {
      if (window && !window.isDestroyed()) window.webContents.send(IPC_CHANNELS.command, command)
    }
    installMenu(
      { locale, platform: process.platform, isPackaged: app.isPackaged },
      {
        openDataFolder: () => void shell.openPath(paths.dataDir),
        send,
        reportProblem: () => void shell.openPath(logDir),
        checkForUpdates: () => {
          void updates.check().then(async (result) => {
            if (result.status !== 'none' && result.status !== 'error') return
            const message = result.status === 'none' ? words.none : words.failed
            if (window) await dialog.showMessageBox(window, { type: 'info', message })
          })
        },
      },
    )
    const created = createMainWindow({
      preloadFile: paths.preloadFile,
      stateFile: paths.windowStateFile,
      log: logError,
    })
    window = created
    sendJob = forwardJobEvents(created.webContents)
    created.on('closed', () => {
      window = null
    })
    reportStart(client.ready, created, paths.dataDir).catch((error: unknown) =>
      logError('the start report failed', error),
    )
    // Reminders (提醒中心): desktop notifications once the database is open.
    void client.ready.then((start) => {
      if (!start.ok || core !== client) return
      notifier = startRemindersNotifier({
        invoke: (method, input) => client.invoke(method, input),
        window: () => window,
        log: logError,
      })
    })
    // At start, quietly: only a downloaded update speaks up (and asks before installing).
    void updates.check()
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
