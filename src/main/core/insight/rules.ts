import type { ChurnReason, Clv, RfmBreakpoints, RfmSegment } from '../../../shared/api/insight'
import { daysBetween } from '../../../shared/dates'

/**
 * The rules of customer insight as plain functions (see src/shared/api/insight.ts for the
 * words): quintile breakpoints and scores, the RFM segment, churn reasons, revenue at stake
 * and CLV. No database here, so each rule is tested on its own.
 */

/** What insight needs to know of one customer (from its contracts and its record). */
export interface CustomerFacts {
  stage: string
  purchases: number
  /** Distinct signing dates. */
  purchaseDays: number
  lifetimeCents: number
  firstPurchaseDate: string | null
  lastPurchaseDate: string | null
  /** The last follow-up (ms), null when none. */
  lastActivityAt: number | null
}

export interface InsightParams {
  churnIntervalFactor: number
  churnSingleOrderDays: number
  churnNoContactDays: number
  clvYears: number
}

/**
 * The values at 20, 40, 60 and 80 % of the sorted values (nearest rank). Scores compare a
 * value with these, so equal values always share a score.
 */
export function quintileBreakpoints(values: readonly number[]): number[] {
  if (values.length === 0) return []
  const sorted = [...values].sort((a, b) => a - b)
  return [1, 2, 3, 4].map((q) => sorted[Math.max(0, Math.ceil((q * sorted.length) / 5) - 1)]!)
}

/** 1–5: one more for each breakpoint the value is above (frequency, monetary). */
export function scoreHigherBetter(value: number, breakpoints: readonly number[]): number {
  return 1 + breakpoints.filter((b) => value > b).length
}

/** 1–5: one more for each breakpoint the value is below (recency in days: fewer is better). */
export function scoreLowerBetter(value: number, breakpoints: readonly number[]): number {
  return 1 + breakpoints.filter((b) => value < b).length
}

/** A score of 3 or more is "high". */
export const HIGH_SCORE = 3

export function segmentOf(r: number, f: number, m: number): RfmSegment {
  const key = `${r >= HIGH_SCORE ? 'R' : 'r'}${f >= HIGH_SCORE ? 'F' : 'f'}${m >= HIGH_SCORE ? 'M' : 'm'}`
  const segments: Record<string, RfmSegment> = {
    RFM: 'importantValue',
    RfM: 'importantDevelop',
    rFM: 'importantRetain',
    rfM: 'importantWinBack',
    RFm: 'generalValue',
    Rfm: 'generalDevelop',
    rFm: 'generalRetain',
    rfm: 'generalWinBack',
  }
  return segments[key]!
}

/** Recency in whole days (0 for a signing dated today or later). */
export function recencyDays(lastPurchaseDate: string, today: string): number {
  return Math.max(0, daysBetween(lastPurchaseDate, today))
}

/** (last − first) ÷ (days with a purchase − 1); null with purchases on one day only. */
export function averageIntervalDays(facts: CustomerFacts): number | null {
  if (facts.purchaseDays < 2 || !facts.firstPurchaseDate || !facts.lastPurchaseDate) return null
  return daysBetween(facts.firstPurchaseDate, facts.lastPurchaseDate) / (facts.purchaseDays - 1)
}

/** The later of the last follow-up's day and the last signing, as a date. */
export function lastContactDate(
  facts: CustomerFacts,
  localDateOf: (ms: number) => string,
): string | null {
  const followUp = facts.lastActivityAt === null ? null : localDateOf(facts.lastActivityAt)
  const signing = facts.lastPurchaseDate
  if (followUp === null) return signing
  if (signing === null) return followUp
  return followUp > signing ? followUp : signing
}

/** Reasons in the order they are shown; [] = not at risk. */
export function churnReasons(
  facts: CustomerFacts,
  contactDate: string | null,
  params: InsightParams,
  today: string,
): ChurnReason[] {
  if (facts.stage === 'churned' || facts.purchases === 0 || !facts.lastPurchaseDate) return []
  const reasons: ChurnReason[] = []
  const days = recencyDays(facts.lastPurchaseDate, today)
  const interval = averageIntervalDays(facts)
  if (interval !== null) {
    if (days > params.churnIntervalFactor * interval)
      reasons.push({ kind: 'noOrder', days, intervalDays: Math.round(interval) })
  } else if (days > params.churnSingleOrderDays) {
    reasons.push({ kind: 'noRepeat', days })
  }
  if (contactDate !== null) {
    const silent = Math.max(0, daysBetween(contactDate, today))
    if (silent > params.churnNoContactDays) reasons.push({ kind: 'noContact', days: silent })
  }
  return reasons
}

/** Years as a customer: first purchase to today ÷ 365, at least one. */
export function customerYears(firstPurchaseDate: string, today: string): number {
  return Math.max(1, daysBetween(firstPurchaseDate, today) / 365)
}

/** Revenue at stake: lifetime revenue ÷ years as a customer, to the 分. */
export function atStakeCents(facts: CustomerFacts, today: string): number {
  if (facts.purchases === 0 || !facts.firstPurchaseDate) return 0
  return Math.round(facts.lifetimeCents / customerYears(facts.firstPurchaseDate, today))
}

const two = (n: number) => Math.round(n * 100) / 100

/** CLV = average order × orders per year × clvYears; null for a customer who never bought. */
export function clvOf(facts: CustomerFacts, clvYears: number, today: string): Clv | null {
  if (facts.purchases === 0 || !facts.firstPurchaseDate) return null
  const years = customerYears(facts.firstPurchaseDate, today)
  return {
    cents: Math.round((facts.lifetimeCents / years) * clvYears),
    averageOrderCents: Math.round(facts.lifetimeCents / facts.purchases),
    ordersPerYear: two(facts.purchases / years),
    customerYears: two(years),
    years: clvYears,
  }
}

/** Breakpoints over the customers who have bought. */
export function breakpointsOf(
  buyers: readonly { recencyDays: number; frequency: number; monetaryCents: number }[],
): RfmBreakpoints {
  return {
    recencyDays: quintileBreakpoints(buyers.map((b) => b.recencyDays)),
    frequency: quintileBreakpoints(buyers.map((b) => b.frequency)),
    monetaryCents: quintileBreakpoints(buyers.map((b) => b.monetaryCents)),
  }
}
