import type { ListResult } from '../../../shared/api/common'
import type {
  ChurnReason,
  CustomerInsight,
  InsightListInput,
  InsightSummary,
  RfmSegment,
} from '../../../shared/api/insight'
import { RFM_SEGMENTS } from '../../../shared/api/insight'
import { localDate } from '../../../shared/dates'
import { daysBetween } from '../../../shared/dates'
import type { Ctx } from '../context'
import { notFound } from '../errors'
import { insightState, readFacts } from './refresh'
import { averageIntervalDays, clvOf, lastContactDate, recencyDays } from './rules'
import { stmt, pageOf } from '../db/sql'

/**
 * insight.get / list / summary, from customer_insight as the core keeps it (refreshInsight
 * runs in the dispatcher before the calls that show it: beforeRead, domain-wiring.ts).
 */

interface StoredRow {
  customerId: number
  customerName: string
  customerCode: string
  ownerId: number | null
  ownerName: string | null
  grade: string | null
  stage: string
  revenue12mCents: number
  openCents: number
  rScore: number | null
  fScore: number | null
  mScore: number | null
  segment: RfmSegment
  risk: string
  atRisk: number
  atStakeCents: number
}

const ROW_COLUMNS = `i.customer_id AS customerId, cu.name AS customerName, cu.code AS customerCode,
  cu.owner_id AS ownerId, o.name AS ownerName, cu.grade AS grade, cu.stage AS stage,
  i.revenue_12m_cents AS revenue12mCents, i.open_cents AS openCents, i.r_score AS rScore,
  i.f_score AS fScore, i.m_score AS mScore, i.segment AS segment, i.risk AS risk,
  i.at_risk AS atRisk, i.at_stake_cents AS atStakeCents`
const FROM = `FROM customer_insight i JOIN customers cu ON cu.id = i.customer_id
  LEFT JOIN owners o ON o.id = cu.owner_id`

/** Stored scores plus the facts behind them (read again for these customers only). */
function toInsights(ctx: Ctx, rows: StoredRow[]): CustomerInsight[] {
  if (rows.length === 0) return []
  const { asOf, params } = insightState(ctx)
  const facts = new Map(
    readFacts(
      ctx,
      asOf,
      rows.map((r) => r.customerId),
    ).map((f) => [f.customerId, f]),
  )
  return rows.map((row) => {
    const f = facts.get(row.customerId)!
    const contact = lastContactDate(f, localDate)
    const interval = averageIntervalDays(f)
    return {
      customerId: row.customerId,
      customerName: row.customerName,
      customerCode: row.customerCode,
      ownerId: row.ownerId,
      ownerName: row.ownerName,
      grade: row.grade,
      stage: row.stage,
      lifetimeRevenueCents: f.lifetimeCents,
      revenue12mCents: row.revenue12mCents,
      purchases: f.purchases,
      firstPurchaseDate: f.firstPurchaseDate,
      lastPurchaseDate: f.lastPurchaseDate,
      avgIntervalDays: interval === null ? null : Math.round(interval * 10) / 10,
      daysSinceLastPurchase: f.lastPurchaseDate ? recencyDays(f.lastPurchaseDate, asOf) : null,
      lastContactAt: f.lastActivityAt,
      daysSinceLastContact: contact === null ? null : Math.max(0, daysBetween(contact, asOf)),
      openReceivablesCents: row.openCents,
      rfm:
        row.rScore === null || row.fScore === null || row.mScore === null
          ? null
          : {
              r: row.rScore,
              f: row.fScore,
              m: row.mScore,
              segment: row.segment,
              recencyDays: recencyDays(f.lastPurchaseDate!, asOf),
              frequency: f.purchases,
              monetaryCents: f.lifetimeCents,
            },
      segment: row.segment,
      atRisk: row.atRisk === 1,
      reasons: JSON.parse(row.risk) as ChurnReason[],
      atStakeCents: row.atStakeCents,
      clv: clvOf(f, params.clvYears, asOf),
      asOf,
    }
  })
}

export function customerInsight(ctx: Ctx, customerId: number): CustomerInsight {
  const row = stmt(ctx, `SELECT ${ROW_COLUMNS} ${FROM} WHERE i.customer_id = ?`).get(customerId) as
    StoredRow | undefined
  if (!row) throw notFound('customer', customerId)
  return toInsights(ctx, [row])[0]!
}

const SORT_COLUMNS: Record<NonNullable<InsightListInput['sort']>['field'], string> = {
  atStakeCents: 'i.at_stake_cents',
  lifetimeRevenueCents: 'i.lifetime_cents',
  revenue12mCents: 'i.revenue_12m_cents',
  lastPurchaseDate: 'i.last_purchase_date',
  purchases: 'i.purchases',
  clvCents: 'i.clv_cents',
}

