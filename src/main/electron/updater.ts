import type { UpdateCheck } from '../../shared/api'

/** The part of electron-updater's AppUpdater we use. */
export interface Updater {
  autoDownload: boolean
  autoInstallOnAppQuit: boolean
  setFeedURL(options: { provider: 'generic'; url: string }): void
  checkForUpdates(): Promise<{
    isUpdateAvailable?: boolean
    updateInfo: { version: string }
  } | null>
  downloadUpdate(): Promise<unknown>
  quitAndInstall(): void
}

export interface UpdateServiceOptions {
  isPackaged: boolean
  /** A generic-provider folder (https) from kehu-config.json; else electron-builder.yml's publish url. */
  feedUrl?: string | null
  /** Asks the owner (a native dialog) whether to install `version` now; true = restart and install. */
  confirmInstall(version: string): Promise<boolean>
  /** Loads electron-updater only when needed: it reads app-update.yml, which exists only in a packaged app. */
  loadUpdater?: () => Promise<Updater>
  log?: (message: string, error?: unknown) => void
}

export interface UpdateService {
  check(): Promise<UpdateCheck>
}

async function loadElectronUpdater(): Promise<Updater> {
  // electron-updater is CommonJS and defines autoUpdater through a getter that Node's
  // ESM named-export detection does not see: take it from the default export.
  const loaded = (await import('electron-updater')) as unknown as {
    default?: { autoUpdater: Updater }
    autoUpdater?: Updater
  }
  const updater = loaded.autoUpdater ?? loaded.default?.autoUpdater
  if (!updater) throw new Error('electron-updater has no autoUpdater')
  return updater
}

/**
 * Updates: checked at start and from 帮助 → 检查更新. A found update is downloaded, then the
 * owner is asked before anything is installed (nothing installs silently on quit). The
 * Windows installer's signature is checked by electron-updater against publisherName
 * (electron-builder.yml, win.signtoolOptions) — left on. Offline, a missing feed or a bad
 * release never takes the app down: every failure is logged and reported as 'error'.
 */
export function createUpdateService(options: UpdateServiceOptions): UpdateService {
  const log = options.log ?? ((message, error) => console.error(`Kehu: ${message}`, error ?? ''))
  let updater: Updater | null = null
  let running: Promise<UpdateCheck> | null = null

  async function ready(): Promise<Updater> {
    if (updater) return updater
    const loaded = await (options.loadUpdater ?? loadElectronUpdater)()
    loaded.autoDownload = false
    loaded.autoInstallOnAppQuit = false
    if (options.feedUrl) loaded.setFeedURL({ provider: 'generic', url: options.feedUrl })
    updater = loaded
    return loaded
  }

  async function run(): Promise<UpdateCheck> {
    if (!options.isPackaged) return { status: 'disabled' }
    try {
      const current = await ready()
      const result = await current.checkForUpdates()
      if (!result || result.isUpdateAvailable === false) return { status: 'none' }
      const { version } = result.updateInfo
      await current.downloadUpdate()
      if (await options.confirmInstall(version)) current.quitAndInstall()
      return { status: 'downloaded', version }
    } catch (error) {
      log('the update check failed', error)
      return { status: 'error' }
    }
  }

  return {
    check() {
      // A second click while a check runs joins it instead of downloading twice.
      running ??= run().finally(() => {
        running = null
      })
      return running
    },
  }
}
