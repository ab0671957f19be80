import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { i18n } from '../../src/renderer/src/app/i18n'
import { customerColumns } from '../../src/renderer/src/features/customers/components/customerColumns'
import { CustomerTable } from '../../src/renderer/src/features/customers/components/CustomerTable'
import {
  EMPTY_SELECTION,
  toggleRow,
} from '../../src/renderer/src/features/customers/selection/rowSelection'
import { useRowSelection } from '../../src/renderer/src/features/customers/selection/useRowSelection'
import { customerRow } from './listFixtures'
import { renderWithProviders } from './render'

const rows = [1, 2, 3, 4, 5, 6].map((id) => customerRow(id, `客户${id}`))
const ids = rows.map((row) => row.id)

/** The table with selection exactly as the list page wires it; "next page" changes the reset key. */
function SelectableTable() {
  const [page, setPage] = useState(1)
  const selection = useRowSelection(`page-${page}`, ids)
  return (
    <>
      <button type="button" onClick={() => setPage((p) => p + 1)}>
        next page
      </button>
      <output data-testid="selected">{[...selection.selected].sort().join(',')}</output>
      <CustomerTable
        rows={rows}
        columns={customerColumns(i18n.t, { query: '', customFields: [], columns: null })}
        sort={null}
        onSort={() => undefined}
        deleted={false}
        selection={selection}
      />
    </>
  )
}

const selected = () => screen.getByTestId('selected').textContent

describe('row selection', () => {
  it('selects a range with shift-click from the last clicked row, and shift-click again re-draws it', () => {
    let selection = toggleRow(EMPTY_SELECTION, ids, 2, false)
    selection = toggleRow(selection, ids, 5, true)
    expect([...selection.selected].sort()).toEqual([2, 3, 4, 5])
    // The anchor stays at 2: shift-clicking 4 (now selected) unselects 2..4.
    selection = toggleRow(selection, ids, 4, true)
    expect([...selection.selected].sort()).toEqual([5])
    // A shift-click without an anchor toggles just that row.
    expect([...toggleRow(EMPTY_SELECTION, ids, 3, true).selected]).toEqual([3])
  })

  it('works through the checkboxes: click, shift-click, select all, and clears on a new page', async () => {
    await renderWithProviders(<SelectableTable />)
    const boxes = screen.getAllByTestId('row-select')

    await userEvent.click(boxes[1]!)
    fireEvent.click(boxes[4]!, { shiftKey: true })
    expect(selected()).toBe('2,3,4,5')
    expect(screen.getAllByTestId('customer-row')[3]).toHaveAttribute('data-selected', 'true')
    expect(screen.getAllByTestId('customer-row')[5]).toHaveAttribute('data-selected', 'false')

    // Ctrl-click on a row toggles it without opening it.
    fireEvent.click(screen.getAllByTestId('customer-row')[0]!, { ctrlKey: true })
    expect(selected()).toBe('1,2,3,4,5')

    await userEvent.click(screen.getByTestId('select-all-rows'))
    expect(selected()).toBe('1,2,3,4,5,6')
    await userEvent.click(screen.getByTestId('select-all-rows'))
    expect(selected()).toBe('')

    await userEvent.click(boxes[0]!)
    expect(selected()).toBe('1')
    await userEvent.click(screen.getByRole('button', { name: 'next page' }))
    expect(selected()).toBe('')
  })

  it('selects the highlighted row with Space', async () => {
    await renderWithProviders(<SelectableTable />)
    const scroller = screen.getAllByTestId('customer-row')[0]!.closest('[tabindex="0"]')!
    fireEvent.keyDown(scroller, { key: 'ArrowDown' })
    fireEvent.keyDown(scroller, { key: 'ArrowDown' })
    fireEvent.keyDown(scroller, { key: ' ' })
    expect(selected()).toBe('2')
  })
})
