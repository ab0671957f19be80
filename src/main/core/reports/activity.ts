import type { ActivityReport } from '../../../shared/api/reports'
import { addDays, daysBetween } from '../../../shared/dates'
import type { Ctx } from '../context'
import { ownerParam } from './common'
import { localStartMs, type DateRange } from '../../../shared/dates'
import { stmt } from '../db/sql'

/**
 * Follow-up activity (跟进活动) per owner of the customer and per week (Monday to Sunday as
 * this PC counts days). The weeks' bounds are computed here in local time and passed in,
 * so SQL counts each week with a range scan of the follow-ups' time index instead of
 * converting every follow-up's instant to a local date.
 */

/** Monday of the week of a date. */
export function weekStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7
  return addDays(date, -weekday)
}

/** [week, from ms, to ms) of every week the range touches, cut to the range. */
export function weekBounds(range: DateRange): [string, number, number][] {
  const end = localStartMs(addDays(range.to, 1))
  const out: [string, number, number][] = []
  for (
    let week = weekStart(range.from);
    daysBetween(week, range.to) >= 0;
    week = addDays(week, 7)
  ) {
    const from = Math.max(localStartMs(week), localStartMs(range.from))
    out.push([week, from, Math.min(localStartMs(addDays(week, 7)), end)])
  }
  return out
}

export function activityReport(
  ctx: Ctx,
  input: { from: string; to: string; ownerId?: number | undefined },
): ActivityReport {
  const range = { from: input.from, to: input.to }
  const { ownerId } = input
  const ownerRows = stmt(ctx, 'SELECT id, name FROM owners ORDER BY id').all() as {
    id: number
    name: string
  }[]
  // Per week one aggregate over its follow-ups, a column per owner (there are few), as one
  // JSON array: no GROUP BY, so no sort of every follow-up of the range (it cost a third of
  // the query). The owner of each follow-up's customer is read from the narrow index
  // customers_owner_of.
  const columns = [
    'COUNT(*)',
    'SUM(cu.owner_id IS NULL)',
    ...ownerRows.map((o) => `SUM(cu.owner_id = ${o.id})`),
  ]
  const perWeek = stmt(
    ctx,
    `SELECT w.value ->> 0 AS week, (
       SELECT json_array(${columns.join(', ')})
       FROM activities a JOIN customers cu INDEXED BY customers_owner_of ON cu.id = a.customer_id
       WHERE a.occurred_at >= w.value ->> 1 AND a.occurred_at < w.value ->> 2 AND a.deleted_at IS NULL
         AND cu.deleted_at IS NULL ${ownerId === undefined ? '' : 'AND cu.owner_id = @ownerId'}
     ) AS counts
     FROM json_each(@weeks) w`,
  ).all({ weeks: JSON.stringify(weekBounds(range)), ...ownerParam(ownerId) }) as {
    week: string
    counts: string
  }[]
  const found = perWeek.map(({ week, counts }) => {
    const [total, none, ...byOwner] = JSON.parse(counts) as (number | null)[]
    const row: Record<string, number | string> = { week, total: total ?? 0, none: none ?? 0 }
    ownerRows.forEach((o, i) => (row[`o${o.id}`] = byOwner[i] ?? 0))
    return row
  })
  const rows: { week: string; ownerId: number | null; n: number }[] = []
  for (const row of found)
    for (const [id, column] of [
      [null, 'none'] as const,
      ...ownerRows.map((o) => [o.id, `o${o.id}`] as const),
    ]) {
      const n = Number(row[column] ?? 0)
      if (n > 0) rows.push({ week: String(row.week), ownerId: id, n })
    }
  const names = new Map(ownerRows.map((o) => [o.id, o.name]))
  const totals = new Map<number | null, number>()
  const cells = new Map<string, number>()
  for (const r of rows) {
    totals.set(r.ownerId, (totals.get(r.ownerId) ?? 0) + r.n)
    cells.set(`${r.week}|${r.ownerId}`, r.n)
  }
  const owners = [...totals.entries()]
    .map(([id, total]) => ({ ownerId: id, name: id === null ? '' : (names.get(id) ?? ''), total }))
    .sort((a, b) => Number(a.ownerId === null) - Number(b.ownerId === null) || b.total - a.total)
  const weeks = [...new Set(rows.map((r) => r.week))].sort().map((week) => {
    const counts = owners.map((o) => cells.get(`${week}|${o.ownerId}`) ?? 0)
    return { week, counts, total: counts.reduce((s, n) => s + n, 0) }
  })
  return {
    from: range.from,
    to: range.to,
    ownerId: ownerId ?? null,
    owners,
    weeks,
    total: owners.reduce((s, o) => s + o.total, 0),
  }
}
