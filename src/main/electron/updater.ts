/** The part of electron-updater's AppUpdater we use. */
export interface Updater {
  checkForUpdatesAndNotify(): Promise<unknown>
}

export interface UpdateCheckOptions {
  isPackaged: boolean
  /** Loads electron-updater only when needed: it reads app-update.yml, which exists only in a packaged app. */
  loadUpdater?: () => Promise<Updater>
  log?: (message: string, error?: unknown) => void
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
 * Checks the update feed of electron-builder.yml (publish) and lets electron-updater
 * download and notify. Offline, a missing feed or a bad release must never take the
 * app down: every failure is logged and swallowed.
 */
export async function checkForUpdates(options: UpdateCheckOptions): Promise<void> {
  if (!options.isPackaged) return
  const log = options.log ?? ((message, error) => console.error(`Kehu: ${message}`, error ?? ''))
  try {
    const updater = await (options.loadUpdater ?? loadElectronUpdater)()
    await updater.checkForUpdatesAndNotify()
  } catch (error) {
    log('the update check failed', error)
  }
}
