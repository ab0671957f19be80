import { z } from 'zod'
import {
  calendarDate,
  id,
  listInput,
  noInput,
  optionalDate,
  optionalText,
  type ListResult,
} from './common'
import { MAX_LEDGER_CENTS } from '../ledger-rules'
import { method, TOUCHES } from './method'
import { reportRangeInput } from './reports'

/**
 * Marketing campaigns (市场活动). Customers and deals carry their source campaign
 * (`campaignId`, set on the record or during import). A campaign's figures:
 * - new customers: live customers attributed to it;
 * - deals: live deals attributed to it (a deal of a customer in the recycle bin goes with
 *   it, as on the deals list); won revenue: Σ amount of the won ones;
 * - cost per new customer = cost ÷ new customers (null with none);
 * - ROI = (won revenue − cost) ÷ cost (null when the cost is 0).
 * All money is integer 分; ratios are fractions (0.25 = 25 %).
 */
export const CAMPAIGN_CHANNELS = [
  'exhibition',
  'onlineAds',
  'referral',
  'telemarketing',
  'wechat',
  'other',
] as const
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number]

export const campaignCents = z.number().int().min(0).max(MAX_LEDGER_CENTS)

export interface CampaignFigures {
  newCustomers: number
  deals: number
  wonDeals: number
  wonRevenueCents: number
  costPerNewCustomerCents: number | null
  roi: number | null
}

export interface Campaign extends CampaignFigures {
  id: number
  name: string
  channel: CampaignChannel
  startDate: string
  endDate: string | null
  budgetCents: number
  costCents: number
  notes: string | null
  createdAt: number
  updatedAt: number
  deletedAt: number | null
}

const campaignFields = {
  name: z.string().trim().min(1).max(100),
  channel: z.enum(CAMPAIGN_CHANNELS),
  startDate: calendarDate,
  endDate: optionalDate,
  budgetCents: campaignCents.optional(),
  costCents: campaignCents.optional(),
  notes: optionalText(5000),
}

/** The end is on or after the start (errors.campaignEndBeforeStart on endDate). */
export const campaignCreateInput = z.strictObject(campaignFields)
export const campaignUpdateInput = z.strictObject({
  id,
  name: campaignFields.name.optional(),
  channel: campaignFields.channel.optional(),
  startDate: campaignFields.startDate.optional(),
  endDate: campaignFields.endDate,
  budgetCents: campaignFields.budgetCents,
  costCents: campaignFields.costCents,
  notes: campaignFields.notes,
})
export type CampaignCreateInput = z.input<typeof campaignCreateInput>
export const campaignListInput = listInput(
  z.strictObject({
    channel: z.enum(CAMPAIGN_CHANNELS).optional(),
    deleted: z.boolean().optional(),
    /** Running on this date (start ≤ date ≤ end or no end). */
    activeOn: calendarDate.optional(),
  }),
  ['startDate', 'name', 'costCents', 'updatedAt'],
).extend({
  /** Also sum budget, cost and the figures over every matching campaign (the list's foot). */
  totals: z.boolean().optional(),
})

/** A campaign as pickers and labels need it (campaigns.options: every campaign, live first). */
export interface CampaignOption {
  id: number
  name: string
  channel: CampaignChannel
  startDate: string
  endDate: string | null
  deleted: boolean
}

export type CampaignListInput = z.input<typeof campaignListInput>

/** Summed over several campaigns; the ratios of the sums (not the mean of the ratios). */
export type CampaignTotals = CampaignFigures & { budgetCents: number; costCents: number }

export interface CampaignListResult extends ListResult<Campaign> {
  /** With `totals: true`. */
  totals?: CampaignTotals
}

export interface CampaignReport {
  from: string
  to: string
  /** Campaigns whose dates overlap the range, newest first; figures over their whole life. */
  rows: Campaign[]
  totals: CampaignTotals
}

export const campaignMethods = {
  'campaigns.create': method<Campaign>()(campaignCreateInput, { touches: TOUCHES.campaign }),
  'campaigns.get': method<Campaign>()(z.strictObject({ id })),
  'campaigns.update': method<Campaign>()(campaignUpdateInput, { touches: TOUCHES.campaign }),
  'campaigns.delete': method<null>()(z.strictObject({ id }), { touches: TOUCHES.campaign }),
  'campaigns.restore': method<Campaign>()(z.strictObject({ id }), { touches: TOUCHES.campaign }),
  'campaigns.list': method<CampaignListResult>()(campaignListInput),
  'campaigns.options': method<CampaignOption[]>()(noInput),
  'reports.campaigns': method<CampaignReport>()(reportRangeInput),
} as const