/**
 * Live customers' insight, filtered and sorted in SQL; default: at stake, highest first.
 * Only live customers have a segment and only they are ever at risk (insight.ts rowOf), so
 * the page's ids come from customer_insight's own indexes; the customers table is joined for
 * the owner filter, the search and the page's names.
 */
export function listInsight(ctx: Ctx, input: InsightListInput): ListResult<CustomerInsight> {
  const filter = input.filter ?? {}
  const where = ['i.segment IS NOT NULL']
  const params: Record<string, unknown> = {}
  let joinCustomers = false
  if (filter.atRisk !== undefined) where.push(`i.at_risk = ${filter.atRisk ? 1 : 0}`)
  if (filter.segment) {
    where.push('i.segment = @segment')
    params.segment = filter.segment
  }
  if (filter.ownerId !== undefined) {
    where.push('cu.owner_id = @ownerId')
    params.ownerId = filter.ownerId
    joinCustomers = true
  }
  if (input.q) {
    where.push("(cu.name LIKE @q ESCAPE '\\' OR cu.code LIKE @q ESCAPE '\\')")
    params.q = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    joinCustomers = true
  }
  const sort = input.sort ?? { field: 'atStakeCents', dir: 'desc' as const }
  const column = SORT_COLUMNS[sort.field]
  const nullable = sort.field === 'lastPurchaseDate' || sort.field === 'clvCents'
  // Ties by customer in the same direction, so the index (which holds the rowid) gives the order.
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC'
  const order = `${column} ${dir}${nullable ? ' NULLS LAST' : ''}, i.customer_id ${dir}`
  const { limit: pageSize, offset } = pageOf(input)
  const from = `FROM customer_insight i${joinCustomers ? ' JOIN customers cu ON cu.id = i.customer_id' : ''}
    WHERE ${where.join(' AND ')}`
  const total = stmt(ctx, `SELECT COUNT(*) ${from}`).pluck().get(params) as number
  const ids = stmt(
    ctx,
    `SELECT i.customer_id ${from} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`,
  )
    .pluck()
    .all(params) as number[]
  const byId = new Map(
    (
      stmt(
        ctx,
        `SELECT ${ROW_COLUMNS} ${FROM} WHERE i.customer_id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(ids)) as StoredRow[]
    ).map((row) => [row.customerId, row]),
  )
  return {
    rows: toInsights(
      ctx,
      ids.map((id) => byId.get(id)!),
    ),
    total,
  }
}

/** The insight report: segments, churn risk by reason, and the breakpoints the scores used. */
export function insightSummary(ctx: Ctx, ownerId: number | undefined): InsightSummary {
  const state = insightState(ctx)
  const owner = ownerId === undefined ? '' : 'AND cu.owner_id = @ownerId'
  const params = ownerId === undefined ? {} : { ownerId }
  const from = `FROM customer_insight i${ownerId === undefined ? '' : ' JOIN customers cu ON cu.id = i.customer_id'}`
  const bySegment = stmt(
    ctx,
    `SELECT i.segment AS segment, COUNT(*) AS count, SUM(i.lifetime_cents) AS revenueCents,
       SUM(i.at_risk * i.at_stake_cents) AS atStakeCents
     ${from} WHERE i.segment IS NOT NULL ${owner} GROUP BY i.segment`,
  ).all(params) as {
    segment: RfmSegment
    count: number
    revenueCents: number
    atStakeCents: number
  }[]
  // The reasons are JSON arrays of { kind, … }: a kind is present when its text is.
  const has = (kind: string) => `SUM(instr(i.risk, '"kind":"${kind}"') > 0) AS ${kind}`
  const risk = stmt(
    ctx,
    `SELECT COUNT(*) AS count, COALESCE(SUM(i.at_stake_cents), 0) AS atStakeCents,
       ${has('noOrder')}, ${has('noRepeat')}, ${has('noContact')}
     ${from} WHERE i.at_risk = 1 ${owner}`,
  ).get(params) as {
    count: number
    atStakeCents: number
    noOrder: number | null
    noRepeat: number | null
    noContact: number | null
  }
  const segments = RFM_SEGMENTS.map(
    (segment) =>
      bySegment.find((s) => s.segment === segment) ?? {
        segment,
        count: 0,
        revenueCents: 0,
        atStakeCents: 0,
      },
  )
  return {
    asOf: state.asOf,
    customers: segments.reduce((n, s) => n + s.count, 0),
    buyers: segments.filter((s) => s.segment !== 'none').reduce((n, s) => n + s.count, 0),
    segments,
    atRisk: {
      count: risk.count,
      atStakeCents: risk.atStakeCents,
      byReason: (['noOrder', 'noRepeat', 'noContact'] as const).map((kind) => ({
        kind,
        count: risk[kind] ?? 0,
      })),
    },
    breakpoints: state.breakpoints,
  }
}
