import { describe, expect, it } from 'vitest'
import { activityReport } from '../../../src/main/core/reports/activity'
import { funnelReport } from '../../../src/main/core/reports/funnel'
import { receivablesReport } from '../../../src/main/core/reports/receivables'
import { planOf, recordPlans } from '../query-plans'

/**
 * The reports' heavy statements stay on their covering indexes (the budgets are
 * measured by `npx tsx bench/run.ts reports`; these plans keep them from regressing).
 */

const YEAR = { from: '2026-01-01', to: '2026-12-31' }

describe('reports query plans', () => {
  it("one owner's receivables read covering indexes and probe the owner's contracts", () => {
    const plans = recordPlans((ctx) => receivablesReport(ctx, { ...YEAR, ownerId: 1 }))
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
      const plans = recordPlans((ctx) => funnelReport(ctx, { ...YEAR, ownerId }))
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
        recordPlans((ctx) => activityReport(ctx, { ...YEAR, ownerId })),
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
