/**
 * Multi-select over one page of rows, as in a file manager: a click toggles one
 * row and becomes the anchor; a shift-click sets every row from the anchor to
 * the clicked one to the clicked row's new state.
 */
export interface RowSelection {
  selected: ReadonlySet<number>
  /** The row of the last plain click, where a shift-click range starts. */
  anchor: number | null
}

export const EMPTY_SELECTION: RowSelection = { selected: new Set(), anchor: null }

export function toggleRow(
  selection: RowSelection,
  rowIds: readonly number[],
  id: number,
  range: boolean,
): RowSelection {
  const checked = !selection.selected.has(id)
  const next = new Set(selection.selected)
  const from = selection.anchor === null ? -1 : rowIds.indexOf(selection.anchor)
  const to = rowIds.indexOf(id)
  if (range && from >= 0 && to >= 0) {
    const [start, end] = from <= to ? [from, to] : [to, from]
    for (const rowId of rowIds.slice(start, end + 1)) {
      if (checked) next.add(rowId)
      else next.delete(rowId)
    }
    // The anchor stays put, so a second shift-click re-draws the range from the same row.
    return { selected: next, anchor: selection.anchor }
  }
  if (checked) next.add(id)
  else next.delete(id)
  return { selected: next, anchor: id }
}

/** The header checkbox: every row of the page on, or (when all are on) every row off. */
export function toggleAllRows(selection: RowSelection, rowIds: readonly number[]): RowSelection {
  const all = rowIds.length > 0 && rowIds.every((id) => selection.selected.has(id))
  return { selected: all ? new Set() : new Set(rowIds), anchor: null }
}

export type PageCheckState = 'none' | 'some' | 'all'

export function pageCheckState(
  selected: ReadonlySet<number>,
  rowIds: readonly number[],
): PageCheckState {
  const count = rowIds.filter((id) => selected.has(id)).length
  if (count === 0) return 'none'
  return count === rowIds.length ? 'all' : 'some'
}
