import { BrowserWindow, screen, shell, type WebPreferences } from 'electron'
import { APP_INDEX_URL, isAppUrl, isExternalWebUrl } from './app-url'
import { loadWindowState, MIN_HEIGHT, MIN_WIDTH, saveWindowState } from './window-state'

export interface MainWindowOptions {
  /** out/preload/index.cjs */
  preloadFile: string
  /** JSON file in userData remembering size, position and maximized. */
  stateFile: string
  title?: string
}

/**
 * The renderer is untrusted (it shows imported spreadsheet text): isolated context,
 * OS sandbox, no Node, same-origin policy on. Its only door is the preload's window.kehu.
 */
export function secureWebPreferences(preloadFile: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    preload: preloadFile,
  }
}

function openOutside(url: string): void {
  if (!isExternalWebUrl(url)) return
  shell
    .openExternal(url)
    .catch((error: unknown) => console.error(`Kehu: could not open ${url}:`, error))
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
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

  // The window never leaves the app: a web link opens in the user's browser instead.
  webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return
    event.preventDefault()
    openOutside(url)
  })
  webContents.setWindowOpenHandler(({ url }) => {
    openOutside(url)
    return { action: 'deny' }
  })
  // A CRM needs no camera, microphone, location or notifications from the page.
  webContents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  webContents.session.setPermissionCheckHandler(() => false)

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize()
    window.show()
  })
  window.on('close', () => {
    const bounds = window.getNormalBounds()
    saveWindowState(options.stateFile, { ...bounds, maximized: window.isMaximized() })
  })

  window
    .loadURL(APP_INDEX_URL)
    .catch((error: unknown) => console.error('Kehu: the window failed to load:', error))
  return window
}

/** Brings the window to the front, e.g. when the user starts Kehu a second time. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
