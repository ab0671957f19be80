import { eq } from 'drizzle-orm'
import type { Settings } from '../../../shared/api'
import {
  DEFAULT_REMINDER_WINDOW_DAYS,
  DEFAULT_RENEWAL_WINDOW_DAYS,
} from '../../../shared/ledger-rules'
import type { Ctx } from '../context'
import { settings } from '../db/schema'
import { recordAudit, diff } from '../db/audit'

const DEFAULTS: Settings = {
  locale: 'zh-CN',
  theme: 'auto',
  companyName: '',
  onboarded: false,
  reminderWindowDays: DEFAULT_REMINDER_WINDOW_DAYS,
  renewalWindowDays: DEFAULT_RENEWAL_WINDOW_DAYS,
  companyAddress: '',
  companyPhone: '',
  amountsInWan: false,
  homeCurrency: 'CNY',
  churnIntervalFactor: 2,
  churnSingleOrderDays: 365,
  churnNoContactDays: 90,
  clvYears: 3,
  returnVisitDays: 7,
  notifyDaily: true,
  notifyTime: '09:00',
}

export function getSettings(ctx: Ctx): Settings {
  const rows = ctx.db.select().from(settings).all()
  const stored: Record<string, unknown> = {}
  // Other keys of the table belong to their domains (readSetting/writeSetting), not to Settings.
  for (const row of rows)
    if (row.key in DEFAULTS) stored[row.key] = JSON.parse(row.value) as unknown
  return { ...DEFAULTS, ...(stored as Partial<Settings>) }
}

/** A domain's own value in the settings table (e.g. the pipeline's lost reasons); `fallback` when unset. */
export function readSetting<T>(ctx: Ctx, key: string, fallback: T): T {
  const row = ctx.db.select().from(settings).where(eq(settings.key, key)).get()
  return row ? (JSON.parse(row.value) as T) : fallback
}

/** Stores a domain's value as JSON. Call inside the write's transaction. */
export function writeSetting(ctx: Ctx, key: string, value: unknown): void {
  const json = JSON.stringify(value)
  ctx.db
    .insert(settings)
    .values({ key, value: json })
    .onConflictDoUpdate({ target: settings.key, set: { value: json } })
    .run()
}

export function updateSettings(ctx: Ctx, patch: Partial<Settings>): Settings {
  return ctx.db.transaction(() => {
    const before = getSettings(ctx)
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue
      const json = JSON.stringify(value)
      ctx.db
        .insert(settings)
        .values({ key, value: json })
        .onConflictDoUpdate({ target: settings.key, set: { value: json } })
        .run()
    }
    const after = getSettings(ctx)
    const changes = diff({ ...before }, { ...after })
    if (Object.keys(changes).length > 0)
      recordAudit(ctx, { entity: 'settings', entityId: 0, action: 'update', changes })
    return after
  })
}
