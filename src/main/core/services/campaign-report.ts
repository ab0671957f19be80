import type { CampaignReport, ReportRangeInput } from '../../../shared/api'
import type { Ctx } from '../context'
import { CAMPAIGN_COLUMNS, FIGURE_COLUMNS, withRatios, type CampaignRow } from './campaigns'
import { stmt } from './reports-common'

/**
 * reports.campaigns: the live campaigns whose dates overlap the range (a campaign without
 * an end date is still running), newest start first, each with its figures over its whole
 * life, and the totals summed in SQL over the same rows. Campaigns have no owner and their
 * cost is not split by rep, so the report's owner filter does not apply.
 */
const OVERLAP = `c.deleted_at IS NULL AND c.start_date <= @to
  AND (c.end_date IS NULL OR c.end_date >= @from)`

export function campaignReport(ctx: Ctx, input: ReportRangeInput): CampaignReport {
  const range = { from: input.from, to: input.to }
  const rows = stmt(
    ctx,
    `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c WHERE ${OVERLAP}
     ORDER BY c.start_date DESC, c.id DESC`,
  ).all(range) as CampaignRow[]
  const totals = stmt(
    ctx,
    `SELECT COALESCE(SUM(budgetCents), 0) AS budgetCents, COALESCE(SUM(costCents), 0) AS costCents,
       COALESCE(SUM(newCustomers), 0) AS newCustomers, COALESCE(SUM(deals), 0) AS deals,
       COALESCE(SUM(wonDeals), 0) AS wonDeals, COALESCE(SUM(wonRevenueCents), 0) AS wonRevenueCents
     FROM (SELECT c.budget_cents AS budgetCents, c.cost_cents AS costCents, ${FIGURE_COLUMNS}
           FROM campaigns c WHERE ${OVERLAP})`,
  ).get(range) as Omit<CampaignReport['totals'], 'costPerNewCustomerCents' | 'roi'>
  return { ...range, rows: rows.map(withRatios), totals: withRatios(totals) }
}
