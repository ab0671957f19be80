import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { desktopCommands, pdfFileName } from '../../../src/main/electron/desktop-commands'
import type { Result } from '../../../src/shared/api'
import { tempDir } from '../helpers'
import { dialog, resetFakeElectron, shell } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

/** The window as savePdf uses it: its web contents print the page to PDF bytes. */
function pdfWindow() {
  const printToPDF = vi.fn((_options: unknown) => Promise.resolve(Buffer.from('%PDF-1.7 客户')))
  return { window: { webContents: { printToPDF } }, printToPDF }
}

function setup(window: unknown = null) {
  const invoke = vi.fn((method: string, input: unknown): Promise<Result<unknown>> => {
    if (method === 'backups.config')
      return Promise.resolve({ ok: true, value: { dir: '/usb/Kehu' } })
    return Promise.resolve({ ok: true, value: { config: { dir: (input as { dir: string }).dir } } })
  })
  const updates = { check: vi.fn(() => Promise.resolve({ status: 'none' as const })) }
  const commands = desktopCommands({
    invoke,
    window: () => window as Electron.BrowserWindow | null,
    dataDir: '/data/Kehu',
    logDir: join('/data/Kehu', 'logs'),
    updates,
    chooseFolderTitle: '选择备份文件夹',
    savePdfTitle: '保存为 PDF',
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

  it('saves the page as a PDF where the owner chose, named after the document; cancelling writes nothing', async () => {
    const { window, printToPDF } = pdfWindow()
    const { commands } = setup(window)
    const title = '客户科技 销售报表 2026-11-01_2026-11-30'
    await expect(commands['desktop.savePdf']({ title })).resolves.toEqual({
      ok: true,
      value: { saved: false },
    })
    expect(printToPDF).not.toHaveBeenCalled()
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({ title: '保存为 PDF', defaultPath: `${title}.pdf` }),
    )
    const file = join(tempDir(), '报表.pdf')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file })
    await expect(commands['desktop.savePdf']({ title, landscape: true })).resolves.toEqual({
      ok: true,
      value: { saved: true },
    })
    expect(printToPDF).toHaveBeenCalledWith({
      printBackground: true,
      preferCSSPageSize: true,
      landscape: true,
    })
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 客户')
  })

  it('refuses a bad title or a missing window, and names files without path characters', async () => {
    const { window } = pdfWindow()
    const { commands } = setup(window)
    for (const input of [{}, { title: '' }, { title: 'x', path: '/etc/x.pdf' }, 'title'])
      await expect(commands['desktop.savePdf'](input)).resolves.toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      })
    await expect(setup(null).commands['desktop.savePdf']({ title: 'x' })).resolves.toMatchObject({
      ok: false,
    })
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(pdfFileName('../合同/HT-2026-0001: 对账单?')).toBe('_合同_HT-2026-0001_ 对账单_.pdf')
    expect(pdfFileName('...')).toBe('Kehu.pdf')
  })
})
