import { useCallback, useMemo, useState } from 'react'
import { EMPTY_SELECTION, toggleAllRows, toggleRow, type RowSelection } from './rowSelection'

export interface RowSelectionControl {
  selected: ReadonlySet<number>
  /** A checkbox click; `range` when shift was held. */
  toggle: (id: number, range: boolean) => void
  toggleAll: () => void
  clear: () => void
}

/**
 * The selected rows of one page. `resetKey` names what the page shows (filters, sort,
 * page): when it changes the selection is empty again, so a bulk action never
 * touches rows the user can no longer see.
 */
export function useRowSelection(resetKey: string, rowIds: readonly number[]): RowSelectionControl {
  const [state, setState] = useState<{ key: string; selection: RowSelection }>({
    key: resetKey,
    selection: EMPTY_SELECTION,
  })
  const selection = state.key === resetKey ? state.selection : EMPTY_SELECTION
  // Only rows still on the page count: a row that left it (re-sorted, deleted elsewhere) is not acted on.
  const selected = useMemo(
    () => new Set(rowIds.filter((id) => selection.selected.has(id))),
    [rowIds, selection.selected],
  )

  const toggle = useCallback(
    (id: number, range: boolean) =>
      setState((previous) => ({
        key: resetKey,
        selection: toggleRow(
          previous.key === resetKey ? previous.selection : EMPTY_SELECTION,
          rowIds,
          id,
          range,
        ),
      })),
    [resetKey, rowIds],
  )
  const toggleAll = useCallback(
    () =>
      setState((previous) => ({
        key: resetKey,
        selection: toggleAllRows(
          previous.key === resetKey ? previous.selection : EMPTY_SELECTION,
          rowIds,
        ),
      })),
    [resetKey, rowIds],
  )
  const clear = useCallback(
    () => setState({ key: resetKey, selection: EMPTY_SELECTION }),
    [resetKey],
  )
  return { selected, toggle, toggleAll, clear }
}
