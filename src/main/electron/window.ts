import {
  BrowserWindow,
  screen,
  shell,
  type Session,
  type WebContents,
  type WebPreferences,
} from 'electron'
import { APP_INDEX_URL, isAppUrl, isSafeExternalUrl } from './app-url'
import { loadWindowState, MIN_HEIGHT, MIN_WIDTH, saveWindowState } from './window-state'

export interface MainWindowOptions {
  /** out/preload/index.cjs */
  preloadFile: string
  /** JSON file in userData remembering size, position and maximized. */
  stateFile: string
  title?: string
  /** Where a failure to load or to open a link is written (the log file). */
  log?: (message: string, error?: unknown) => void
}

/**
 * The renderer is untrusted (it shows imported spreadsheet text): isolated context,
 * OS sandbox, no Node anywhere (not in workers, not in frames), same-origin policy on,
 * no insecure content, no experimental or Blink features, no <webview>. Every value is
 * spelled out, even where it is Electron's default, so a test and a reader can see it.
 * Its only door is the preload's window.kehu.
 */
export function secureWebPreferences(preloadFile: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    preload: preloadFile,
  }
}

/** Hands a URL to the system (browser, mail program, phone app) only after isSafeExternalUrl. */
export function openExternalSafely(
  url: string,
  log: (message: string, error?: unknown) => void = console.error,
): boolean {
  if (!isSafeExternalUrl(url)) return false
  shell.openExternal(url).catch((error: unknown) => log(`could not open ${url}`, error))
  return true
}

/** No camera, microphone, location, notifications, USB, HID or serial devices for the page. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/**
 * Applied to every web contents the app ever creates (app 'web-contents-created'), not
 * only the main window: navigation stays inside app://kehu, new windows are denied (a web,
 * mail or phone link goes to the system instead), no <webview> may attach.
 */
const hardened = new WeakSet<WebContents>()

export function hardenWebContents(
  contents: WebContents,
  log: (message: string, error?: unknown) => void = console.error,
): void {
  if (hardened.has(contents)) return
  hardened.add(contents)
  const refuse = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return
    event.preventDefault()
    openExternalSafely(url, log)
  }
  contents.on('will-navigate', (event, url) => refuse(event, url))
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, log)
    return { action: 'deny' }
  })
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const log = options.log ?? ((message, error) => console.error(`Kehu: ${message}`, error ?? ''))
  const state = loadWindowState(
    options.stateFile,
    screen.getAllDisplays().map((display) => display.workArea),
  )
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: options.title ?? 'Kehu 客户',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadFile),
  })
  const { webContents } = window
  // The app hook does this for every contents; here too, so a window is safe on its own (once).
  hardenWebContents(webContents, log)
  denyAllPermissions(webContents.session)

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize()
    window.show()
  })
  window.on('close', () => {
    const bounds = window.getNormalBounds()
    saveWindowState(options.stateFile, { ...bounds, maximized: window.isMaximized() })
  })

  window.loadURL(APP_INDEX_URL).catch((error: unknown) => log('the window failed to load', error))
  return window
}

/** Brings the window to the front, e.g. when the user starts Kehu a second time. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
