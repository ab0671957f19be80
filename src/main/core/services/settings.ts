import type { Settings } from '../../../shared/api'
import type { Ctx } from '../context'
import { settings } from '../db/schema'
import { recordAudit, diff } from './audit'

const DEFAULTS: Settings = { locale: 'zh-CN', theme: 'auto', companyName: '', onboarded: false }

export function getSettings(ctx: Ctx): Settings {
  const rows = ctx.db.select().from(settings).all()
  const stored: Record<string, unknown> = {}
  for (const row of rows) stored[row.key] = JSON.parse(row.value) as unknown
  return { ...DEFAULTS, ...(stored as Partial<Settings>) }
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
