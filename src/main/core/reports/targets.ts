import type { TargetGrid, TargetRow, TargetsSetInput } from '../../../shared/api/reports'
import type { Ctx } from '../context'
import { recordAudit } from '../db/audit'
import { assertOwnerExists } from '../app'
import { prorate } from './common'
import { monthOverlap, monthsOf, type DateRange } from '../../../shared/dates'
import { stmt } from '../db/sql'

/**
 * Sales targets (销售目标): an amount per month and owner, plus the company's own total
 * row. The target of a month is the total row when set, else the sum of the owners'
 * targets; a range that covers part of a month gets that part pro-rated by days.
 */

interface TargetCell {
  month: string
  ownerId: number | null
  amountCents: number
}

function cellsOf(ctx: Ctx, first: string, last: string): TargetCell[] {
  return stmt(
    ctx,
    `SELECT month, owner_id AS ownerId, amount_cents AS amountCents FROM sales_targets
     WHERE month >= ? AND month <= ?`,
  ).all(first, last) as TargetCell[]
}

function yearMonths(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
}

export function getTargets(ctx: Ctx, year: number): TargetGrid {
  const months = yearMonths(year)
  const cells = cellsOf(ctx, months[0]!, months[11]!)
  const owners = stmt(ctx, 'SELECT id, name, active FROM owners ORDER BY id').all() as {
    id: number
    name: string
    active: number
  }[]
  const rowOf = (ownerId: number | null): (number | null)[] =>
    months.map(
      (m) => cells.find((c) => c.month === m && c.ownerId === ownerId)?.amountCents ?? null,
    )
  const rows: TargetRow[] = [{ ownerId: null, ownerName: '', active: true, months: rowOf(null) }]
  for (const owner of owners) {
    const values = rowOf(owner.id)
    if (!owner.active && values.every((v) => v === null)) continue
    rows.push({
      ownerId: owner.id,
      ownerName: owner.name,
      active: owner.active === 1,
      months: values,
    })
  }
  return { year, months, rows, effective: months.map((m) => effectiveTarget(cells, m, undefined)) }
}

function effectiveTarget(
  cells: TargetCell[],
  month: string,
  ownerId: number | undefined,
): number | null {
  if (ownerId !== undefined)
    return cells.find((c) => c.month === month && c.ownerId === ownerId)?.amountCents ?? null
  const total = cells.find((c) => c.month === month && c.ownerId === null)
  if (total) return total.amountCents
  const owners = cells.filter((c) => c.month === month && c.ownerId !== null)
  return owners.length === 0 ? null : owners.reduce((sum, c) => sum + c.amountCents, 0)
}

/** Replaces the months of each given row in one transaction; null clears a month. */
export function setTargets(ctx: Ctx, input: TargetsSetInput): TargetGrid {
  const months = yearMonths(input.year)
  ctx.sqlite.transaction(() => {
    input.rows.forEach((row, i) => assertOwnerExists(ctx, row.ownerId, `rows.${i}.ownerId`))
    const now = ctx.clock.now()
    const before = cellsOf(ctx, months[0]!, months[11]!)
    const remove = stmt(
      ctx,
      'DELETE FROM sales_targets WHERE month = @month AND owner_id IS @ownerId',
    )
    const insert = stmt(
      ctx,
      `INSERT INTO sales_targets (month, owner_id, amount_cents, updated_at)
       VALUES (@month, @ownerId, @amountCents, @now)`,
    )
    for (const row of input.rows) {
      const changes: Record<string, { before: number | null; after: number | null }> = {}
      row.months.forEach((amountCents, i) => {
        const month = months[i]!
        const old =
          before.find((c) => c.month === month && c.ownerId === row.ownerId)?.amountCents ?? null
        if (old === amountCents) return
        changes[month] = { before: old, after: amountCents }
        remove.run({ month, ownerId: row.ownerId })
        if (amountCents !== null) insert.run({ month, ownerId: row.ownerId, amountCents, now })
      })
      if (Object.keys(changes).length > 0)
        recordAudit(ctx, {
          entity: 'salesTarget',
          entityId: row.ownerId ?? 0,
          action: 'update',
          changes,
        })
    }
  })()
  return getTargets(ctx, input.year)
}

/** The target cells of every month a set of ranges touches, read once. */
export interface TargetBook {
  /**
   * The target of a range: per month the effective target (the owner's, else the total
   * row, else Σ owners), pro-rated for a month the range covers in part; null when no
   * month of the range has one.
   */
  ofRange(range: DateRange, ownerId?: number): number | null
  /** Each owner's target of the range (owners without one are left out). */
  ownersOfRange(range: DateRange): Map<number, number>
}

export function targetBook(ctx: Ctx, ranges: DateRange[]): TargetBook {
  const first = ranges.reduce((m, r) => (r.from < m ? r.from : m), ranges[0]!.from)
  const last = ranges.reduce((m, r) => (r.to > m ? r.to : m), ranges[0]!.to)
  const cells = cellsOf(ctx, first.slice(0, 7), last.slice(0, 7))
  return {
    ofRange(range, ownerId) {
      let sum: number | null = null
      for (const month of monthsOf(range)) {
        const target = effectiveTarget(cells, month, ownerId)
        if (target === null) continue
        const { days, length } = monthOverlap(month, range)
        sum = (sum ?? 0) + prorate(target, days, length)
      }
      return sum
    },
    ownersOfRange(range) {
      const out = new Map<number, number>()
      for (const cell of cells) {
        if (cell.ownerId === null) continue
        const { days, length } = monthOverlap(cell.month, range)
        if (days === 0) continue
        out.set(
          cell.ownerId,
          (out.get(cell.ownerId) ?? 0) + prorate(cell.amountCents, days, length),
        )
      }
      return out
    },
  }
}

/** The target of one range (the dashboard's month). */
export function targetOfRange(ctx: Ctx, range: DateRange, ownerId?: number): number | null {
  return targetBook(ctx, [range]).ofRange(range, ownerId)
}
