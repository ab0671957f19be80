import { describe, expect, it } from 'vitest'
import { campaignReport } from '../../../src/main/core/campaigns/report'
import { listCampaigns } from '../../../src/main/core/campaigns/campaigns'
import { customerListQueries } from '../../../src/main/core/customers/customer-list'
import { dealListQueries } from '../../../src/main/core/pipeline/deal-list'
import { toQuery } from '../../../src/main/core/pipeline/deal-rows'
import { planOf, recordPlans } from '../query-plans'

/**
 * A campaign's figures search the partial indexes of attributed rows for that one campaign
 * (never a scan of customers or deals); the list and the report walk campaigns_start_live
 * newest first without a sort (budgets: `npx tsx bench/run.ts campaigns`).
 */
function expectFigures(plan: string): void {
  expect(plan).toMatch(
    /SEARCH cu USING (COVERING )?INDEX customers_campaign_live \(campaign_id=\?\)/,
  )
  expect(plan).toMatch(/SEARCH d USING (COVERING )?INDEX deals_campaign_live \(campaign_id=\?\)/)
  expect(plan).toMatch(
    /SEARCH d USING (COVERING )?INDEX deals_campaign_live \(campaign_id=\? AND status=\?\)/,
  )
  expect(plan).not.toMatch(/SCAN (cu|d)\b/)
}

describe('campaign query plans', () => {
  it('the default list walks campaigns_start_live newest first and counts from it', () => {
    const plans = recordPlans((ctx) => listCampaigns(ctx, {}))
    const page = planOf(plans, /FROM campaigns c WHERE .* ORDER BY/s)
    expect(page).toMatch(/SCAN c USING INDEX campaigns_start_live/)
    expect(page).not.toMatch(/TEMP B-TREE/)
    expectFigures(page)
    expect(planOf(plans, /SELECT COUNT\(\*\) FROM campaigns c/)).toMatch(/campaigns_start_live/)
  })

  it('the report searches campaigns_start_live by start date and sums the same figures', () => {
    const plans = recordPlans((ctx) =>
      campaignReport(ctx, { from: '2026-10-01', to: '2026-10-31' }),
    )
    const rows = planOf(plans, /FROM campaigns c WHERE .* ORDER BY c.start_date DESC/s)
    expect(rows).toMatch(/SEARCH c USING INDEX campaigns_start_live \(start_date<\?\)/)
    expect(rows).not.toMatch(/TEMP B-TREE/)
    expectFigures(rows)
    const totals = planOf(plans, /SUM\(wonRevenueCents\)/)
    expect(totals).toMatch(/campaigns_start_live/)
    expectFigures(totals)
  })

  it('customers of a campaign, newest first, come from customers_campaign_live in order', () => {
    const plans = recordPlans((ctx) => {
      const queries = customerListQueries(ctx, {
        filter: { campaignId: 1 },
        sort: { field: 'createdAt', dir: 'desc' },
      })
      for (const query of [queries.page.toSQL(), toQuery(queries.count)])
        ctx.sqlite.prepare(query.sql)
    })
    const page = planOf(plans, /^select "id" from "customers"/i)
    expect(page).toMatch(
      /SEARCH customers USING (COVERING )?INDEX customers_campaign_live \(campaign_id=\?\)/,
    )
    expect(page).not.toMatch(/TEMP B-TREE/)
    expect(planOf(plans, /^SELECT count\(\*\)/i)).toMatch(/customers_campaign_live/)
  })

  it("a campaign's deals search deals_campaign_live (its few deals are sorted, not the table scanned)", () => {
    const plans = recordPlans((ctx) => {
      const queries = dealListQueries({ filter: { campaignId: 1 } })
      for (const query of [queries.page, queries.count]) ctx.sqlite.prepare(toQuery(query).sql)
    })
    for (const fragment of [/^SELECT d.id FROM deals d/, /^SELECT count\(\*\) AS n FROM deals d/])
      expect(planOf(plans, fragment)).toMatch(
        /SEARCH d USING INDEX deals_campaign_live \(campaign_id=\?\)/,
      )
  })
})
