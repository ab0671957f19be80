import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { ContractDetail } from '../../src/shared/api'
import { ContractPage } from '../../src/renderer/src/features/contracts/pages/ContractPage'
import { LocationProbe, callsOf, renderWithProviders, stubHost } from './render'

/** The contract page: a draft deleted at once with undo; a termination date refused at its field. */

function detail(overrides: Partial<ContractDetail> = {}): ContractDetail {
  return {
    id: 7,
    number: 'HT-2026-0007',
    title: '门店收银系统',
    customerId: 1,
    customerName: '宁波海曙贸易有限公司',
    dealId: null,
    ownerId: null,
    ownerName: null,
    signedBy: null,
    signedDate: '2026-09-15',
    startDate: null,
    endDate: null,
    totalCents: 100_000,
    receivedCents: 0,
    advanceCents: 0,
    invoicedCents: 0,
    voidedCents: 0,
    outstandingCents: 100_000,
    overdueCents: 0,
    nextDueDate: null,
    state: 'draft',
    status: 'draft',
    terminatedDate: null,
    terminationReason: null,
    notes: null,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    items: [],
    plan: [],
    payments: [],
    invoices: [],
    attachments: [],
    asOf: '2026-11-23',
    ...overrides,
  }
}

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route
        path="/contracts/:id"
        element={
          <>
            <ContractPage />
            <LocationProbe />
          </>
        }
      />
      <Route path="/contracts" element={<LocationProbe />} />
    </Routes>,
    { route: '/contracts/7' },
  )
}

describe('deleting a draft', () => {
  it('acts at once, goes back to the list and offers undo, which restores it', async () => {
    const host = stubHost({
      'contracts.get': () => ({ ok: true, value: detail() }),
      'contracts.delete': () => ({ ok: true, value: null }),
      'contracts.restore': () => ({ ok: true, value: detail() }),
    })
    await renderPage()
    await userEvent.click(await screen.findByTestId('contract-more'))
    await userEvent.click(await screen.findByTestId('contract-delete'))
    // No confirmation: deleted, back on the list, with the undo in the toast.
    await waitFor(() => expect(callsOf(host, 'contracts.delete')).toEqual([{ id: 7 }]))
    expect(screen.queryByRole('dialog')).toBeNull()
    await waitFor(() => expect(screen.queryByTestId('contract-page')).toBeNull())
    expect(await screen.findByText('草稿 HT-2026-0007 已删除。')).toBeTruthy()
    await userEvent.click(screen.getByTestId('contract-delete-undo'))
    await waitFor(() => expect(callsOf(host, 'contracts.restore')).toEqual([{ id: 7 }]))
    expect(await screen.findByText('草稿 HT-2026-0007 已恢复。')).toBeTruthy()
  })
})

describe('terminating', () => {
  it('shows the core refusing a date before the latest payment at the date field', async () => {
    const host = stubHost({
      'contracts.get': () => ({ ok: true, value: detail({ state: 'active', status: 'active' }) }),
      'contracts.terminate': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          key: 'errors.terminationBeforePayment',
          message: 'The termination date is before the latest payment (2026-10-20)',
          params: { paymentDate: '2026-10-20' },
          details: [
            {
              path: 'date',
              key: 'errors.terminationBeforePayment',
              message: 'before the latest payment',
              params: { paymentDate: '2026-10-20' },
            },
          ],
        },
      }),
    })
    await renderPage()
    await userEvent.click(await screen.findByTestId('contract-more'))
    await userEvent.click(await screen.findByTestId('contract-terminate'))
    const form = await screen.findByTestId('terminate')
    await userEvent.type(within(form).getByTestId('terminate-reason'), '客户取消')
    const date = within(form).getByTestId('terminate-date')
    await userEvent.clear(date)
    await userEvent.type(date, '2026-10-01')
    await userEvent.click(within(form).getByTestId('terminate-confirm'))
    expect(
      await within(form).findByText('终止日期不能早于最近一笔回款的日期（2026-10-20）。'),
    ).toBeTruthy()
    expect(callsOf(host, 'contracts.terminate')).toEqual([
      { id: 7, reason: '客户取消', date: '2026-10-01' },
    ])
    expect(screen.getByTestId('terminate')).toBeTruthy()
  })
})
