import { z } from 'zod'
import { id, listInput, type ListResult } from './common'
import { method, TOUCHES } from './method'

/**
 * Customer insight (客户分析). Every figure explains itself:
 * - a purchase is a contract signed (drafts and deleted contracts left out), on its signing
 *   date; lifetime revenue = Σ their totals; revenue 12m = those signed in the last 365 days;
 * - average interval = (last purchase − first purchase) ÷ (days with a purchase − 1), in
 *   days (two contracts signed the same day are one visit, not a zero interval);
 * - RFM: recency = days since the last purchase, frequency = purchases, monetary = lifetime
 *   revenue, each scored 1–5 by quintile over the customers who have bought (5 = most recent,
 *   most frequent, most revenue; equal values share a score); a score ≥ 3 is "high". The
 *   segment follows from high/low R, F, M (重要价值 = all high, …); customers who never
 *   bought have no RFM (segment `none`);
 * - churn risk, from the customer's own rhythm (thresholds in settings): `noOrder` — no order
 *   for more than churnIntervalFactor × the usual interval (purchases on two days or more);
 *   `noRepeat` — purchases on one day only, none since for churnSingleOrderDays; `noContact` — a
 *   customer who has bought, no follow-up for churnNoContactDays. Churned (流失) customers
 *   are not flagged again;
 * - a customer's years = days from the first purchase to today ÷ 365, at least 1; orders per
 *   year = purchases ÷ years; revenue at stake = what a year of the customer brings =
 *   lifetime revenue ÷ years (shown for customers at risk, who are sorted by it);
 * - CLV = average order × orders per year × clvYears (= revenue at stake × clvYears);
 * - last contact = the later of the last follow-up and the last signing.
 */
export const RFM_SEGMENTS = [
  'importantValue',
  'importantDevelop',
  'importantRetain',
  'importantWinBack',
  'generalValue',
  'generalDevelop',
  'generalRetain',
  'generalWinBack',
  'none',
] as const
export type RfmSegment = (typeof RFM_SEGMENTS)[number]

export type ChurnReason =
  | { kind: 'noOrder'; days: number; intervalDays: number }
  | { kind: 'noRepeat'; days: number }
  | { kind: 'noContact'; days: number }

export interface Rfm {
  r: number
  f: number
  m: number
  segment: RfmSegment
  /** The customer's raw values behind the scores. */
  recencyDays: number
  frequency: number
  monetaryCents: number
}

export interface Clv {
  cents: number
  averageOrderCents: number
  /** Purchases ÷ years as a customer (two decimals). */
  ordersPerYear: number
  /** Years as a customer (first purchase to today, at least 1; two decimals). */
  customerYears: number
  /** settings.clvYears */
  years: number
}

export interface CustomerInsight {
  customerId: number
  customerName: string
  customerCode: string
  ownerId: number | null
  ownerName: string | null
  grade: string | null
  stage: string
  lifetimeRevenueCents: number
  revenue12mCents: number
  purchases: number
  firstPurchaseDate: string | null
  lastPurchaseDate: string | null
  avgIntervalDays: number | null
  daysSinceLastPurchase: number | null
  lastContactAt: number | null
  daysSinceLastContact: number | null
  openReceivablesCents: number
  rfm: Rfm | null
  segment: RfmSegment
  atRisk: boolean
  reasons: ChurnReason[]
  atStakeCents: number
  clv: Clv | null
  /** The date these figures are as of. */
  asOf: string
}

/** Quintile breakpoints (the values at 20/40/60/80 %) the scores were cut at. */
export interface RfmBreakpoints {
  recencyDays: number[]
  frequency: number[]
  monetaryCents: number[]
}

export interface InsightSummary {
  asOf: string
  customers: number
  buyers: number
  segments: { segment: RfmSegment; count: number; revenueCents: number; atStakeCents: number }[]
  atRisk: {
    count: number
    atStakeCents: number
    byReason: { kind: ChurnReason['kind']; count: number }[]
  }
  breakpoints: RfmBreakpoints
}

export const INSIGHT_SORT_FIELDS = [
  'atStakeCents',
  'lifetimeRevenueCents',
  'revenue12mCents',
  'lastPurchaseDate',
  'purchases',
  'clvCents',
] as const
export const insightListInput = listInput(
  z.strictObject({
    segment: z.enum(RFM_SEGMENTS).optional(),
    atRisk: z.boolean().optional(),
    ownerId: id.optional(),
  }),
  [...INSIGHT_SORT_FIELDS],
)
export type InsightListInput = z.input<typeof insightListInput>

export const insightMethods = {
  'insight.get': method<CustomerInsight>()(z.strictObject({ customerId: id })),
  /** Default sort: revenue at stake, highest first. */
  'insight.list': method<ListResult<CustomerInsight>>()(insightListInput),
  'insight.summary': method<InsightSummary>()(z.strictObject({ ownerId: id.optional() }).nullish()),
  /** Recompute: the stale rows (default) or every customer (`full`). */
  'insight.refresh': method<{ refreshed: number; full: boolean }>()(
    z.strictObject({ full: z.boolean().optional() }).nullish(),
    { touches: TOUCHES.insight },
  ),
} as const
