import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { installMenu, menuLanguage, menuTemplate } from '../../../src/main/electron/menu'
import { Menu, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const actions = {
  openDataFolder: vi.fn(),
  send: vi.fn(),
  checkForUpdates: vi.fn(),
  reportProblem: vi.fn(),
}

/** Every item of the menu, submenus flattened. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ])
}

function labels(template: MenuItemConstructorOptions[]): (string | undefined)[] {
  return template.map((item) => item.label)
}

function roles(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) =>
    Array.isArray(item.submenu)
      ? item.submenu
          .map((sub) => sub.role)
          .filter((role): role is NonNullable<typeof role> => !!role)
      : [],
  )
}

beforeEach(() => resetFakeElectron())

describe('the application menu', () => {
  it('is Chinese on a Chinese system and English otherwise', () => {
    expect(menuLanguage('zh-CN')).toBe('zh')
    expect(menuLanguage('zh-Hant-TW')).toBe('zh')
    expect(menuLanguage('en-US')).toBe('en')
    expect(menuLanguage('de')).toBe('en')
    const options = { platform: 'win32' as const, isPackaged: true }
    expect(labels(menuTemplate({ ...options, locale: 'zh-CN' }, actions))).toEqual([
      '文件',
      '编辑',
      '视图',
      '窗口',
      '帮助',
    ])
    expect(labels(menuTemplate({ ...options, locale: 'en-GB' }, actions))).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ])
  })

  it('uses the standard roles, so the OS shortcuts work', () => {
    const all = roles(
      menuTemplate({ locale: 'zh-CN', platform: 'win32', isPackaged: true }, actions),
    )
    expect(all).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'reload',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'minimize',
        'close',
        'quit',
        'about',
      ]),
    )
    expect(all).not.toContain('toggleDevTools')
    expect(
      roles(menuTemplate({ locale: 'zh-CN', platform: 'win32', isPackaged: false }, actions)),
    ).toContain('toggleDevTools')
  })

  it('puts the app menu first on macOS', () => {
    const mac = menuTemplate({ locale: 'en-US', platform: 'darwin', isPackaged: true }, actions)
    expect(mac[0]).toEqual({ role: 'appMenu' })
    expect(labels(mac).slice(1)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
  })

  it('opens the data folder from 文件', () => {
    const all = items(
      menuTemplate({ locale: 'zh-CN', platform: 'linux', isPackaged: true }, actions),
    )
    const item = all.find((candidate) => candidate.label === '打开数据文件夹')!
    ;(item.click as () => void)()
    expect(actions.openDataFolder).toHaveBeenCalled()
  })

  it('has the shortcuts, each sending its command to the page', () => {
    const all = items(
      menuTemplate({ locale: 'zh-CN', platform: 'win32', isPackaged: true }, actions),
    )
    const shortcuts = new Map<string, MenuItemConstructorOptions>(
      all.flatMap((item) => (item.accelerator ? [[item.accelerator, item] as const] : [])),
    )
    const expected = {
      'CmdOrCtrl+N': ['新建客户', 'newCustomer'],
      'CmdOrCtrl+F': ['查找', 'find'],
      'CmdOrCtrl+P': ['打印…', 'print'],
      'CmdOrCtrl+K': ['命令面板', 'palette'],
      'CmdOrCtrl+,': ['设置…', 'settings'],
    }
    expect([...shortcuts.keys()].sort()).toEqual(Object.keys(expected).sort())
    for (const [accelerator, [label, command]] of Object.entries(expected)) {
      const item = shortcuts.get(accelerator)!
      expect(item.label).toBe(label)
      ;(item.click as () => void)()
      expect(actions.send).toHaveBeenLastCalledWith(command)
    }
  })

  it('帮助 checks for updates and reports a problem by opening the log folder', () => {
    const template = menuTemplate({ locale: 'en-US', platform: 'win32', isPackaged: true }, actions)
    const help = items([template[template.length - 1]!])
    ;(help.find((item) => item.label === 'Check for Updates…')!.click as () => void)()
    expect(actions.checkForUpdates).toHaveBeenCalled()
    ;(help.find((item) => item.label?.startsWith('Report a Problem'))!.click as () => void)()
    expect(actions.reportProblem).toHaveBeenCalled()
  })

  it('installs the built menu', () => {
    installMenu({ locale: 'zh-CN', platform: 'linux', isPackaged: true }, actions)
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1)
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(
      Menu.buildFromTemplate.mock.results[0]!.value,
    )
  })
})
