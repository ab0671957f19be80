import { describe, expect, it } from 'vitest'
import { refreshInsight } from '../../../src/main/core/insight/refresh'
import { insightSummary, listInsight } from '../../../src/main/core/insight/read'
import { planOf, recordPlans } from '../query-plans'

/**
 * Insight's reads stay on customer_insight's own indexes and the incremental refresh reads
 * only the stale rows and their customers' contracts (budgets: `npx tsx bench/run.ts insight`).
 */
describe('insight query plans', () => {
  it('the at-risk page walks customer_insight_at_risk in order: nothing sorted, no customers scanned', () => {
    const plans = recordPlans((ctx) => listInsight(ctx, { filter: { atRisk: true } }))
    const page = planOf(plans, /SELECT i.customer_id FROM customer_insight i\s+WHERE/)
    expect(page).toMatch(/SCAN i USING INDEX customer_insight_at_risk/)
    expect(page).not.toMatch(/TEMP B-TREE/)
    expect(planOf(plans, /SELECT COUNT\(\*\) FROM customer_insight/)).toMatch(
      /customer_insight_at_risk/,
    )
  })

  it('a segment page reads customer_insight_segment by segment and revenue', () => {
    const plans = recordPlans((ctx) =>
      listInsight(ctx, {
        filter: { segment: 'importantValue' },
        sort: { field: 'lifetimeRevenueCents', dir: 'desc' },
      }),
    )
    const page = planOf(plans, /SELECT i.customer_id FROM customer_insight i\s+WHERE/)
    expect(page).toMatch(/SEARCH i USING (COVERING )?INDEX customer_insight_segment \(segment=\?\)/)
    expect(page).not.toMatch(/TEMP B-TREE/)
  })

  it('the incremental refresh reads the stale rows from their index and the contracts of those customers only', () => {
    const plans = recordPlans(
      (ctx) => {
        refreshInsight(ctx)
        // A follow-up logged: the trigger marks the customer's row stale.
        ctx.sqlite.prepare('UPDATE customers SET last_activity_at = 1 WHERE id = 1').run()
        expect(refreshInsight(ctx)).toEqual({ refreshed: 1, full: false })
      },
      (sqlite) =>
        sqlite
          .prepare(
            "INSERT INTO customers (code, name, created_at, updated_at) VALUES ('KH1', '客户', 0, 0)",
          )
          .run(),
    )
    expect(planOf(plans, /WHERE stale = 1/)).toMatch(/customer_insight_stale/)
    const facts = planOf(plans, /json_each\(@ids\)/)
    expect(facts).toMatch(/SEARCH contracts USING INDEX contracts_customer \(customer_id=\?\)/)
    expect(facts).toMatch(/SEARCH cu USING INTEGER PRIMARY KEY \(rowid=\?\)/)
  })

  it('the summary counts at-risk customers from their partial index', () => {
    const plans = recordPlans((ctx) => insightSummary(ctx, undefined))
    expect(planOf(plans, /WHERE i.at_risk = 1/)).toMatch(/customer_insight_at_risk/)
  })
})
