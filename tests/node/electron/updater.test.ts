import { describe, expect, it, vi } from 'vitest'
import { createUpdateService, type Updater } from '../../../src/main/electron/updater'

vi.mock('electron', () => import('./fake-electron'))

function fakeUpdater(available: string | null) {
  const updater = {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    setFeedURL: vi.fn((_options: { provider: 'generic'; url: string }) => undefined),
    checkForUpdates: vi.fn(() =>
      Promise.resolve(
        available === null
          ? { isUpdateAvailable: false, updateInfo: { version: '0.1.0' } }
          : { isUpdateAvailable: true, updateInfo: { version: available } },
      ),
    ),
    downloadUpdate: vi.fn(() => Promise.resolve([] as unknown)),
    quitAndInstall: vi.fn(() => undefined),
  }
  return updater satisfies Updater
}

describe('updates', () => {
  it('do nothing in development (not packaged)', async () => {
    const loadUpdater = vi.fn()
    const service = createUpdateService({ isPackaged: false, loadUpdater, confirmInstall: vi.fn() })
    await expect(service.check()).resolves.toEqual({ status: 'disabled' })
    expect(loadUpdater).not.toHaveBeenCalled()
  })

  it('never download or install on their own; the feed url from the settings file is used', async () => {
    const updater = fakeUpdater(null)
    const service = createUpdateService({
      isPackaged: true,
      feedUrl: 'https://updates.example.cn/kehu/',
      loadUpdater: () => Promise.resolve(updater),
      confirmInstall: vi.fn(),
    })
    await expect(service.check()).resolves.toEqual({ status: 'none' })
    expect(updater.autoDownload).toBe(false)
    expect(updater.autoInstallOnAppQuit).toBe(false)
    expect(updater.setFeedURL).toHaveBeenCalledWith({
      provider: 'generic',
      url: 'https://updates.example.cn/kehu/',
    })
    expect(updater.downloadUpdate).not.toHaveBeenCalled()
  })

  it('ask before installing a downloaded update, and install only on yes', async () => {
    const updater = fakeUpdater('0.2.0')
    const confirmInstall = vi.fn(() => Promise.resolve(false))
    const service = createUpdateService({
      isPackaged: true,
      loadUpdater: () => Promise.resolve(updater),
      confirmInstall,
    })
    await expect(service.check()).resolves.toEqual({ status: 'downloaded', version: '0.2.0' })
    expect(updater.setFeedURL).not.toHaveBeenCalled()
    expect(updater.downloadUpdate).toHaveBeenCalledTimes(1)
    expect(confirmInstall).toHaveBeenCalledWith('0.2.0')
    expect(updater.quitAndInstall).not.toHaveBeenCalled()
    confirmInstall.mockResolvedValue(true)
    await service.check()
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1)
  })

  it('log a failed check (offline, no feed) and never throw; two clicks share one check', async () => {
    const log = vi.fn()
    const offline = new Error('net::ERR_INTERNET_DISCONNECTED')
    const updater = fakeUpdater(null)
    updater.checkForUpdates.mockImplementation(() => Promise.reject(offline))
    const service = createUpdateService({
      isPackaged: true,
      log,
      loadUpdater: () => Promise.resolve(updater),
      confirmInstall: vi.fn(),
    })
    const [first, second] = await Promise.all([service.check(), service.check()])
    expect(first).toEqual({ status: 'error' })
    expect(second).toBe(first)
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1)
    expect(log).toHaveBeenCalledWith('the update check failed', offline)
  })
})
