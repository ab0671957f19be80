import type { AgingAmounts, AgingRow } from '../../../shared/api/receivables'
import type {
  ForecastMonth,
  ReceivablesMonth,
  ReceivablesReport,
  TopOverdueCustomer,
} from '../../../shared/api/reports'
import { addMonths } from '../../../shared/dates'
import { today } from '../clock'
import type { Ctx } from '../context'
import { ownerParam, ratio } from './common'
import { monthEnd, monthsOf, type DateRange } from '../../../shared/dates'
import { stmt } from '../db/sql'
import { agingParams, agingSumsSql, emptyAgingAmounts } from '../ledger'

/**
 * The receivables report (应收报表): per month what fell due, how much of it has been
 * collected and what was received; aging as of today per customer and in total; the
 * collection forecast of the next six months; the customers most overdue. Every figure is
 * one aggregate over an index (instalments by due date, open instalments, payments by
 * received date), the owner being the contract's.
 */

const AGING_ROWS = 30
const TOP_OVERDUE = 10
const FORECAST_MONTHS = 6

/** Drafts and deleted drafts (a few), each set read from its partial index. */
const NOT_SIGNED = `i.contract_id NOT IN (SELECT id FROM contracts WHERE state = 'draft' AND deleted_at IS NULL
  UNION ALL SELECT id FROM contracts WHERE deleted_at IS NOT NULL)`

/**
 * The owner's signed live contracts, probed per row from an ephemeral index while the
 * covering index by due date is walked (`+` keeps SQLite from walking the owner's
 * contracts and reading each one's instalments from the table instead).
 */
const SIGNED_OF_OWNER = `+i.contract_id IN (SELECT id FROM contracts
  WHERE owner_id = @ownerId AND state != 'draft' AND deleted_at IS NULL)`

/**
 * Instalments of signed live contracts due in a range (a voided one counts what it
 * received): one pass over the covering index by due date, the few draft or deleted
 * contracts left out through their ids rather than a join per row.
 */
export function dueByMonth(ctx: Ctx, range: DateRange, ownerId?: number) {
  return stmt(
    ctx,
    `SELECT substr(i.due_date, 1, 7) AS month,
       SUM(CASE WHEN i.voided_at IS NULL THEN i.amount_cents ELSE i.received_cents END) AS dueCents,
       SUM(i.received_cents) AS collectedCents
     FROM instalments i
     WHERE i.due_date >= @from AND i.due_date <= @to
       AND ${ownerId === undefined ? NOT_SIGNED : SIGNED_OF_OWNER}
     GROUP BY 1`,
  ).all({ ...range, ...ownerParam(ownerId) }) as {
    month: string
    dueCents: number
    collectedCents: number
  }[]
}

/**
 * Payments dated in a range net of their reversals, advances (预收款) and the reversals of
 * advances left out: the same money as the contracts' receivedCents. One owner's walk the
 * covering index by date and probe the owner's contracts (`+`: not a search per contract).
 */
export function receivedByMonth(ctx: Ctx, range: DateRange, ownerId?: number) {
  const owner =
    ownerId === undefined
      ? ''
      : 'AND +p.contract_id IN (SELECT id FROM contracts WHERE owner_id = @ownerId AND deleted_at IS NULL)'
  return stmt(
    ctx,
    `SELECT substr(p.received_date, 1, 7) AS month, SUM(p.amount_cents) AS receivedCents
     FROM payments p
     WHERE p.received_date >= @from AND p.received_date <= @to ${owner}
       AND (p.kind = 'payment'
         OR (p.kind = 'reversal' AND (SELECT o.kind FROM payments o WHERE o.id = p.reverses_id) = 'payment'))
     GROUP BY 1`,
  ).all({ ...range, ...ownerParam(ownerId) }) as { month: string; receivedCents: number }[]
}

function openOf(ownerId: number | undefined): string {
  return ownerId === undefined
    ? 'i.open = 1'
    : 'i.open = 1 AND +i.contract_id IN (SELECT id FROM contracts WHERE owner_id = @ownerId AND deleted_at IS NULL)'
}

/** Aging totals of every open instalment as of `asOf` (the dashboard's bar). */
export function agingTotal(ctx: Ctx, asOf: string, ownerId?: number): AgingAmounts {
  const row = stmt(
    ctx,
    `SELECT ${agingSumsSql('i.due_date', '(i.amount_cents - i.received_cents)')}, COUNT(DISTINCT i.customer_id) AS customers
     FROM instalments i WHERE ${openOf(ownerId)}`,
  ).get({ ...agingParams(asOf), ...ownerParam(ownerId) }) as AgingAmounts & { customers: number }
  const out = emptyAgingAmounts()
  for (const key of Object.keys(out) as (keyof AgingAmounts)[]) out[key] = row[key] ?? 0
  return out
}

