import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Ticket } from '../../src/shared/api/aftersales'
import { CloseTicketModal } from '../../src/renderer/src/features/aftersales/components/CloseTicketModal'
import {
  nextTicketSort,
  parseTicketParams,
  ticketListInput,
  ticketParamsPatch,
} from '../../src/renderer/src/features/aftersales/ticketParams'
import { callsOf, renderWithProviders, stubHost } from './render'

/**
 * 关闭工单 asks the customer's score: nothing is sent until one is chosen, 跳过 closes with
 * none, and the core's refusal lands in the dialog in the user's language. The list's address
 * parameters round-trip to tickets.list.
 */
const ticket: Ticket = {
  id: 7,
  number: 'SH-2026-0007',
  customerId: 1,
  customerName: '杭州鑫源贸易有限公司',
  contactId: null,
  contactName: null,
  contractId: null,
  contractNumber: null,
  kind: 'complaint',
  title: '漏水',
  description: null,
  status: 'resolved',
  priority: 'high',
  ownerId: null,
  ownerName: null,
  dueDate: null,
  overdue: false,
  resolution: '已更换',
  satisfaction: null,
  firstResponseAt: 1,
  resolvedAt: 2,
  closedAt: null,
  closedDate: null,
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
}

describe('the close dialog', () => {
  it('sends the chosen score, or none with 跳过', async () => {
    const host = stubHost({
      'tickets.close': (input) => ({
        ok: true,
        value: { ...ticket, ...(input as object), status: 'closed' },
      }),
    })
    const onClose = vi.fn()
    await renderWithProviders(<CloseTicketModal ticket={ticket} onClose={onClose} />)
    const user = userEvent.setup()
    const save = await screen.findByTestId('ticket-close-save')
    expect(save).toBeDisabled()
    await user.click(screen.getByText('8', { exact: true }))
    await user.click(save)
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(callsOf(host, 'tickets.close')).toEqual([{ id: 7, satisfaction: 8 }])
    await user.click(screen.getByTestId('ticket-close-skip'))
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(2))
    expect(callsOf(host, 'tickets.close')[1]).toEqual({ id: 7, satisfaction: null })
  })

  it('shows the core refusal in the dialog', async () => {
    stubHost({
      'tickets.close': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          key: 'errors.validation',
          message: 'Some fields are not valid',
          details: [
            {
              path: 'id',
              key: 'errors.ticketAlreadyClosed',
              message: 'closed',
              params: { number: 'SH-2026-0007' },
            },
          ],
        },
      }),
    })
    await renderWithProviders(<CloseTicketModal ticket={ticket} onClose={() => {}} />, {
      locale: 'en',
    })
    const user = userEvent.setup()
    await user.click(await screen.findByTestId('ticket-close-skip'))
    expect(await screen.findByText(/Ticket SH-2026-0007 is already closed/)).toBeInTheDocument()
  })
})

describe('the ticket list parameters', () => {
  it('turn the address into tickets.list and back', () => {
    const params = parseTicketParams(
      new URLSearchParams(
        'status=closed&kind=complaint&owner=3&overdue=1&q=漏水&page=2&sort=priority.desc',
      ),
    )
    expect(ticketListInput(params)).toEqual({
      filter: { status: ['closed'], kind: ['complaint'], ownerId: 3, overdue: true },
      q: '漏水',
      sort: { field: 'priority', dir: 'desc' },
      page: 2,
      pageSize: 50,
    })
    expect(ticketListInput(parseTicketParams(new URLSearchParams(''))).filter).toEqual({
      open: true,
    })
    expect(ticketParamsPatch({ tab: 'open', kind: null })).toEqual({
      status: null,
      kind: null,
      page: null,
    })
    expect(nextTicketSort(params, 'priority')).toEqual({ field: 'priority', dir: 'asc' })
    expect(nextTicketSort(params, 'dueDate')).toEqual({ field: 'dueDate', dir: 'asc' })
  })
})
