import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/**
 * A stand-in for the 'electron' module (its binary cannot be installed here). Each test
 * file mocks 'electron' with this: `vi.mock('electron', () => import('./fake-electron'))`.
 * It records what our code asks of Electron; it implements no Electron behaviour.
 */

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' }
type PermissionHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void

export class FakeSession {
  permissionHandler: PermissionHandler | null = null
  permissionCheck: (() => boolean) | null = null
  devicePermission: (() => boolean) | null = null
  readonly setPermissionRequestHandler = vi.fn((handler: PermissionHandler) => {
    this.permissionHandler = handler
  })
  readonly setPermissionCheckHandler = vi.fn((handler: () => boolean) => {
    this.permissionCheck = handler
  })
  readonly setDevicePermissionHandler = vi.fn((handler: () => boolean) => {
    this.devicePermission = handler
  })
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null
  readonly send = vi.fn()
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler
  })
  readonly session = new FakeSession()
  get permissionHandler(): PermissionHandler | null {
    return this.session.permissionHandler
  }
  get permissionCheck(): (() => boolean) | null {
    return this.session.permissionCheck
  }
  isDestroyed(): boolean {
    return false
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  readonly loadURL = vi.fn((_url: string) => Promise.resolve())
  readonly show = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  readonly maximize = vi.fn()
  readonly isMinimized = vi.fn(() => false)
  readonly isMaximized = vi.fn(() => false)
  readonly getNormalBounds = vi.fn(() => ({ x: 40, y: 30, width: 1400, height: 900 }))
  constructor(readonly options: Record<string, unknown>) {
    super()
    BrowserWindow.instances.push(this)
  }
  isDestroyed(): boolean {
    return false
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false
  paths: Record<string, string> = { appData: '/fake/appData', userData: '/fake/userData' }
  appPath = '/fake/app'
  ready: Promise<void> = Promise.resolve()
  readonly setPath = vi.fn((name: string, value: string) => {
    this.paths[name] = value
  })
  readonly getPath = vi.fn((name: string) => this.paths[name] ?? `/fake/${name}`)
  readonly getAppPath = vi.fn(() => this.appPath)
  readonly getVersion = vi.fn(() => '0.1.0')
  readonly getLocale = vi.fn(() => 'zh-CN')
  readonly getPreferredSystemLanguages = vi.fn(() => ['zh-CN'])
  readonly requestSingleInstanceLock = vi.fn(() => true)
  readonly setAppUserModelId = vi.fn()
  readonly quit = vi.fn()
  readonly whenReady = vi.fn(() => this.ready)
}

export let app = new FakeApp()
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
export const session = { defaultSession: new FakeSession() }
export const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() }
export const shell = {
  openExternal: vi.fn(() => Promise.resolve()),
  openPath: vi.fn(() => Promise.resolve('')),
}
export const dialog = {
  showErrorBox: vi.fn(),
  showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 0 })),
  showOpenDialog: vi.fn((..._args: unknown[]) =>
    Promise.resolve({ canceled: true, filePaths: [] as string[] }),
  ),
  showSaveDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePath: '' })),
}
export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
}
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
}

/** A fresh app and cleared recordings, for beforeEach. */
export function resetFakeElectron(): void {
  app = new FakeApp()
  session.defaultSession = new FakeSession()
  BrowserWindow.instances = []
  vi.clearAllMocks()
}