function agingReport(
  ctx: Ctx,
  asOf: string,
  ownerId: number | undefined,
): ReceivablesReport['aging'] {
  const params = { ...agingParams(asOf), ...ownerParam(ownerId), limit: AGING_ROWS }
  // One pass over the open instalments by customer: the largest customers and the total of
  // all of them read from the same per-customer sums.
  const BUCKETS = 'notDueCents, d1to30Cents, d31to60Cents, d61to90Cents, over90Cents, totalCents'
  const found = stmt(
    ctx,
    `WITH per AS MATERIALIZED (
       SELECT i.customer_id AS customerId, ${agingSumsSql('i.due_date', '(i.amount_cents - i.received_cents)')}
       FROM instalments i WHERE ${openOf(ownerId)} GROUP BY i.customer_id
     )
     SELECT * FROM (
       SELECT 0 AS isTotal, p.customerId, cu.name AS customerName, ${BUCKETS.split(', ')
         .map((c) => `p.${c}`)
         .join(', ')}
       FROM (SELECT * FROM per ORDER BY totalCents DESC, customerId LIMIT @limit) p
       JOIN customers cu ON cu.id = p.customerId
       ORDER BY p.totalCents DESC, p.customerId
     )
     UNION ALL
     SELECT 1, COUNT(*), NULL, ${BUCKETS.split(', ')
       .map((c) => `COALESCE(SUM(${c}), 0)`)
       .join(', ')} FROM per`,
  ).all(params) as (AgingRow & { isTotal: number })[]
  const rows: AgingRow[] = found.filter((r) => r.isTotal === 0).map(({ isTotal: _, ...row }) => row)
  const sums = found.find((r) => r.isTotal === 1)!
  const totals = { ...sums, customers: sums.customerId }
  const total = emptyAgingAmounts()
  const others = { ...emptyAgingAmounts(), customers: totals.customers - rows.length }
  for (const key of Object.keys(total) as (keyof AgingAmounts)[]) {
    total[key] = totals[key] ?? 0
    others[key] = total[key] - rows.reduce((sum, row) => sum + row[key], 0)
  }
  return { rows, others, total, customers: totals.customers }
}

/** Unpaid of open instalments per month over the next six, from today; the overdue apart. */
function forecast(
  ctx: Ctx,
  asOf: string,
  ownerId: number | undefined,
): ReceivablesReport['forecast'] {
  const last = monthEnd(addMonths(asOf, FORECAST_MONTHS - 1))
  const rows = stmt(
    ctx,
    `SELECT CASE WHEN i.due_date < @asOf THEN 'overdue' ELSE substr(i.due_date, 1, 7) END AS month,
       SUM(i.amount_cents - i.received_cents) AS dueCents, COUNT(*) AS instalments
     FROM instalments i WHERE ${openOf(ownerId)} AND i.due_date <= @last GROUP BY 1`,
  ).all({ asOf, last, ...ownerParam(ownerId) }) as ForecastMonth[]
  const byMonth = new Map(rows.map((r) => [r.month, r]))
  return {
    overdueCents: byMonth.get('overdue')?.dueCents ?? 0,
    months: monthsOf({ from: asOf, to: last }).map(
      (month) => byMonth.get(month) ?? { month, dueCents: 0, instalments: 0 },
    ),
  }
}

function topOverdue(ctx: Ctx, asOf: string, ownerId: number | undefined): TopOverdueCustomer[] {
  return stmt(
    ctx,
    `SELECT o.*, cu.name AS customerName FROM (
       SELECT i.customer_id AS customerId, SUM(i.amount_cents - i.received_cents) AS overdueCents,
         COUNT(*) AS instalments,
         CAST(julianday(@asOf) - julianday(MIN(i.due_date)) AS INTEGER) AS maxDaysOverdue
       FROM instalments i WHERE ${openOf(ownerId)} AND i.due_date < @asOf
       GROUP BY i.customer_id ORDER BY overdueCents DESC, customerId LIMIT @limit
     ) o JOIN customers cu ON cu.id = o.customerId ORDER BY o.overdueCents DESC, o.customerId`,
  ).all({ asOf, limit: TOP_OVERDUE, ...ownerParam(ownerId) }) as TopOverdueCustomer[]
}

export function receivablesReport(
  ctx: Ctx,
  input: { from: string; to: string; ownerId?: number | undefined },
): ReceivablesReport {
  const range = { from: input.from, to: input.to }
  const { ownerId } = input
  const asOf = today(ctx.clock)
  const due = new Map(dueByMonth(ctx, range, ownerId).map((r) => [r.month, r]))
  const received = new Map(receivedByMonth(ctx, range, ownerId).map((r) => [r.month, r]))
  const months: ReceivablesMonth[] = monthsOf(range).map((month) => {
    const d = due.get(month)
    const dueCents = d?.dueCents ?? 0
    const collectedCents = d?.collectedCents ?? 0
    return {
      month,
      dueCents,
      collectedCents,
      receivedCents: received.get(month)?.receivedCents ?? 0,
      collectionRate: ratio(collectedCents, dueCents),
    }
  })
  const sum = (pick: (m: ReceivablesMonth) => number) => months.reduce((s, m) => s + pick(m), 0)
  const dueCents = sum((m) => m.dueCents)
  const collectedCents = sum((m) => m.collectedCents)
  return {
    from: range.from,
    to: range.to,
    ownerId: ownerId ?? null,
    asOf,
    months,
    dueCents,
    collectedCents,
    receivedCents: sum((m) => m.receivedCents),
    collectionRate: ratio(collectedCents, dueCents),
    aging: agingReport(ctx, asOf, ownerId),
    forecast: forecast(ctx, asOf, ownerId),
    topOverdue: topOverdue(ctx, asOf, ownerId),
  }
}
