import type { ReportRangeInput } from '../../../shared/api'
import {
  TICKET_AGE_BUCKETS,
  TICKET_KINDS,
  type ServiceReport,
  type TicketKind,
} from '../../../shared/api/aftersales'
import { addDays } from '../../../shared/dates'
import { today } from '../clock'
import type { Ctx } from '../context'
import { addToMonth, localStartMs, monthsOf, rangeMs } from '../../../shared/dates'
import { stmt } from '../db/sql'
import { LIVE_TICKET_CUSTOMER } from './ticket-list'
import { LIVE_VISIT } from './visits'

/**
 * reports.service (售后与反馈): open tickets by age now, tickets created in the range by kind,
 * complaints per month, the customers' satisfaction (tickets closed and return visits done
 * in the range) per month and per owner, first-response and resolution hours, and the return
 * visits due in the range. Every figure is one aggregate in SQL over an index of its dates;
 * the owner filter reads the ticket's or visit's owner.
 */

const LIVE = `t.deleted_at IS NULL AND ${LIVE_TICKET_CUSTOMER}`
const owner = (ownerId: number | undefined, alias: string) =>
  ownerId === undefined ? '' : ` AND ${alias}.owner_id = @ownerId`

/** Mean to one decimal, or null without values. */
const mean1 = (sum: number | null, count: number) =>
  count === 0 || sum === null ? null : Math.round((sum / count) * 10) / 10

