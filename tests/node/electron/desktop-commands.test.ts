import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { desktopCommands } from '../../../src/main/electron/desktop-commands'
import type { Result } from '../../../src/shared/api'
import { dialog, resetFakeElectron, shell } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

function setup() {
  const invoke = vi.fn((method: string, input: unknown): Promise<Result<unknown>> => {
    if (method === 'backups.config')
      return Promise.resolve({ ok: true, value: { dir: '/usb/Kehu' } })
    return Promise.resolve({ ok: true, value: { config: { dir: (input as { dir: string }).dir } } })
  })
  const updates = { check: vi.fn(() => Promise.resolve({ status: 'none' as const })) }
  const commands = desktopCommands({
    invoke,
    window: () => null,
    dataDir: '/data/Kehu',
    logDir: join('/data/Kehu', 'logs'),
    updates,
    chooseFolderTitle: '选择备份文件夹',
    log: vi.fn(),
  })
  return { commands, invoke, updates }
}

beforeEach(() => resetFakeElectron())

describe('desktop commands (main process)', () => {
  it('opens the data, backup and log folders by kind, never a path from the page', async () => {
    const { commands } = setup()
    await commands['desktop.openFolder']({ folder: 'data' })
    await commands['desktop.openFolder']({ folder: 'backups' })
    await commands['desktop.openFolder']({ folder: 'logs' })
    expect(shell.openPath.mock.calls).toEqual([
      ['/data/Kehu'],
      ['/usb/Kehu'],
      [join('/data/Kehu', 'logs')],
    ])
    for (const input of [{ folder: '/etc' }, { folder: 'data', path: '/etc' }, 'data', null]) {
      await expect(commands['desktop.openFolder'](input)).resolves.toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      })
    }
    expect(shell.openPath).toHaveBeenCalledTimes(3)
  })

  it('the backup folder comes from the native dialog; cancelling changes nothing', async () => {
    const { commands, invoke } = setup()
    await expect(commands['desktop.chooseBackupFolder'](undefined)).resolves.toEqual({
      ok: true,
      value: null,
    })
    expect(invoke).not.toHaveBeenCalled()
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/U盘/备份'] })
    await commands['desktop.chooseBackupFolder'](undefined)
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({
        title: '选择备份文件夹',
        properties: expect.arrayContaining(['openDirectory']) as unknown,
      }),
    )
    expect(invoke).toHaveBeenCalledWith('backups.setFolder', { dir: '/media/U盘/备份' })
  })

  it('checks for updates through the update service', async () => {
    const { commands, updates } = setup()
    await expect(commands['desktop.checkForUpdates'](undefined)).resolves.toEqual({
      ok: true,
      value: { status: 'none' },
    })
    expect(updates.check).toHaveBeenCalled()
  })
})
