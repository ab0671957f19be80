import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Customer } from '../../src/shared/api'
import { customerColumns } from '../../src/renderer/src/features/customers/components/customerColumns'
import { CustomerTable } from '../../src/renderer/src/features/customers/components/CustomerTable'
import { i18n } from '../../src/renderer/src/app/i18n'
import { customerRow } from './listFixtures'
import { renderWithProviders } from './render'

/** Beijing customers, so the region column has something to show. */
function customer(id: number, name: string, extra: Partial<Customer> = {}): Customer {
  return customerRow(id, name, { province: '北京市', city: '北京市', createdAt: 0, ...extra })
}

const rows = [customer(1, '甲公司'), customer(2, '乙公司'), customer(3, '丙公司')]

async function renderTable(props: {
  onOpen?: (c: Customer) => void
  onSort?: (field: string) => void
  deleted?: boolean
}) {
  await renderWithProviders(
    <CustomerTable
      rows={rows}
      columns={customerColumns(i18n.t, { query: '', customFields: [], columns: null })}
      sort={{ field: 'updatedAt', dir: 'desc' }}
      onSort={props.onSort ?? vi.fn()}
      onOpen={props.onOpen}
      deleted={props.deleted ?? false}
    />,
  )
  return screen.getAllByTestId('customer-row')
}

describe('customer table', () => {
  it('renders one row per customer with its id, and a municipality once', async () => {
    const shown = await renderTable({})
    expect(shown.map((row) => row.getAttribute('data-customer-id'))).toEqual(['1', '2', '3'])
    expect(shown[0]).toHaveTextContent('北京市')
    expect(shown[0]).not.toHaveTextContent('北京市 北京市')
  })

  it('moves the highlight with ↓/↑ and opens the highlighted customer with Enter', async () => {
    const onOpen = vi.fn()
    const shown = await renderTable({ onOpen })
    const scroller = shown[0]!.closest('[tabindex="0"]') as HTMLElement

    fireEvent.keyDown(scroller, { key: 'ArrowDown' })
    fireEvent.keyDown(scroller, { key: 'ArrowDown' })
    fireEvent.keyDown(scroller, { key: 'ArrowDown' })
    fireEvent.keyDown(scroller, { key: 'ArrowDown' })
    fireEvent.keyDown(scroller, { key: 'ArrowUp' })
    expect(shown[1]).toHaveAttribute('data-highlighted', 'true')
    expect(shown[2]).toHaveAttribute('data-highlighted', 'false')

    fireEvent.keyDown(scroller, { key: 'Enter' })
    expect(onOpen).toHaveBeenCalledWith(rows[1])
  })

  it('opens a customer on click', async () => {
    const onOpen = vi.fn()
    const shown = await renderTable({ onOpen })
    await userEvent.click(shown[2]!)
    expect(onOpen).toHaveBeenCalledWith(rows[2])
  })

  it('sorts by the contract field of a clicked header', async () => {
    const onSort = vi.fn()
    await renderTable({ onSort })
    await userEvent.click(screen.getByRole('button', { name: /地区/ }))
    await userEvent.click(screen.getByRole('button', { name: /客户名称/ }))
    expect(onSort.mock.calls).toEqual([['province'], ['name']])
    expect(screen.queryByRole('button', { name: /电话/ })).not.toBeInTheDocument()
  })
})