export function serviceReport(ctx: Ctx, input: ReportRangeInput): ServiceReport {
  const asOf = today(ctx.clock)
  const range = { from: input.from, to: input.to }
  const { fromMs, toMs } = rangeMs(range)
  const ownerId = input.ownerId
  const params = { ...range, fromMs, toMs, ...(ownerId === undefined ? {} : { ownerId }) }

  // Age in whole calendar days since the day it was opened: 0–2, 3–7, 8–30, over 30.
  const age = {
    d2: localStartMs(addDays(asOf, -2)),
    d7: localStartMs(addDays(asOf, -7)),
    d30: localStartMs(addDays(asOf, -30)),
  }
  const open = stmt(
    ctx,
    `SELECT CASE WHEN t.created_at >= @d2 THEN 'd0to2' WHEN t.created_at >= @d7 THEN 'd3to7'
         WHEN t.created_at >= @d30 THEN 'd8to30' ELSE 'over30' END AS bucket,
       COUNT(*) AS count, SUM(t.kind = 'complaint') AS complaints
     FROM tickets t INDEXED BY tickets_status_live
     WHERE t.status IN ('new', 'inProgress', 'resolved') AND ${LIVE}${owner(ownerId, 't')}
     GROUP BY bucket`,
  ).all({ ...age, ...params }) as { bucket: string; count: number; complaints: number }[]
  const openByAge = TICKET_AGE_BUCKETS.map((bucket) => {
    const row = open.find((r) => r.bucket === bucket)
    return { bucket, count: row?.count ?? 0, complaints: row?.complaints ?? 0 }
  })

  const created = stmt(
    ctx,
    `SELECT t.kind, COUNT(*) AS count, SUM(t.status = 'closed') AS closed,
       SUM(t.first_response_at - t.created_at) AS responseMs, COUNT(t.first_response_at) AS responded,
       SUM(t.resolved_at - t.created_at) AS resolutionMs, COUNT(t.resolved_at) AS resolved
     FROM tickets t INDEXED BY tickets_created_live
     WHERE t.created_at >= @fromMs AND t.created_at < @toMs AND ${LIVE}${owner(ownerId, 't')}
     GROUP BY t.kind`,
  ).all(params) as {
    kind: TicketKind
    count: number
    closed: number
    responseMs: number | null
    responded: number
    resolutionMs: number | null
    resolved: number
  }[]
  const byKind = TICKET_KINDS.map((kind) => {
    const row = created.find((r) => r.kind === kind)
    return { kind, count: row?.count ?? 0, closed: row?.closed ?? 0 }
  })
  const total = (key: 'responseMs' | 'responded' | 'resolutionMs' | 'resolved') =>
    created.reduce((sum, r) => sum + (r[key] ?? 0), 0)
  const hours = (ms: number, count: number) => mean1(ms / 3_600_000, count)

  // Complaints per local month: each month's instants are one range of tickets_created_live.
  const months = monthsOf(range)
  const bounds = months.map((month, i) => ({
    month,
    from: i === 0 ? fromMs : localStartMs(`${month}-01`),
    to: i === months.length - 1 ? toMs : localStartMs(`${addToMonth(month, 1)}-01`),
  }))
  const complaints = stmt(
    ctx,
    `SELECT m.value ->> 'month' AS month,
       (SELECT COUNT(*) FROM tickets t INDEXED BY tickets_created_live
        WHERE t.created_at >= m.value ->> 'from' AND t.created_at < m.value ->> 'to'
          AND t.kind = 'complaint' AND ${LIVE}${owner(ownerId, 't')}) AS count
     FROM json_each(@bounds) m ORDER BY m.key`,
  ).all({ ...params, bounds: JSON.stringify(bounds) }) as { month: string; count: number }[]

  // Scores of the range: tickets by their close date, return visits by their visit date.
  const scores = stmt(
    ctx,
    `SELECT month, ownerId, o.name AS ownerName, SUM(score) AS sum, COUNT(*) AS count FROM (
       SELECT substr(t.closed_date, 1, 7) AS month, t.owner_id AS ownerId, t.satisfaction AS score
       FROM tickets t INDEXED BY tickets_closed_live
       WHERE t.closed_date >= @from AND t.closed_date <= @to AND t.satisfaction IS NOT NULL
         AND ${LIVE}${owner(ownerId, 't')}
       UNION ALL
       SELECT substr(v.done_date, 1, 7), v.owner_id, v.satisfaction
       FROM return_visits v
       WHERE v.done_date >= @from AND v.done_date <= @to AND v.satisfaction IS NOT NULL
         AND ${LIVE_VISIT}${owner(ownerId, 'v')}
     ) s LEFT JOIN owners o ON o.id = s.ownerId
     GROUP BY month, ownerId`,
  ).all(params) as {
    month: string
    ownerId: number | null
    ownerName: string | null
    sum: number
    count: number
  }[]
  const satisfactionByMonth = months.map((month) => {
    const rows = scores.filter((r) => r.month === month)
    const count = rows.reduce((n, r) => n + r.count, 0)
    return {
      month,
      average: mean1(
        rows.reduce((n, r) => n + r.sum, 0),
        count,
      ),
      count,
    }
  })
  const owners = new Map<number | null, { ownerName: string; sum: number; count: number }>()
  for (const r of scores) {
    const found = owners.get(r.ownerId) ?? { ownerName: r.ownerName ?? '', sum: 0, count: 0 }
    found.sum += r.sum
    found.count += r.count
    owners.set(r.ownerId, found)
  }
  const satisfactionByOwner = [...owners]
    .map(([id, o]) => ({
      ownerId: id,
      ownerName: o.ownerName,
      average: mean1(o.sum, o.count),
      count: o.count,
    }))
    // Best first; no owner last.
    .sort(
      (a, b) =>
        Number(a.ownerId === null) - Number(b.ownerId === null) ||
        (b.average ?? 0) - (a.average ?? 0) ||
        a.ownerName.localeCompare(b.ownerName, 'zh-CN'),
    )
  const scoreCount = scores.reduce((n, r) => n + r.count, 0)

  const visits = stmt(
    ctx,
    `SELECT COUNT(*) AS due, COUNT(v.done_at) AS done FROM return_visits v
     WHERE v.due_date >= @from AND v.due_date <= @to AND ${LIVE_VISIT}${owner(ownerId, 'v')}`,
  ).get(params) as { due: number; done: number }

  return {
    ...range,
    asOf,
    openByAge,
    openCount: openByAge.reduce((n, b) => n + b.count, 0),
    byKind,
    complaintsByMonth: complaints,
    satisfactionByMonth,
    satisfactionByOwner,
    satisfactionAverage: mean1(
      scores.reduce((n, r) => n + r.sum, 0),
      scoreCount,
    ),
    firstResponseHours: hours(total('responseMs'), total('responded')),
    resolutionHours: hours(total('resolutionMs'), total('resolved')),
    returnVisits: { due: visits.due, done: visits.done, open: visits.due - visits.done },
  }
}
