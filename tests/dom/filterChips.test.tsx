import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Owner } from '../../src/shared/api'
import { ActiveFilterChips } from '../../src/renderer/src/features/customers/components/ActiveFilterChips'
import { useCustomerListParams } from '../../src/renderer/src/features/customers/hooks/useCustomerListParams'
import { LocationProbe, renderWithProviders } from './render'

const owners: Owner[] = [{ id: 2, name: '李娜', active: true }]

/** The chips wired to the URL exactly as the customers page wires them. */
function ChipsOnUrl() {
  const { params, setParams } = useCustomerListParams()
  return (
    <>
      <ActiveFilterChips params={params} owners={owners} onChange={setParams} />
      <LocationProbe />
    </>
  )
}

describe('active filter chips', () => {
  it('shows one chip per active filter, with the owner by name', async () => {
    await renderWithProviders(<ChipsOnUrl />, { route: '/customers?q=北京&stage=lead&owner=2' })
    expect(screen.getByText('搜索：北京')).toBeInTheDocument()
    expect(screen.getByText('阶段：线索')).toBeInTheDocument()
    expect(screen.getByText('负责人：李娜')).toBeInTheDocument()
  })

  it('removing a chip clears that filter only, and goes back to page 1', async () => {
    await renderWithProviders(<ChipsOnUrl />, {
      route: '/customers?stage=lead&grade=A&page=3&customer=9',
    })

    await userEvent.click(screen.getByRole('button', { name: '移除筛选条件 阶段' }))

    expect(screen.queryByText('阶段：线索')).not.toBeInTheDocument()
    expect(screen.getByText('等级：A')).toBeInTheDocument()
    const search = new URLSearchParams(screen.getByTestId('location-search').textContent ?? '')
    expect(search.get('stage')).toBeNull()
    expect(search.get('grade')).toBe('A')
    expect(search.get('page')).toBeNull()
    expect(search.get('customer')).toBe('9')
  })

  it('"clear all" removes every filter', async () => {
    await renderWithProviders(<ChipsOnUrl />, { route: '/customers?q=x&grade=B' })
    await userEvent.click(screen.getByRole('button', { name: '清除全部' }))
    expect(screen.getByTestId('location-search').textContent).toBe('')
    expect(screen.queryByTestId('filter-chips')).not.toBeInTheDocument()
  })

  it('shows nothing without filters', async () => {
    await renderWithProviders(<ChipsOnUrl />, { route: '/customers?sort=name&dir=asc' })
    expect(screen.queryByTestId('filter-chips')).not.toBeInTheDocument()
  })
})
