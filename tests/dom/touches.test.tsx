import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { useApiMutation } from '../../src/renderer/src/lib/queries'

/** What a write refreshes is what its contract entry says it touches, not what a screen remembered. */
describe('useApiMutation', () => {
  function setup() {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const keys = {
      dashboard: ['reports', 'dashboard'],
      badge: ['reminders', 'count'],
      contract: ['ledger', 'contracts.get', { id: 1 }],
      customer: ['customers', 'get', 1],
      settings: ['settings'],
    }
    for (const key of Object.values(keys)) queryClient.setQueryData(key, { seeded: true })
    window.kehu = {
      invoke: vi.fn(() => Promise.resolve({ ok: true as const, value: { id: 9 } })),
      on: vi.fn(() => () => undefined),
    }
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    )
    const invalidated = (key: readonly unknown[]) =>
      queryClient.getQueryState(key)?.isInvalidated ?? false
    return { queryClient, keys, wrapper, invalidated }
  }

  it('a payment refreshes the ledger, the customer, the home page and the reminders badge', async () => {
    const { keys, wrapper, invalidated } = setup()
    const { result } = renderHook(() => useApiMutation('payments.create'), { wrapper })
    act(() => {
      result.current.mutate({
        contractId: 1,
        receivedDate: '2026-11-20',
        amountCents: 100,
        method: 'bank',
      })
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(window.kehu?.invoke).toHaveBeenCalledWith('payments.create', expect.anything())
    expect([keys.dashboard, keys.badge, keys.contract, keys.customer].map(invalidated)).toEqual([
      true,
      true,
      true,
      true,
    ])
    expect(invalidated(keys.settings)).toBe(false)
  })

  it('a reminder snoozed refreshes the reminders only', async () => {
    const { keys, wrapper, invalidated } = setup()
    const { result } = renderHook(() => useApiMutation('reminders.snooze'), { wrapper })
    act(() => {
      result.current.mutate({ key: 'manual:1', until: '2026-11-30' })
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(invalidated(keys.badge)).toBe(true)
    expect([keys.dashboard, keys.contract, keys.customer].map(invalidated)).toEqual([
      false,
      false,
      false,
    ])
  })
})
