import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'

export interface RowKeyboardOptions<T> {
  onOpen?: ((row: T) => void) | undefined
  /** Space on the highlighted row (Shift held: a range), for lists that select. */
  onSpace?: ((row: T, shift: boolean) => void) | undefined
  /** Focusing the table highlights its first row, so ↓ and Enter work at once. */
  highlightFirstOnFocus?: boolean
}

/**
 * The keyboard of every list: ↑/↓ move the highlight (kept on a record, not a position, so it
 * never points at a row that left the page), Enter opens, Space selects where the list does.
 * Give `onKeyDown` and `onFocus` to the scrolling box and `rowRef(id)` to each row.
 */
export function useRowKeyboard<T extends { id: number }>(
  rows: T[],
  { onOpen, onSpace, highlightFirstOnFocus = false }: RowKeyboardOptions<T>,
) {
  const [highlightedId, setHighlightedId] = useState<number | null>(null)
  const rowElements = useRef(new Map<number, HTMLTableRowElement>())
  const highlightedIndex = rows.findIndex((row) => row.id === highlightedId)

  const moveTo = (index: number) => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, index))]
    if (!target) return
    setHighlightedId(target.id)
    rowElements.current.get(target.id)?.scrollIntoView({ block: 'nearest' })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return
    const row = rows[highlightedIndex]
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      moveTo(highlightedIndex + 1)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      moveTo(highlightedIndex <= 0 ? 0 : highlightedIndex - 1)
    } else if (event.key === 'Enter' && row && onOpen) {
      event.preventDefault()
      onOpen(row)
    } else if (event.key === ' ' && row && onSpace) {
      event.preventDefault()
      onSpace(row, event.shiftKey)
    }
  }

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (highlightFirstOnFocus && event.target === event.currentTarget && highlightedIndex < 0)
      moveTo(0)
  }

  const rowRef = (id: number) => (element: HTMLTableRowElement | null) => {
    if (element) rowElements.current.set(id, element)
    else rowElements.current.delete(id)
  }

  return { highlightedId, highlightedIndex, setHighlightedId, onKeyDown, onFocus, rowRef }
}
