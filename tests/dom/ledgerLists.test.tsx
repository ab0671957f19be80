import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Contract, ContractList, ReceivableList } from '../../src/shared/api'
import { ContractListBody } from '../../src/renderer/src/features/contracts/components/ContractListBody'
import { parseContractParams } from '../../src/renderer/src/features/contracts/contractListParams'
import { ReceivableListTab } from '../../src/renderer/src/features/receivables/components/ReceivableListTab'
import { ReceivableTotalsBar } from '../../src/renderer/src/features/receivables/components/ReceivableTotalsBar'
import {
  parseReceivableParams,
  toReceivableExportInput,
} from '../../src/renderer/src/features/receivables/receivableParams'
import { callsOf, renderWithProviders, stubHost } from './render'

function contract(id: number, totalCents: number, receivedCents: number): Contract {
  return {
    id,
    number: `HT-2026-000${id}`,
    title: `合同 ${id}`,
    customerId: 1,
    customerName: '杭州鑫源贸易有限公司',
    dealId: null,
    ownerId: null,
    ownerName: null,
    signedBy: null,
    signedDate: '2026-10-01',
    startDate: null,
    endDate: null,
    totalCents,
    receivedCents,
    advanceCents: 0,
    invoicedCents: 0,
    voidedCents: 0,
    outstandingCents: totalCents - receivedCents,
    overdueCents: 0,
    nextDueDate: null,
    state: 'active',
    status: 'active',
    terminatedDate: null,
    terminationReason: null,
    notes: null,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
  }
}

describe('the contract list foot', () => {
  it('shows the sums over every matching contract, not the page', async () => {
    const list: ContractList = {
      rows: [contract(1, 100_00, 0), contract(2, 200_00, 50_00)],
      total: 120,
      totals: {
        totalCents: 1_234_567_89,
        receivedCents: 234_567_89,
        outstandingCents: 1_000_000_00,
        invoicedCents: 5_00,
        advanceCents: 0,
      },
    }
    const host = stubHost({ 'contracts.list': () => ({ ok: true, value: list }) })
    await renderWithProviders(
      <ContractListBody
        params={parseContractParams(new URLSearchParams('overdue=1'))}
        today="2026-11-23"
        onChange={() => {}}
        onClearFilters={() => {}}
      />,
    )
    const foot = await screen.findByTestId('contract-table-footer')
    expect(within(foot).getByText('全部合计（120 份）')).toBeTruthy()
    expect(within(foot).getByTestId('contract-foot-totalCents').textContent).toBe('¥1,234,567.89')
    expect(within(foot).getByTestId('contract-foot-receivedCents').textContent).toBe('¥234,567.89')
    expect(within(foot).getByTestId('contract-foot-outstandingCents').textContent).toBe(
      '¥1,000,000.00',
    )
    expect(within(foot).getByTestId('contract-foot-invoicedCents').textContent).toBe('¥5.00')
    expect(callsOf(host, 'contracts.list')[0]).toMatchObject({
      filter: { overdue: true },
      totals: true,
    })
  })
})

describe('the receivables list as of a date', () => {
  const empty: ReceivableList = {
    rows: [],
    total: 0,
    totals: { amountCents: 300_00, receivedCents: 0, unpaidCents: 300_00, overdueCents: 120_00 },
    asOf: '2027-01-10',
  }

  it('asks the list and its totals as of the page date, and exports with it', async () => {
    const host = stubHost({ 'receivables.list': () => ({ ok: true, value: empty }) })
    const params = parseReceivableParams(new URLSearchParams('asOf=2027-01-10&status=overdue'))
    await renderWithProviders(
      <>
        <ReceivableTotalsBar asOf="2027-01-10" ownerId={null} />
        <ReceivableListTab params={params} onChange={() => {}} />
      </>,
    )
    await waitFor(() => expect(screen.getByTestId('rtotal-overdue').textContent).toBe('¥120.00'))
    const calls = callsOf(host, 'receivables.list')
    expect(calls).toContainEqual({ asOf: '2027-01-10', filter: {}, pageSize: 1 })
    expect(calls).toContainEqual(
      expect.objectContaining({ asOf: '2027-01-10', filter: { status: 'overdue' } }),
    )
    expect(callsOf(host, 'receivables.aging')).toEqual([])
    await waitFor(() =>
      expect(screen.getByTestId('receivable-count').textContent).toContain('2027-01-10'),
    )
    expect(screen.getByTestId('receivable-count').textContent).not.toMatch(/今天/)
    expect(toReceivableExportInput(params)).toEqual({
      entity: 'receivables',
      filter: { status: 'overdue', asOf: '2027-01-10' },
    })
  })
})
