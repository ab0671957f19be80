import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow, focusWindow, hardenWebContents } from '../../../src/main/electron/window'
import { tempDir } from '../helpers'
import { BrowserWindow, resetFakeElectron, screen, shell } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

function open(stateFile = join(tempDir(), 'window-state.json')) {
  const window = createMainWindow({
    preloadFile: '/app/out/preload/index.cjs',
    stateFile,
  }) as unknown as BrowserWindow
  return { window, contents: window.webContents, stateFile }
}

function navigate(contents: BrowserWindow['webContents'], url: string): boolean {
  const event = { preventDefault: vi.fn() }
  contents.emit('will-navigate', event, url)
  return event.preventDefault.mock.calls.length > 0
}

beforeEach(() => resetFakeElectron())

describe('the main window', () => {
  it('has exactly the secure webPreferences and loads app://kehu/', () => {
    const { window } = open()
    expect(window.options.webPreferences).toEqual({
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
      preload: '/app/out/preload/index.cjs',
    })
    // Nothing that would loosen it, under any name.
    expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
    expect(window.options.webPreferences).not.toHaveProperty('disableBlinkFeatures')
    expect(window.loadURL).toHaveBeenCalledWith('app://kehu/index.html')
  })

  it('prevents navigation away from the app and opens web links in the browser', () => {
    const { contents } = open()
    expect(navigate(contents, 'app://kehu/index.html#/customers')).toBe(false)
    expect(navigate(contents, 'https://evil.example/phish')).toBe(true)
    expect(navigate(contents, 'file:///etc/passwd')).toBe(true)
    expect(navigate(contents, 'app://other/')).toBe(true)
    expect(shell.openExternal).toHaveBeenCalledTimes(1)
    expect(shell.openExternal).toHaveBeenCalledWith('https://evil.example/phish')
  })

  it('denies every new window; http(s) links go to the system browser, nothing else does', () => {
    const { contents } = open()
    const handler = contents.windowOpenHandler!
    expect(handler({ url: 'https://www.example.com/' })).toEqual({ action: 'deny' })
    expect(handler({ url: 'http://example.com/' })).toEqual({ action: 'deny' })
    expect(handler({ url: 'app://kehu/index.html' })).toEqual({ action: 'deny' })
    expect(handler({ url: 'file:///C:/Windows/system32/calc.exe' })).toEqual({ action: 'deny' })
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(shell.openExternal.mock.calls).toEqual([
      ['https://www.example.com/'],
      ['http://example.com/'],
    ])
  })

  it('refuses redirects away from the app and any <webview>', () => {
    const { contents } = open()
    const redirect = { preventDefault: vi.fn() }
    contents.emit('will-redirect', redirect, 'https://evil.example/')
    expect(redirect.preventDefault).toHaveBeenCalled()
    const webview = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', webview, {}, { src: 'app://kehu/index.html' })
    expect(webview.preventDefault).toHaveBeenCalled()
    // One set of handlers even when the app hook hardens the same contents again.
    hardenWebContents(contents as never)
    expect(contents.listenerCount('will-navigate')).toBe(1)
  })

  it('opens only validated http(s), mailto and tel links outside, never anything else', () => {
    const { contents } = open()
    const handler = contents.windowOpenHandler!
    const urls = [
      'mailto:wang@kehu.example',
      'tel:+86 138-0000-0000',
      'tel:;calc.exe',
      'mailto:not-an-address',
      'http://user:pw@example.com/',
      'smb://server/share',
      '\\\\server\\share',
      'ms-msdt:/id',
      'https://' + 'a'.repeat(3000) + '.example/',
    ]
    for (const url of urls) expect(handler({ url })).toEqual({ action: 'deny' })
    expect(shell.openExternal.mock.calls).toEqual([
      ['mailto:wang@kehu.example'],
      ['tel:+86 138-0000-0000'],
    ])
  })

  it('denies every permission request and check', () => {
    const { contents } = open()
    expect(contents.session.devicePermission!()).toBe(false)
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn()
      contents.permissionHandler!(contents, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(contents.permissionCheck!()).toBe(false)
  })

  it('shows itself when ready, maximized if it was', () => {
    const stateFile = join(tempDir(), 'window-state.json')
    writeFileSync(
      stateFile,
      JSON.stringify({ x: 100, y: 80, width: 1500, height: 950, maximized: true }),
    )
    const { window } = open(stateFile)
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1500, height: 950, show: false })
    window.emit('ready-to-show')
    expect(window.maximize).toHaveBeenCalled()
    expect(window.show).toHaveBeenCalled()
  })

  it('remembers size, position and maximized in a JSON file on close', () => {
    const { window, stateFile } = open()
    window.isMaximized.mockReturnValue(true)
    window.emit('close')
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
      x: 40,
      y: 30,
      width: 1400,
      height: 900,
      maximized: true,
    })
  })

  it('ignores a saved position that is on no screen any more, and a broken file', () => {
    const offScreen = join(tempDir(), 'window-state.json')
    writeFileSync(
      offScreen,
      JSON.stringify({ x: 5000, y: 3000, width: 1200, height: 800, maximized: false }),
    )
    screen.getAllDisplays.mockReturnValue([{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }])
    const first = open(offScreen).window
    expect(first.options).toMatchObject({ width: 1200, height: 800 })
    expect(first.options).not.toHaveProperty('x')

    const broken = join(tempDir(), 'window-state.json')
    writeFileSync(broken, '{ not json')
    expect(open(broken).window.options).toMatchObject({ width: 1280, height: 820 })
  })

  it('focusWindow restores a minimized window and brings it to the front', () => {
    const { window } = open()
    window.isMinimized.mockReturnValue(true)
    focusWindow(window as never)
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
    expect(() => focusWindow(null)).not.toThrow()
  })
})
