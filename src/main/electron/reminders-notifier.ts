import { Notification, type BrowserWindow } from 'electron'
import type { NotificationCheck, Result } from '../../shared/api'
import { focusWindow } from './window'

/**
 * The reminder centre's desktop notifications. Thin on purpose: the core decides what is due
 * and returns each notification once (reminders.notifications); this asks it every minute
 * (sooner when the core names an earlier nextCheckAt), shows each with Electron's
 * Notification and, on a click, brings the window forward on the notification's route.
 */
export interface RemindersNotifierDeps {
  invoke(method: string, input: unknown): Promise<Result<unknown>>
  window(): BrowserWindow | null
  log(message: string, error?: unknown): void
  now?: () => number
}

export interface RemindersNotifier {
  /** Asks the core now (and schedules the next ask). */
  check(): Promise<void>
  stop(): void
}

/** Ask at least this often, whatever the core says (a reminder made meanwhile, a new day). */
export const CHECK_EVERY_MS = 60_000
const SOONEST_MS = 1_000

/** Shows the window on a hash route ('/customers/12' → '#/customers/12'). */
export function openRoute(window: BrowserWindow | null, route: string): void {
  if (!window || window.isDestroyed()) return
  focusWindow(window)
  const hash = `#${route.startsWith('/') ? route : `/${route}`}`
  window.webContents
    .executeJavaScript(`window.location.hash = ${JSON.stringify(hash)}`)
    .catch(() => undefined)
}

export function startRemindersNotifier(deps: RemindersNotifierDeps): RemindersNotifier {
  const now = deps.now ?? Date.now
  let timer: ReturnType<typeof setTimeout> | null = null
  let stopped = false
  // Shown notifications are kept referenced: a collected one loses its click handler.
  const shown = new Set<Notification>()

  function schedule(nextCheckAt: number | null): void {
    if (stopped) return
    const wait =
      nextCheckAt === null
        ? CHECK_EVERY_MS
        : Math.max(SOONEST_MS, Math.min(CHECK_EVERY_MS, nextCheckAt - now()))
    timer = setTimeout(() => void check(), wait)
  }

  async function check(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = null
    let next: number | null = null
    try {
      const result = await deps.invoke('reminders.notifications', {})
      if (!result.ok) deps.log(`reminders.notifications: ${result.error.message}`)
      else {
        const value = result.value as NotificationCheck
        next = value.nextCheckAt
        if (Notification.isSupported())
          for (const item of value.notifications) {
            const notification = new Notification({ title: item.title, body: item.body })
            shown.add(notification)
            notification.on('click', () => {
              shown.delete(notification)
              openRoute(deps.window(), item.route)
            })
            notification.on('close', () => shown.delete(notification))
            notification.show()
          }
      }
    } catch (error) {
      deps.log('showing reminders failed', error)
    }
    schedule(next)
  }

  void check()
  return {
    check,
    stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      timer = null
      shown.clear()
    },
  }
}
