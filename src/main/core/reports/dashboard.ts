import type { DashboardFigures } from '../../../shared/api/reports'
import { addDays, addMonths } from '../../../shared/dates'
import { today } from '../clock'
import type { Ctx } from '../context'
import { ledgerDates } from '../ledger'
import { ownerParam, ratio, signedWhere } from './common'
import { monthEnd, monthStart, monthsOf, rangeMs } from '../../../shared/dates'
import { stmt } from '../db/sql'
import { agingTotal, receivedByMonth } from './receivables'
import { signedTotal } from './sales'
import { targetOfRange } from './targets'
import { atRiskFigure } from '../insight'
import { openTicketsFigure } from '../aftersales'

/**
 * The home page's figures (首页) for this calendar month, in one call: signed sales and
 * the target, money received, what is outstanding and overdue now, new customers, deals
 * won and lost, the last 12 months of sales, the aging bar and the instalments coming due.
 */
export function dashboard(
  ctx: Ctx,
  input: { ownerId?: number | undefined } | null | undefined,
): DashboardFigures {
  const ownerId = input?.ownerId
  const asOf = today(ctx.clock)
  const month = { from: monthStart(asOf), to: monthEnd(asOf) }
  const owner = ownerParam(ownerId)
  const signed = signedTotal(ctx, month, ownerId)
  const targetCents = targetOfRange(ctx, month, ownerId)
  const received = receivedByMonth(ctx, month, ownerId).reduce((s, r) => s + r.receivedCents, 0)
  const aging = agingTotal(ctx, asOf, ownerId)
  const newCustomers = stmt(
    ctx,
    `SELECT COUNT(*) FROM customers WHERE deleted_at IS NULL AND created_at >= @fromMs AND created_at < @toMs
     ${ownerId === undefined ? '' : 'AND owner_id = @ownerId'}`,
  )
    .pluck()
    .get({ ...rangeMs(month), ...owner }) as number
  const closed = stmt(
    ctx,
    `SELECT status, COUNT(*) AS count, SUM(amount_cents) AS amountCents FROM deals
     WHERE deleted_at IS NULL AND status IN ('won', 'lost') AND closed_date >= @from AND closed_date <= @to
     ${ownerId === undefined ? '' : 'AND owner_id = @ownerId'} GROUP BY status`,
  ).all({ ...month, ...owner }) as { status: 'won' | 'lost'; count: number; amountCents: number }[]
  const trendRange = { from: addMonths(month.from, -11), to: month.to }
  const trendRows = stmt(
    ctx,
    `SELECT substr(c.signed_date, 1, 7) AS month, SUM(c.total_cents) AS amountCents, COUNT(*) AS count
     FROM contracts c WHERE ${signedWhere(ownerId)} GROUP BY 1`,
  ).all({ ...trendRange, ...owner }) as { month: string; amountCents: number; count: number }[]
  const until = addDays(asOf, ledgerDates(ctx).reminderWindowDays)
  const dueSoon = stmt(
    ctx,
    `SELECT COUNT(*) AS count, COALESCE(SUM(i.amount_cents - i.received_cents), 0) AS unpaidCents
     FROM instalments i WHERE i.open = 1 AND i.due_date >= @asOf AND i.due_date <= @until
     ${ownerId === undefined ? '' : 'AND i.contract_id IN (SELECT id FROM contracts WHERE owner_id = @ownerId AND deleted_at IS NULL)'}`,
  ).get({ asOf, until, ...owner }) as { count: number; unpaidCents: number }
  const figure = (status: 'won' | 'lost') => {
    const row = closed.find((c) => c.status === status)
    return { count: row?.count ?? 0, amountCents: row?.amountCents ?? 0 }
  }
  return {
    asOf,
    from: month.from,
    to: month.to,
    signed: { amountCents: signed.amountCents, count: signed.count },
    targetCents,
    completion: targetCents === null ? null : ratio(signed.amountCents, targetCents),
    receivedCents: received,
    outstandingCents: aging.totalCents,
    overdueCents: aging.totalCents - aging.notDueCents,
    newCustomers,
    won: figure('won'),
    lost: figure('lost'),
    trend: monthsOf(trendRange).map(
      (m) => trendRows.find((r) => r.month === m) ?? { month: m, amountCents: 0, count: 0 },
    ),
    aging,
    dueSoon: { ...dueSoon, until },
    atRisk: atRiskFigure(ctx, ownerId),
    openTickets: openTicketsFigure(ctx, ownerId),
  }
}
