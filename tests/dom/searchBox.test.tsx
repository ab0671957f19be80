import { act, fireEvent, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  SEARCH_DEBOUNCE_MS,
  SearchBox,
} from '../../src/renderer/src/features/customers/components/SearchBox'
import { renderWithProviders } from './render'

describe('customer search box', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('commits the query once typing pauses, not on every key', async () => {
    const onChange = vi.fn()
    await renderWithProviders(<SearchBox value="" onChange={onChange} />)
    const box = screen.getByTestId('customer-search')

    fireEvent.change(box, { target: { value: 'b' } })
    fireEvent.change(box, { target: { value: 'bj' } })
    fireEvent.change(box, { target: { value: 'bjzs ' } })
    await act(async () => {
      await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 10)
    })
    expect(onChange).not.toHaveBeenCalled()

    await act(async () => {
      await vi.advanceTimersByTimeAsync(20)
    })
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenCalledWith('bjzs')
  })

  it('clears with Escape at once', async () => {
    const onChange = vi.fn()
    function Harness() {
      const [query, setQuery] = useState('北京')
      return (
        <SearchBox
          value={query}
          onChange={(next) => {
            onChange(next)
            setQuery(next)
          }}
        />
      )
    }
    await renderWithProviders(<Harness />)
    const box = screen.getByTestId('customer-search')
    expect(box).toHaveValue('北京')

    fireEvent.keyDown(box, { key: 'Escape' })

    expect(box).toHaveValue('')
    expect(onChange).toHaveBeenCalledWith('')
  })

  it('shows a query changed elsewhere (a removed chip) without losing what it committed itself', async () => {
    const { rerender } = await renderWithProviders(<SearchBox value="北京" onChange={vi.fn()} />)
    rerender(<SearchBox value="" onChange={vi.fn()} />)
    expect(screen.getByTestId('customer-search')).toHaveValue('')
  })
})
