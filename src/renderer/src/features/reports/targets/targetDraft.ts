import type { TargetGrid } from '../../../../../shared/api'
import { parseYuan } from '../../../../../shared/money'
import { centsToYuanText } from '../../../lib/moneyText'

/** The grid as the user edits it: per row (owner id or 'total') twelve texts in yuan. */
export type TargetDraft = Record<string, string[]>

export const rowId = (ownerId: number | null) => (ownerId === null ? 'total' : String(ownerId))

export function draftOf(grid: TargetGrid): TargetDraft {
  return Object.fromEntries(
    grid.rows.map((r) => [
      rowId(r.ownerId),
      r.months.map((c) => (c === null ? '' : centsToYuanText(c))),
    ]),
  )
}

/** A cell's amount: null for empty, undefined for text that is not an amount ≥ 0. */
export function cellCents(text: string): number | null | undefined {
  if (text.trim() === '') return null
  const cents = parseYuan(text)
  return cents === null || cents < 0 ? undefined : cents
}

/** targets.set rows for the rows that changed; null when a cell is not an amount. */
export function changedRows(grid: TargetGrid, draft: TargetDraft) {
  const rows: { ownerId: number | null; months: (number | null)[] }[] = []
  for (const row of grid.rows) {
    const months = (draft[rowId(row.ownerId)] ?? []).map(cellCents)
    if (months.some((m) => m === undefined)) return null
    if (months.some((m, i) => m !== row.months[i]))
      rows.push({ ownerId: row.ownerId, months: months as (number | null)[] })
  }
  return rows
}

/** Per month the target that counts: the total row when set, else Σ owners. */
export function effectiveOf(grid: TargetGrid, draft: TargetDraft): (number | null)[] {
  return grid.months.map((_, i) => {
    const total = cellCents(draft.total?.[i] ?? '')
    if (typeof total === 'number') return total
    let sum: number | null = null
    for (const row of grid.rows) {
      if (row.ownerId === null) continue
      const value = cellCents(draft[rowId(row.ownerId)]?.[i] ?? '')
      if (typeof value === 'number') sum = (sum ?? 0) + value
    }
    return sum
  })
}
