import type { RfmBreakpoints, RfmSegment } from '../../../shared/api/insight'
import { localDate } from '../../../shared/dates'
import { addDays } from '../../../shared/dates'
import { today } from '../clock'
import type { Ctx } from '../context'
import {
  atStakeCents,
  breakpointsOf,
  churnReasons,
  clvOf,
  lastContactDate,
  recencyDays,
  scoreHigherBetter,
  scoreLowerBetter,
  segmentOf,
  type CustomerFacts,
  type InsightParams,
} from './rules'
import { stmt } from '../db/sql'
import { getSettings, readSetting, writeSetting } from '../app'

/**
 * Keeps customer_insight up to date (see schema/insight.ts). A full pass — every customer,
 * new quintile breakpoints — runs with the day's work (recency and years move with the
 * date) and when a threshold changes; otherwise only the rows the triggers of migration 0019
 * marked stale and the customers created since the last pass are recomputed, scored against
 * the day's breakpoints.
 */

const STATE_KEY = 'insight.state'

interface InsightState {
  asOf: string
  params: InsightParams
  breakpoints: RfmBreakpoints
  /** Customers with a higher id were created after the last pass. */
  maxCustomerId: number
}

/** Facts of customers read in one statement; `ids` (JSON array) limits it to some. */
function factsSql(some: boolean): string {
  const only = (column: string) =>
    some ? `AND ${column} IN (SELECT value FROM json_each(@ids))` : ''
  return `SELECT cu.id AS customerId, cu.stage AS stage, cu.last_activity_at AS lastActivityAt,
      COALESCE(p.purchases, 0) AS purchases, COALESCE(p.purchaseDays, 0) AS purchaseDays,
      COALESCE(p.lifetimeCents, 0) AS lifetimeCents, COALESCE(p.revenue12mCents, 0) AS revenue12mCents,
      p.firstPurchaseDate AS firstPurchaseDate, p.lastPurchaseDate AS lastPurchaseDate,
      COALESCE(p.openCents, 0) AS openCents, cu.deleted_at IS NULL AS live
    FROM customers cu
    LEFT JOIN (
      SELECT customer_id, COUNT(*) AS purchases, COUNT(DISTINCT signed_date) AS purchaseDays,
        SUM(total_cents) AS lifetimeCents,
        SUM(CASE WHEN signed_date > @since AND signed_date <= @today THEN total_cents ELSE 0 END)
          AS revenue12mCents,
        MIN(signed_date) AS firstPurchaseDate, MAX(signed_date) AS lastPurchaseDate,
        SUM(total_cents - received_cents - voided_cents) AS openCents
      FROM contracts WHERE deleted_at IS NULL AND state <> 'draft' ${only('customer_id')}
      GROUP BY customer_id
    ) p ON p.customer_id = cu.id
    WHERE 1 = 1 ${only('cu.id')}`
}

export interface FactsRow extends CustomerFacts {
  customerId: number
  revenue12mCents: number
  openCents: number
  live: number
}

const UPSERT = `INSERT INTO customer_insight (customer_id, stale, as_of, lifetime_cents,
    revenue_12m_cents, purchases, first_purchase_date, last_purchase_date, last_contact_at,
    open_cents, r_score, f_score, m_score, segment, risk, at_risk, at_stake_cents, clv_cents)
  VALUES (@customerId, 0, @asOf, @lifetimeCents, @revenue12mCents, @purchases, @firstPurchaseDate,
    @lastPurchaseDate, @lastActivityAt, @openCents, @r, @f, @m, @segment, @risk, @atRisk,
    @atStakeCents, @clvCents)
  ON CONFLICT (customer_id) DO UPDATE SET stale = 0, as_of = excluded.as_of,
    lifetime_cents = excluded.lifetime_cents, revenue_12m_cents = excluded.revenue_12m_cents,
    purchases = excluded.purchases, first_purchase_date = excluded.first_purchase_date,
    last_purchase_date = excluded.last_purchase_date, last_contact_at = excluded.last_contact_at,
    open_cents = excluded.open_cents, r_score = excluded.r_score, f_score = excluded.f_score,
    m_score = excluded.m_score, segment = excluded.segment, risk = excluded.risk,
    at_risk = excluded.at_risk, at_stake_cents = excluded.at_stake_cents,
    clv_cents = excluded.clv_cents`

function paramsOf(ctx: Ctx): InsightParams {
  const s = getSettings(ctx)
  return {
    churnIntervalFactor: s.churnIntervalFactor,
    churnSingleOrderDays: s.churnSingleOrderDays,
    churnNoContactDays: s.churnNoContactDays,
    clvYears: s.clvYears,
  }
}

function sameParams(a: InsightParams, b: InsightParams): boolean {
  return (Object.keys(a) as (keyof InsightParams)[]).every((k) => a[k] === b[k])
}

