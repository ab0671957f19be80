import type { IpcMainInvokeEvent } from 'electron'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { launch } from '../../../src/main/electron/lifecycle'
import type { Result } from '../../../src/shared/api'
import { tempDir } from '../helpers'
import * as electron from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const { BrowserWindow, dialog, ipcMain, Menu, protocol, resetFakeElectron } = electron

/** An app folder as in development; `native` puts a (dummy) Electron-ABI better-sqlite3 in place. */
function appFolder(native: boolean): string {
  const dir = tempDir()
  if (native) {
    mkdirSync(join(dir, 'build', 'native', 'electron'), { recursive: true })
    writeFileSync(join(dir, 'build', 'native', 'electron', 'better_sqlite3.node'), '')
  }
  return dir
}

let quiet: MockInstance<typeof console.error>
beforeEach(() => {
  resetFakeElectron()
  quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => quiet.mockRestore())

describe('the Electron main process lifecycle', () => {
  it('quits at once when another Kehu holds the single-instance lock', () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false)
    expect(launch()).toBe(false)
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(electron.app.listenerCount('second-instance')).toBe(0)
  })

  it('uses <appData>/Kehu as userData and registers the app scheme before ready', () => {
    launch()
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', join('/fake/appData', 'Kehu'))
    const registered = protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!
    expect(registered).toBeLessThan(electron.app.whenReady.mock.invocationCallOrder[0]!)
    expect(electron.app.setPath.mock.invocationCallOrder[0]!).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    )
  })

  it('explains a missing Electron build of better-sqlite3 in a dialog and quits, starting nothing', async () => {
    electron.app.appPath = appFolder(false)
    launch()
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled())
    const [title, content] = dialog.showErrorBox.mock.calls[0] as [string, string]
    expect(title).toBe('Kehu 客户无法启动')
    expect(content).toContain(
      join(electron.app.appPath, 'build', 'native', 'electron', 'better_sqlite3.node'),
    )
    expect(content).toContain('node scripts/build-electron-native.mjs')
    expect(ipcMain.handle).not.toHaveBeenCalled()
    expect(BrowserWindow.instances).toHaveLength(0)
  })

  it('on ready wires IPC, the protocol, the menu and the window; a dead worker answers INTERNAL', async () => {
    electron.app.appPath = appFolder(true) // no out/main/worker.js there: the worker dies at once
    launch()
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1))
    const [window] = BrowserWindow.instances
    expect(window!.loadURL).toHaveBeenCalledWith('app://kehu/index.html')
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(Menu.setApplicationMenu).toHaveBeenCalled()
    const [channel, handler] = ipcMain.handle.mock.calls[0] as [
      string,
      (event: IpcMainInvokeEvent, method: string) => Promise<Result<unknown>>,
    ]
    expect(channel).toBe('kehu:invoke')
    const trusted = {
      senderFrame: { url: 'app://kehu/index.html' },
    } as unknown as IpcMainInvokeEvent
    await expect(handler(trusted, 'app.info')).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', key: 'errors.internal' },
    })
    // The failed start is shown to the user, parented to the window.
    await vi.waitFor(() =>
      expect(dialog.showMessageBox).toHaveBeenCalledWith(
        window,
        expect.objectContaining({ type: 'error' }),
      ),
    )
  })

  it('hardens every web contents, denies permissions in the default session, and logs to a file', async () => {
    electron.app.appPath = appFolder(true)
    const dataDir = tempDir()
    process.env.KEHU_DATA_DIR = dataDir
    try {
      launch()
      await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1))
    } finally {
      delete process.env.KEHU_DATA_DIR
    }
    const other = new electron.FakeWebContents()
    electron.app.emit('web-contents-created', {}, other)
    expect(other.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    const navigation = { preventDefault: vi.fn() }
    other.emit('will-navigate', navigation, 'https://evil.example/')
    expect(navigation.preventDefault).toHaveBeenCalled()
    const callback = vi.fn()
    electron.session.defaultSession.permissionHandler!(null, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(electron.session.defaultSession.permissionCheck!()).toBe(false)
    expect(readFileSync(join(dataDir, 'logs', 'kehu.log'), 'utf8')).toMatch(
      /INFO Kehu 0\.1\.0 starting/,
    )
  })

  it('sends the menu’s commands to the window', async () => {
    electron.app.appPath = appFolder(true)
    launch()
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1))
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as {
      submenu?: { accelerator?: string; click?: () => void }[]
    }[]
    const newCustomer = template
      .flatMap((menu) => menu.submenu ?? [])
      .find((item) => item.accelerator === 'CmdOrCtrl+N')!
    newCustomer.click!()
    expect(BrowserWindow.instances[0]!.webContents.send).toHaveBeenCalledWith(
      'kehu:command',
      'newCustomer',
    )
  })

  it('focuses the existing window when Kehu is started a second time', async () => {
    electron.app.appPath = appFolder(true)
    launch()
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1))
    const [window] = BrowserWindow.instances
    window!.isMinimized.mockReturnValue(true)
    electron.app.emit('second-instance', {}, ['kehu'], '/')
    expect(window!.restore).toHaveBeenCalled()
    expect(window!.focus).toHaveBeenCalled()
  })

  it('holds the quit until the core worker has closed, then quits', async () => {
    electron.app.appPath = appFolder(true)
    launch()
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1))
    const event = { preventDefault: vi.fn() }
    electron.app.emit('will-quit', event)
    expect(event.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled())
    // The second will-quit (from that quit) goes through.
    const again = { preventDefault: vi.fn() }
    electron.app.emit('will-quit', again)
    expect(again.preventDefault).not.toHaveBeenCalled()
  })

  it('quits when the window is closed', () => {
    launch()
    electron.app.emit('window-all-closed')
    expect(electron.app.quit).toHaveBeenCalled()
  })
})
