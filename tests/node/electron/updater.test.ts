import { describe, expect, it, vi } from 'vitest'
import { checkForUpdates } from '../../../src/main/electron/updater'

vi.mock('electron', () => import('./fake-electron'))

describe('the update check', () => {
  it('does nothing in development (not packaged)', async () => {
    const loadUpdater = vi.fn()
    await checkForUpdates({ isPackaged: false, loadUpdater })
    expect(loadUpdater).not.toHaveBeenCalled()
  })

  it('checks and notifies when packaged', async () => {
    const checkForUpdatesAndNotify = vi.fn(() => Promise.resolve(null))
    await checkForUpdates({
      isPackaged: true,
      loadUpdater: () => Promise.resolve({ checkForUpdatesAndNotify }),
    })
    expect(checkForUpdatesAndNotify).toHaveBeenCalledTimes(1)
  })

  it('logs a failed check (offline, no feed) and never throws', async () => {
    const log = vi.fn()
    const offline = new Error('net::ERR_INTERNET_DISCONNECTED')
    await expect(
      checkForUpdates({
        isPackaged: true,
        log,
        loadUpdater: () =>
          Promise.resolve({ checkForUpdatesAndNotify: () => Promise.reject(offline) }),
      }),
    ).resolves.toBeUndefined()
    expect(log).toHaveBeenCalledWith('the update check failed', offline)
  })

  it('logs an updater that cannot even load', async () => {
    const log = vi.fn()
    await checkForUpdates({
      isPackaged: true,
      log,
      loadUpdater: () => Promise.reject(new Error('no app-update.yml')),
    })
    expect(log).toHaveBeenCalledTimes(1)
  })
})
