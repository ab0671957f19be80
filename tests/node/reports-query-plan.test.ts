import type Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixedClock } from '../../src/main/core/clock'
import type { Ctx } from '../../src/main/core/context'
import { openDatabase } from '../../src/main/core/db/open'
import { activityReport } from '../../src/main/core/services/reports-activity'
import { funnelReport } from '../../src/main/core/services/reports-funnel'
import { receivablesReport } from '../../src/main/core/services/reports-receivables'
import { MIGRATIONS, NOW, tempDir } from './helpers'

/**
 * The reports' heavy statements stay on their covering indexes (issue 7's budgets are
 * measured by `npx tsx bench/run.ts reports`; these plans keep them from regressing).
 */

const YEAR = { from: '2026-01-01', to: '2026-12-31' }

/** EXPLAIN QUERY PLAN with every parameter bound to NULL (the plan does not depend on values). */
function explain(sqlite: Database.Database, sql: string): string {
  const named: Record<string, null> = {}
  for (const match of sql.matchAll(/@(\w+)/g)) named[match[1] ?? ''] = null
  return (
    sqlite
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...(Object.keys(named).length ? [named] : [])) as {
      detail: string
    }[]
  )
    .map((r) => r.detail)
    .join('\n')
}

/** Every statement a service prepares, with its plan. */
function recording(run: (ctx: Ctx) => void): { sql: string; plan: string }[] {
  const database = openDatabase({ file: join(tempDir(), 'kehu.db'), migrationsFolder: MIGRATIONS })
  const recorded: string[] = []
  const sqlite = new Proxy(database.sqlite, {
    get(target, key) {
      if (key === 'prepare')
        return (sql: string) => {
          if (!sql.startsWith('EXPLAIN')) recorded.push(sql)
          return target.prepare(sql)
        }
      const value = Reflect.get(target, key) as unknown
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value
    },
  })
  try {
    run({ db: database.db, sqlite, clock: fixedClock(NOW) })
    return recorded.map((sql) => ({ sql, plan: explain(database.sqlite, sql) }))
  } finally {
    database.close()
  }
}

const planOf = (plans: { sql: string; plan: string }[], fragment: RegExp) => {
  const found = plans.find((p) => fragment.test(p.sql))
  expect(found, `no statement matching ${fragment}`).toBeDefined()
  return found!.plan
}

describe('reports query plans', () => {
  it("one owner's receivables read covering indexes and probe the owner's contracts", () => {
    const plans = recording((ctx) => receivablesReport(ctx, { ...YEAR, ownerId: 1 }))
    // Aging and the most overdue: the open instalments by customer, contract included.
    const aging = planOf(plans, /WITH per AS MATERIALIZED/)
    expect(aging).toMatch(/SCAN i USING COVERING INDEX instalments_open_customer/)
    expect(planOf(plans, /AS maxDaysOverdue/)).toMatch(
      /USING COVERING INDEX instalments_open_(customer|due)/,
    )
    // Received: the payments of the range from their covering index, not per contract.
    expect(planOf(plans, /AS receivedCents/)).toMatch(
      /SEARCH p USING COVERING INDEX payments_received_cover \(received_date>\? AND received_date<\?\)/,
    )
    for (const { plan } of plans) expect(plan).not.toMatch(/^SCAN (instalments|payments)$/m)
  })

  it('the funnel reads deals and their stage history from covering indexes', () => {
    for (const ownerId of [undefined, 1]) {
      const plans = recording((ctx) => funnelReport(ctx, { ...YEAR, ownerId }))
      const cohort = planOf(plans, /WITH cohort AS MATERIALIZED/)
      expect(cohort).toMatch(
        /SEARCH d USING COVERING INDEX deals_created_cover \(created_at>\? AND/,
      )
      expect(cohort).toMatch(
        /SEARCH h USING COVERING INDEX deal_stage_history_deal_stage \(deal_id=\?\)/,
      )
      expect(planOf(plans, /GROUP BY d.status/)).toMatch(
        /SEARCH d USING COVERING INDEX deals_closed_cover \(status=\? AND closed_date>\? AND/,
      )
      expect(planOf(plans, /AS reason/)).toMatch(/SEARCH d USING COVERING INDEX deals_closed_cover/)
      const stays = planOf(plans, /AS averageDays/)
      expect(stays).toMatch(/SEARCH h USING COVERING INDEX deal_stage_history_left/)
      if (ownerId === undefined)
        expect(stays).toMatch(/SEARCH deals USING (COVERING )?INDEX deals_deleted/)
      for (const { plan } of plans) expect(plan).not.toMatch(/^SCAN (d|deals|h)$/m)
    }
  })

  it('follow-ups per week: a range search of the time index per week, nothing sorted', () => {
    for (const ownerId of [undefined, 1]) {
      const plan = planOf(
        recording((ctx) => activityReport(ctx, { ...YEAR, ownerId })),
        /json_each\(@weeks\)/,
      )
      expect(plan).toMatch(
        /SEARCH a USING COVERING INDEX activities_occurred_live \(occurred_at>\? AND occurred_at<\?\)/,
      )
      expect(plan).toMatch(/SEARCH cu USING COVERING INDEX customers_owner_of \(id=\?/)
      expect(plan).not.toMatch(/TEMP B-TREE/)
    }
  })
})