/** One customer's row from its facts, scored against `breakpoints`. */
function rowOf(facts: FactsRow, state: Omit<InsightState, 'maxCustomerId'>) {
  const { asOf, params, breakpoints } = state
  const bought = facts.purchases > 0 && facts.lastPurchaseDate !== null
  const r = bought
    ? scoreLowerBetter(recencyDays(facts.lastPurchaseDate!, asOf), breakpoints.recencyDays)
    : null
  const f = bought ? scoreHigherBetter(facts.purchases, breakpoints.frequency) : null
  const m = bought ? scoreHigherBetter(facts.lifetimeCents, breakpoints.monetaryCents) : null
  // A customer in the recycle bin keeps a row (restoring it marks it stale) but no segment.
  const segment: RfmSegment | null = !facts.live ? null : bought ? segmentOf(r!, f!, m!) : 'none'
  const contact = lastContactDate(facts, localDate)
  const reasons = facts.live ? churnReasons(facts, contact, params, asOf) : []
  return {
    customerId: facts.customerId,
    asOf,
    lifetimeCents: facts.lifetimeCents,
    revenue12mCents: facts.revenue12mCents,
    purchases: facts.purchases,
    firstPurchaseDate: facts.firstPurchaseDate,
    lastPurchaseDate: facts.lastPurchaseDate,
    lastActivityAt: facts.lastActivityAt,
    openCents: facts.openCents,
    r,
    f,
    m,
    segment,
    risk: JSON.stringify(reasons),
    atRisk: reasons.length > 0 ? 1 : 0,
    atStakeCents: atStakeCents(facts, asOf),
    clvCents: clvOf(facts, params.clvYears, asOf)?.cents ?? null,
  }
}

/** The facts of every customer, or of `ids`, as of a date. */
export function readFacts(ctx: Ctx, asOf: string, ids?: number[]): FactsRow[] {
  const params = { since: addDays(asOf, -365), today: asOf }
  return ids
    ? (stmt(ctx, factsSql(true)).all({ ...params, ids: JSON.stringify(ids) }) as FactsRow[])
    : (stmt(ctx, factsSql(false)).all(params) as FactsRow[])
}

/** Every customer, new breakpoints (over live customers who have bought), in one transaction. */
function fullRefresh(ctx: Ctx, asOf: string, params: InsightParams): number {
  const facts = readFacts(ctx, asOf)
  const buyers = facts
    .filter((x) => x.live && x.purchases > 0 && x.lastPurchaseDate !== null)
    .map((x) => ({
      recencyDays: recencyDays(x.lastPurchaseDate!, asOf),
      frequency: x.purchases,
      monetaryCents: x.lifetimeCents,
    }))
  const state: InsightState = {
    asOf,
    params,
    breakpoints: breakpointsOf(buyers),
    maxCustomerId: facts.reduce((max, x) => Math.max(max, x.customerId), 0),
  }
  const upsert = stmt(ctx, UPSERT)
  ctx.sqlite.transaction(() => {
    ctx.sqlite.prepare('DELETE FROM customer_insight').run()
    for (const x of facts) upsert.run(rowOf(x, state))
    writeSetting(ctx, STATE_KEY, state)
  })()
  return facts.length
}

function incrementalRefresh(ctx: Ctx, state: InsightState): number {
  const ids = [
    ...(stmt(ctx, 'SELECT customer_id FROM customer_insight WHERE stale = 1')
      .pluck()
      .all() as number[]),
    ...(stmt(ctx, 'SELECT id FROM customers WHERE id > ?')
      .pluck()
      .all(state.maxCustomerId) as number[]),
  ]
  if (ids.length === 0) return 0
  const facts = readFacts(ctx, state.asOf, ids)
  const upsert = stmt(ctx, UPSERT)
  ctx.sqlite.transaction(() => {
    for (const x of facts) upsert.run(rowOf(x, state))
    const maxCustomerId = facts.reduce((max, x) => Math.max(max, x.customerId), state.maxCustomerId)
    if (maxCustomerId !== state.maxCustomerId)
      writeSetting(ctx, STATE_KEY, { ...state, maxCustomerId })
  })()
  return facts.length
}

/**
 * Brings customer_insight up to date: a full pass when the day or a threshold changed (or
 * `full`), else the stale and new customers only. Never called by a read (domain-wiring.ts).
 */
export function refreshInsight(ctx: Ctx, full = false): { refreshed: number; full: boolean } {
  const asOf = today(ctx.clock)
  const params = paramsOf(ctx)
  const state = readSetting<InsightState | null>(ctx, STATE_KEY, null)
  if (full || !state || state.asOf !== asOf || !sameParams(state.params, params))
    return { refreshed: fullRefresh(ctx, asOf, params), full: true }
  return { refreshed: incrementalRefresh(ctx, state), full: false }
}

/** The breakpoints of the current pass (after refreshInsight). */
export function insightState(ctx: Ctx): InsightState {
  return (
    readSetting<InsightState | null>(ctx, STATE_KEY, null) ?? {
      asOf: today(ctx.clock),
      params: paramsOf(ctx),
      breakpoints: { recencyDays: [], frequency: [], monetaryCents: [] },
      maxCustomerId: 0,
    }
  )
}

/** Customers at churn risk and the revenue at stake, for the dashboard. */
export function atRiskFigure(
  ctx: Ctx,
  ownerId: number | undefined,
): { count: number; atStakeCents: number } {
  // Only live customers are ever at risk (see rowOf).
  return (
    ownerId === undefined
      ? stmt(
          ctx,
          `SELECT COUNT(*) AS count, COALESCE(SUM(at_stake_cents), 0) AS atStakeCents
           FROM customer_insight WHERE at_risk = 1`,
        ).get()
      : stmt(
          ctx,
          `SELECT COUNT(*) AS count, COALESCE(SUM(i.at_stake_cents), 0) AS atStakeCents
           FROM customer_insight i JOIN customers cu ON cu.id = i.customer_id
           WHERE i.at_risk = 1 AND cu.owner_id = @ownerId`,
        ).get({ ownerId })
  ) as { count: number; atStakeCents: number }
}
