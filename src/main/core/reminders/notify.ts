import type { Locale } from '../../../shared/api/app'
import type { NotificationCheck, ReminderNotification } from '../../../shared/api/reminders'
import { formatInstant } from '../../../shared/dates'
import { addDays } from '../../../shared/dates'
import { today as todayOf } from '../clock'
import type { Ctx } from '../context'
import { countReminders } from './list'
import { stmt } from '../db/sql'
import { getSettings, readSetting, writeSetting } from '../app'

/**
 * reminders.notifications: what the Electron host shows as desktop notifications. The
 * daily summary once a day from settings.notifyTime (when notifyDaily is on), and each
 * hand-made reminder once when its time has come. What was returned is written down in the
 * same transaction (the day of the last summary in settings, reminders.notified_at), so a
 * notification is returned once only, however often and from however many windows the host
 * asks. The text is in the app's language.
 */
const DAILY_KEY = 'reminders.dailyNotifiedOn'
/** The host asks again within this long at the latest, whatever is scheduled. */
const MAX_WAIT_MS = 3_600_000
/** At most this many hand-made reminders in one answer (the rest come at the next ask). */
const MAX_MANUAL = 20

const TEXT: Record<
  Locale,
  {
    dailyTitle: string
    daily: (today: number, overdue: number) => string
    reminder: string
  }
> = {
  'zh-CN': {
    dailyTitle: '今日提醒',
    daily: (today, overdue) =>
      overdue > 0
        ? `今天有 ${today + overdue} 项提醒，其中 ${overdue} 项已逾期。`
        : `今天有 ${today} 项提醒。`,
    reminder: '提醒',
  },
  en: {
    dailyTitle: "Today's reminders",
    daily: (today, overdue) =>
      overdue > 0
        ? `${today + overdue} reminder${today + overdue === 1 ? '' : 's'} today, ${overdue} overdue.`
        : `${today} reminder${today === 1 ? '' : 's'} today.`,
    reminder: 'Reminder',
  },
}

/** The instant of a local time 'HH:MM' on a date. */
export function localTimeMs(date: string, time: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  return new Date(y, m - 1, d, hh, mm).getTime()
}

interface DueReminder {
  id: number
  title: string
  notes: string | null
  at: number
  customerId: number | null
  customerName: string | null
  dealId: number | null
  dealTitle: string | null
  contractId: number | null
  contractNumber: string | null
}

function routeOf(r: DueReminder): string {
  if (r.dealId !== null) return `/pipeline?view=list&deal=${r.dealId}`
  if (r.contractId !== null) return `/contracts/${r.contractId}`
  if (r.customerId !== null) return `/customers/${r.customerId}`
  return '/reminders'
}

function bodyOf(r: DueReminder): string {
  const about = r.dealTitle ?? r.contractNumber ?? r.customerName
  const notes = r.notes ? r.notes.slice(0, 120) : null
  return [formatInstant(r.at).slice(11), about, notes].filter(Boolean).join(' · ')
}

export function checkNotifications(ctx: Ctx): NotificationCheck {
  return ctx.sqlite.transaction(() => {
    const now = ctx.clock.now()
    const today = todayOf(ctx.clock)
    const settings = getSettings(ctx)
    const text = TEXT[settings.locale]
    const notifications: ReminderNotification[] = []

    let nextDaily: number | null = null
    if (settings.notifyDaily) {
      const dueAt = localTimeMs(today, settings.notifyTime)
      const sentOn = readSetting<string | null>(ctx, DAILY_KEY, null)
      if (sentOn !== today && now >= dueAt) {
        writeSetting(ctx, DAILY_KEY, today)
        const counts = countReminders(ctx, undefined)
        // Nothing due: nothing to say today, but the day's summary is spent.
        if (counts.today + counts.overdue > 0)
          notifications.push({
            key: `daily:${today}`,
            title: text.dailyTitle,
            body: text.daily(counts.today, counts.overdue),
            route: '/reminders',
          })
      }
      nextDaily =
        sentOn === today || now >= dueAt
          ? localTimeMs(addDays(today, 1), settings.notifyTime)
          : dueAt
    }

    const due = stmt(
      ctx,
      `SELECT m.id, m.title, m.notes, m.at, c.id AS customerId, c.name AS customerName,
         m.deal_id AS dealId, d.title AS dealTitle, m.contract_id AS contractId, k.number AS contractNumber
       FROM reminders m LEFT JOIN deals d ON d.id = m.deal_id LEFT JOIN contracts k ON k.id = m.contract_id
         LEFT JOIN customers c ON c.id = COALESCE(m.customer_id, d.customer_id, k.customer_id)
       WHERE m.done_at IS NULL AND m.deleted_at IS NULL AND m.at <= @now AND m.notified_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM reminder_states s WHERE s.key = 'manual:' || m.id
           AND s.snoozed_until > @today)
       ORDER BY m.at, m.id LIMIT ${MAX_MANUAL}`,
    ).all({ now, today }) as DueReminder[]
    const mark = stmt(ctx, 'UPDATE reminders SET notified_at = ? WHERE id = ?')
    for (const r of due) {
      mark.run(now, r.id)
      notifications.push({
        key: `manual:${r.id}`,
        title: `${text.reminder}：${r.title}`.replace('Reminder：', 'Reminder: '),
        body: bodyOf(r),
        route: routeOf(r),
      })
    }

    const nextManual =
      due.length === MAX_MANUAL
        ? now
        : (stmt(
            ctx,
            `SELECT MIN(at) FROM reminders
             WHERE done_at IS NULL AND deleted_at IS NULL AND notified_at IS NULL AND at > ?`,
          )
            .pluck()
            .get(now) as number | null)
    const nextCheckAt = Math.min(
      now + MAX_WAIT_MS,
      ...[nextDaily, nextManual].filter((v): v is number => v !== null),
    )
    return { notifications, nextCheckAt }
  })()
}
