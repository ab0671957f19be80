import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { ContractDetail, Instalment, PaymentCreateInput } from '../../src/shared/api'
import { RecordPaymentModal } from '../../src/renderer/src/features/contracts/components/RecordPaymentModal'
import { callsOf, renderWithProviders, stubHost } from './render'

function instalment(
  seq: number,
  dueDate: string,
  amountCents: number,
  receivedCents: number,
): Instalment {
  return {
    id: 100 + seq,
    contractId: 9,
    seq,
    dueDate,
    amountCents,
    receivedCents,
    unpaidCents: amountCents - receivedCents,
    status: receivedCents >= amountCents ? 'paid' : dueDate < '2026-11-23' ? 'overdue' : 'notDue',
    daysOverdue: 0,
    voidedDate: null,
    note: null,
  }
}

/** ¥300.00 in three instalments of ¥100.00; the first is paid. Outstanding ¥200.00. */
const contract: ContractDetail = {
  id: 9,
  number: 'HT-2026-0009',
  title: '年度维保',
  customerId: 5,
  customerName: '北京恒远贸易有限公司',
  dealId: null,
  ownerId: null,
  ownerName: null,
  signedBy: null,
  signedDate: '2026-09-01',
  startDate: null,
  endDate: null,
  totalCents: 30_000,
  receivedCents: 10_000,
  advanceCents: 0,
  invoicedCents: 0,
  voidedCents: 0,
  outstandingCents: 20_000,
  overdueCents: 10_000,
  nextDueDate: '2026-11-01',
  state: 'active',
  status: 'active',
  terminatedDate: null,
  terminationReason: null,
  notes: null,
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
  items: [],
  plan: [
    instalment(1, '2026-10-01', 10_000, 10_000),
    instalment(2, '2026-11-01', 10_000, 0),
    instalment(3, '2026-12-01', 10_000, 0),
  ],
  payments: [],
  invoices: [],
  attachments: [],
  asOf: '2026-11-23',
}

function paymentRow(input: PaymentCreateInput) {
  return {
    id: 1,
    contractId: 9,
    contractNumber: contract.number,
    customerId: 5,
    customerName: contract.customerName,
    receivedDate: input.receivedDate,
    amountCents: input.amountCents,
    kind: 'payment',
    method: input.method,
    reference: input.reference ?? null,
    reversesId: null,
    reversedById: null,
    reason: null,
    allocations: [],
    createdAt: 0,
    advance: null,
  }
}

async function open(target: number | 'auto' = 'auto', refuseOver = true) {
  const onClose = vi.fn()
  const host = stubHost({
    'payments.create': (raw) => {
      const input = raw as PaymentCreateInput
      if (refuseOver && input.amountCents > 20_000 && !input.asAdvance)
        return {
          ok: false,
          error: {
            code: 'VALIDATION',
            key: 'errors.paymentExceedsOutstanding',
            message: 'The payment exceeds the outstanding amount',
            params: { outstanding: '¥200.00', outstandingCents: 20_000 },
            details: [
              {
                path: 'amountCents',
                key: 'errors.paymentExceedsOutstanding',
                message: 'The payment exceeds the outstanding amount',
                params: { outstanding: '¥200.00', outstandingCents: 20_000 },
              },
            ],
          },
        }
      return { ok: true, value: paymentRow(input) }
    },
  })
  await renderWithProviders(
    <RecordPaymentModal contract={contract} target={target} today="2026-11-23" onClose={onClose} />,
  )
  return { host, onClose, user: userEvent.setup() }
}

const amount = () => screen.getByTestId<HTMLInputElement>('payment-amountCents')

describe('the record-payment dialog', () => {
  it('starts with today, bank transfer and the whole outstanding, oldest open instalment first', async () => {
    await open()
    expect(screen.getByTestId<HTMLInputElement>('payment-receivedDate').value).toBe('2026-11-23')
    expect(amount().value).toBe('200.00')
    expect(screen.getByTestId('payment-preview')).toHaveTextContent(
      '将分配到：第 2 期 ¥100.00；第 3 期 ¥100.00',
    )
    expect(screen.queryByTestId('payment-excess')).toBeNull()
  })

  it('pays a picked instalment first and spills over to the next', async () => {
    const { host, onClose, user } = await open(103)
    expect(amount().value).toBe('100.00')
    fireEvent.change(amount(), { target: { value: '150' } })
    expect(screen.getByTestId('payment-preview')).toHaveTextContent(
      '将分配到：第 3 期 ¥100.00；第 2 期 ¥50.00',
    )
    await user.type(screen.getByTestId('payment-reference'), 'ICBC 0113')
    await user.click(screen.getByTestId('payment-save'))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(callsOf(host, 'payments.create')).toEqual([
      {
        contractId: 9,
        receivedDate: '2026-11-23',
        amountCents: 15_000,
        method: 'bank',
        reference: 'ICBC 0113',
        instalmentId: 103,
      },
    ])
  })

  it('warns about an amount over the outstanding, shows the core refusal under the amount, and records the excess as an advance when ticked', async () => {
    const { host, onClose, user } = await open()
    fireEvent.change(amount(), { target: { value: '250.01' } })
    expect(screen.getByTestId('payment-excess')).toHaveAttribute('data-cents', '5001')
    expect(screen.getByTestId('payment-excess')).toHaveTextContent('超出未收金额 ¥50.01')
    await user.click(screen.getByTestId('payment-save'))
    expect(
      await screen.findByText('回款金额超过未收金额（未收 ¥200.00）。如确需多收，请记为预收款。'),
    ).toBeInTheDocument()
    expect(amount()).toHaveAttribute('aria-invalid', 'true')
    expect(onClose).not.toHaveBeenCalled()

    await user.click(screen.getByTestId('payment-asAdvance'))
    expect(screen.getByTestId('payment-excess')).toHaveTextContent('超出的 ¥50.01 将单独记为预收款')
    await user.click(screen.getByTestId('payment-save'))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(callsOf(host, 'payments.create').at(-1)).toMatchObject({
      amountCents: 25_001,
      asAdvance: true,
    })
  })

  it('refuses an empty amount or a date that is no date before asking the core', async () => {
    const { host, user } = await open()
    fireEvent.change(amount(), { target: { value: '' } })
    fireEvent.change(screen.getByTestId('payment-receivedDate'), {
      target: { value: '2026-02-30' },
    })
    await user.click(screen.getByTestId('payment-save'))
    expect(await screen.findByText('请输入大于 0 的金额')).toBeInTheDocument()
    expect(screen.getByText('日期格式应为 YYYY-MM-DD')).toBeInTheDocument()
    expect(callsOf(host, 'payments.create')).toHaveLength(0)
  })
})
