import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { NotificationCheck, Result } from '../../../src/shared/api'

/** Electron's Notification, recorded: what was shown, and a click to send. */
class FakeNotification extends EventEmitter {
  static shown: FakeNotification[] = []
  static supported = true
  static isSupported = vi.fn(() => FakeNotification.supported)
  readonly show = vi.fn(() => {
    FakeNotification.shown.push(this)
  })
  constructor(readonly options: { title: string; body: string }) {
    super()
  }
}

vi.mock('electron', async () => ({
  ...(await import('./fake-electron')),
  Notification: FakeNotification,
}))

const { startRemindersNotifier, CHECK_EVERY_MS } =
  await import('../../../src/main/electron/reminders-notifier')
const { BrowserWindow, resetFakeElectron } = await import('./fake-electron')

const NOW = new Date(2026, 10, 23, 9, 0).getTime()

function answers(...checks: NotificationCheck[]) {
  const invoke = vi.fn((_method: string, _input: unknown): Promise<Result<unknown>> => {
    const next = checks.shift() ?? { notifications: [], nextCheckAt: Date.now() + 3_600_000 }
    return Promise.resolve({ ok: true, value: next })
  })
  return invoke
}

function window() {
  const win = new BrowserWindow({})
  const executeJavaScript = vi.fn((_code: string) => Promise.resolve())
  Object.assign(win.webContents, { executeJavaScript })
  win.isMinimized.mockReturnValue(true)
  return { win, executeJavaScript }
}

beforeEach(() => {
  resetFakeElectron()
  FakeNotification.shown = []
  FakeNotification.supported = true
  vi.useFakeTimers()
  vi.setSystemTime(NOW)
})
afterEach(() => vi.useRealTimers())

describe('the reminders notifier (Electron)', () => {
  it('shows each notification the core returns; a click focuses the window on its route', async () => {
    const { win, executeJavaScript } = window()
    const invoke = answers({
      notifications: [
        {
          key: 'daily:2026-11-23',
          title: '今日提醒',
          body: '今天有 3 项提醒。',
          route: '/reminders',
        },
        {
          key: 'manual:4',
          title: '提醒：给王总打电话',
          body: '09:00 · 杭州鑫源',
          route: '/customers/12',
        },
      ],
      nextCheckAt: NOW + 30 * 60_000,
    })
    const notifier = startRemindersNotifier({
      invoke,
      window: () => win as never,
      log: vi.fn(),
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(invoke).toHaveBeenCalledWith('reminders.notifications', {})
    expect(FakeNotification.shown.map((n) => n.options)).toEqual([
      { title: '今日提醒', body: '今天有 3 项提醒。' },
      { title: '提醒：给王总打电话', body: '09:00 · 杭州鑫源' },
    ])
    FakeNotification.shown[1]!.emit('click')
    expect(win.restore).toHaveBeenCalled()
    expect(win.show).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
    expect(executeJavaScript).toHaveBeenCalledWith('window.location.hash = "#/customers/12"')
    notifier.stop()
  })

  it('asks every minute, sooner at nextCheckAt, and stops', async () => {
    const invoke = answers(
      { notifications: [], nextCheckAt: NOW + 20_000 },
      { notifications: [], nextCheckAt: NOW + 3_600_000 },
    )
    const notifier = startRemindersNotifier({ invoke, window: () => null, log: vi.fn() })
    await vi.advanceTimersByTimeAsync(0)
    expect(invoke).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(19_999)
    expect(invoke).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(invoke).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS)
    expect(invoke).toHaveBeenCalledTimes(3)
    notifier.stop()
    await vi.advanceTimersByTimeAsync(10 * CHECK_EVERY_MS)
    expect(invoke).toHaveBeenCalledTimes(3)
  })

  it('a refusal from the core is logged and asked again a minute later; nothing shows unsupported', async () => {
    FakeNotification.supported = false
    const log = vi.fn()
    const invoke = vi
      .fn()
      .mockResolvedValueOnce({
        ok: false,
        error: { code: 'INTERNAL', key: 'errors.internal', message: 'boom' },
      })
      .mockResolvedValue({
        ok: true,
        value: {
          notifications: [{ key: 'manual:1', title: 't', body: 'b', route: '/reminders' }],
          nextCheckAt: NOW + 3_600_000,
        },
      })
    const notifier = startRemindersNotifier({ invoke, window: () => null, log })
    await vi.advanceTimersByTimeAsync(0)
    expect(log).toHaveBeenCalledWith('reminders.notifications: boom')
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS)
    expect(invoke).toHaveBeenCalledTimes(2)
    expect(FakeNotification.shown).toEqual([])
    notifier.stop()
  })
})
