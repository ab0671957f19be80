import type { CampaignReport, ReportRangeInput } from '../../../shared/api'
import type { Ctx } from '../context'
import { CAMPAIGN_COLUMNS, campaignTotals, withRatios, type CampaignRow } from './campaigns'
import { stmt } from '../db/sql'

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
  return { ...range, rows: rows.map(withRatios), totals: campaignTotals(ctx, OVERLAP, range) }
}
