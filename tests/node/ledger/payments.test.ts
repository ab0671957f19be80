import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { expectLedgerInvariants, expectRefused, ledgerSetup, newContract } from './helpers'

const pay = (contractId: number, amountCents: number, extra: Record<string, unknown> = {}) => ({
  contractId,
  receivedDate: '2026-11-01',
  amountCents,
  method: 'bank',
  ...extra,
})

describe('payments', () => {
  it('go to the oldest open instalment first and spill over', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    const [first, second, third] = contract.plan.map((i) => i.id)
    const payment = core.ok(
      'payments.create',
      pay(contract.id, 1_500_000, { reference: 'YH20261101' }),
    )
    expect(payment).toMatchObject({
      kind: 'payment',
      amountCents: 1_500_000,
      reference: 'YH20261101',
      contractNumber: 'HT-2026-0001',
      customerName: '杭州鑫源贸易有限公司',
      advance: null,
      allocations: [
        { instalmentId: first, seq: 1, amountCents: 1_000_000 },
        { instalmentId: second, seq: 2, amountCents: 500_000 },
      ],
    })
    const after = core.ok('contracts.get', { id: contract.id })
    expect(after).toMatchObject({
      receivedCents: 1_500_000,
      outstandingCents: 1_750_000,
      overdueCents: 0,
    })
    expect(after.plan.map((i) => [i.receivedCents, i.status])).toEqual([
      [1_000_000, 'paid'],
      [500_000, 'partial'],
      [0, 'notDue'],
    ])
    // The one the user picks comes first, then the oldest open one.
    const picked = core.ok('payments.create', pay(contract.id, 1_300_000, { instalmentId: third }))
    expect(picked.allocations).toEqual([
      { instalmentId: second, seq: 2, amountCents: 50_000 },
      { instalmentId: third, seq: 3, amountCents: 1_250_000 },
    ])
    expect(core.ok('contracts.get', { id: contract.id }).plan.map((i) => i.receivedCents)).toEqual([
      1_000_000, 550_000, 1_250_000,
    ])
    expectLedgerInvariants(core.dataDir)
  })

  it('refuses more than outstanding, a date before signing, closed or foreign instalments, unknown ids', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    const otherContract = newContract(core, customer.id)
    core.ok('payments.create', pay(contract.id, 1_000_000))
    expectRefused(
      core,
      'payments.create',
      pay(contract.id, 2_250_001),
      'VALIDATION',
      'errors.paymentExceedsOutstanding',
      { outstandingCents: 2_250_000, outstanding: '¥22,500.00' },
    )
    expectRefused(
      core,
      'payments.create',
      pay(contract.id, 1, { receivedDate: '2026-09-14' }),
      'VALIDATION',
      'errors.paymentBeforeSigning',
      { signedDate: '2026-09-15' },
    )
    expectRefused(
      core,
      'payments.create',
      pay(contract.id, 1, { instalmentId: contract.plan[0]!.id }),
      'VALIDATION',
      'errors.instalmentNotOpen',
      { seq: 1 },
    )
    expectRefused(
      core,
      'payments.create',
      pay(contract.id, 1, { instalmentId: otherContract.plan[0]!.id }),
      'VALIDATION',
      'errors.instalmentNotInContract',
    )
    expectRefused(core, 'payments.create', pay(999, 1), 'NOT_FOUND', 'errors.notFound')
    expectRefused(core, 'payments.create', pay(contract.id, 0), 'VALIDATION', 'errors.validation')
    expectRefused(
      core,
      'payments.create',
      pay(contract.id, 1, { method: 'paypal' }),
      'VALIDATION',
      'errors.validation',
    )
    expectRefused(core, 'payments.create', pay(contract.id, 1.5), 'VALIDATION', 'errors.validation')
    expectRefused(
      core,
      'payments.reverse',
      { id: 999, reason: '错' },
      'NOT_FOUND',
      'errors.notFound',
    )
  })

  it('records an excess as an advance, held apart', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    const split = core.ok('payments.create', pay(contract.id, 3_300_000, { asAdvance: true }))
    expect(split).toMatchObject({ kind: 'payment', amountCents: 3_250_000 })
    expect(split.allocations).toHaveLength(3)
    expect(split.advance).toMatchObject({ kind: 'advance', amountCents: 50_000, allocations: [] })
    // Nothing outstanding: the whole payment is the advance.
    const whole = core.ok('payments.create', pay(contract.id, 20_000, { asAdvance: true }))
    expect(whole).toMatchObject({ kind: 'advance', amountCents: 20_000, advance: null })
    const after = core.ok('contracts.get', { id: contract.id })
    expect(after).toMatchObject({
      receivedCents: 3_250_000,
      advanceCents: 70_000,
      outstandingCents: 0,
      status: 'active', // ends 2027-09-14
    })
    expect(after.payments.map((p) => [p.kind, p.amountCents])).toEqual([
      ['payment', 3_250_000],
      ['advance', 50_000],
      ['advance', 20_000],
    ])
    expect(core.ok('customers.get', { id: customer.id }).receivedCents).toBe(3_250_000)
    // Reversing an advance lowers the advance, not the received amount.
    core.ok('payments.reverse', { id: whole.id, reason: '退回客户' })
    expect(core.ok('contracts.get', { id: contract.id })).toMatchObject({
      receivedCents: 3_250_000,
      advanceCents: 50_000,
    })
    expectLedgerInvariants(core.dataDir)
  })

  it('reversal (红冲) re-opens the instalments it paid; a row is reversed once and both stay', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    const payment = core.ok(
      'payments.create',
      pay(contract.id, 1_500_000, { method: 'wechat', reference: 'WX1' }),
    )
    expectRefused(
      core,
      'payments.reverse',
      { id: payment.id, reason: '' },
      'VALIDATION',
      'errors.validation',
    )
    expectRefused(
      core,
      'payments.reverse',
      { id: payment.id, reason: '金额录错', date: '2026-10-31' },
      'VALIDATION',
      'errors.reversalBeforeOriginal',
      { date: '2026-11-01' },
    )
    const reversal = core.ok('payments.reverse', { id: payment.id, reason: '金额录错' })
    expect(reversal).toMatchObject({
      kind: 'reversal',
      amountCents: -1_500_000,
      receivedDate: '2026-11-23',
      method: 'wechat',
      reference: 'WX1',
      reversesId: payment.id,
      reason: '金额录错',
      allocations: [
        { seq: 1, amountCents: -1_000_000 },
        { seq: 2, amountCents: -500_000 },
      ],
    })
    const after = core.ok('contracts.get', { id: contract.id })
    expect(after).toMatchObject({
      receivedCents: 0,
      outstandingCents: 3_250_000,
      overdueCents: 1_000_000,
    })
    expect(after.plan.map((i) => i.status)).toEqual(['overdue', 'due', 'notDue'])
    expect(after.payments.map((p) => [p.id, p.reversedById])).toEqual([
      [payment.id, reversal.id],
      [reversal.id, null],
    ])
    expectRefused(
      core,
      'payments.reverse',
      { id: payment.id, reason: '再冲' },
      'CONFLICT',
      'errors.paymentAlreadyReversed',
    )
    expectRefused(
      core,
      'payments.reverse',
      { id: reversal.id, reason: '冲红冲' },
      'VALIDATION',
      'errors.paymentIsReversal',
    )
    // The instalments are open again and take a new payment.
    core.ok('payments.create', pay(contract.id, 1_000_000))
    expect(core.ok('contracts.get', { id: contract.id }).plan[0]?.status).toBe('paid')
    expectLedgerInvariants(core.dataDir)
  })

  it('lists payments with filters and paging', () => {
    const core = openTestCore()
    const { customer, other } = ledgerSetup(core)
    const a = newContract(core, customer.id)
    const b = newContract(core, other.id)
    core.ok('payments.create', pay(a.id, 100, { receivedDate: '2026-10-01', reference: 'R-1' }))
    core.ok('payments.create', pay(a.id, 200, { receivedDate: '2026-10-05' }))
    const p3 = core.ok('payments.create', pay(b.id, 300, { receivedDate: '2026-10-03' }))
    core.ok('payments.reverse', { id: p3.id, reason: '退票' })
    const all = core.ok('payments.list', {})
    expect(all.total).toBe(4)
    expect(all.rows.map((p) => p.amountCents)).toEqual([-300, 200, 300, 100])
    expect(core.ok('payments.list', { filter: { customerId: customer.id } }).total).toBe(2)
    expect(core.ok('payments.list', { filter: { contractId: b.id, kind: 'reversal' } }).total).toBe(
      1,
    )
    expect(
      core
        .ok('payments.list', { filter: { from: '2026-10-02', to: '2026-10-04' } })
        .rows.map((p) => p.amountCents),
    ).toEqual([300])
    expect(core.ok('payments.list', { q: 'R-1' }).rows.map((p) => p.amountCents)).toEqual([100])
    expect(
      core
        .ok('payments.list', { sort: { field: 'amountCents', dir: 'asc' }, page: 2, pageSize: 2 })
        .rows.map((p) => p.amountCents),
    ).toEqual([200, 300])
  })
})

describe('invoices', () => {
  it('are created up to the contract total, reversed once, and listed', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    const invoice = core.ok('invoices.create', {
      contractId: contract.id,
      number: '44010001',
      issuedDate: '2026-10-01',
      amountCents: 3_000_000,
      type: 'special',
    })
    expect(invoice).toMatchObject({
      number: '44010001',
      amountCents: 3_000_000,
      type: 'special',
      reversesId: null,
    })
    expectRefused(
      core,
      'invoices.create',
      {
        contractId: contract.id,
        number: '44010002',
        issuedDate: '2026-10-02',
        amountCents: 250_001,
      },
      'VALIDATION',
      'errors.invoiceExceedsTotal',
      { remainingCents: 250_000, remaining: '¥2,500.00' },
    )
    expectRefused(
      core,
      'invoices.create',
      { contractId: contract.id, number: '44010001', issuedDate: '2026-10-02', amountCents: 1 },
      'CONFLICT',
      'errors.invoiceNumberTaken',
    )
    expectRefused(
      core,
      'invoices.create',
      { contractId: 999, number: 'x', issuedDate: '2026-10-02', amountCents: 1 },
      'NOT_FOUND',
      'errors.notFound',
    )
    const reversal = core.ok('invoices.reverse', {
      id: invoice.id,
      reason: '开票信息有误',
      number: '44019999',
    })
    expect(reversal).toMatchObject({
      amountCents: -3_000_000,
      reversesId: invoice.id,
      number: '44019999',
      type: 'special',
    })
    expectRefused(
      core,
      'invoices.reverse',
      { id: invoice.id, reason: '再冲' },
      'CONFLICT',
      'errors.invoiceAlreadyReversed',
    )
    expectRefused(
      core,
      'invoices.reverse',
      { id: reversal.id, reason: 'x' },
      'VALIDATION',
      'errors.invoiceIsReversal',
    )
    expectRefused(
      core,
      'invoices.reverse',
      { id: 999, reason: 'x' },
      'NOT_FOUND',
      'errors.notFound',
    )
    // A reversed number stays taken (the new invoice has its own); the whole total is free again.
    expectRefused(
      core,
      'invoices.create',
      { contractId: contract.id, number: '44010001', issuedDate: '2026-10-05', amountCents: 1 },
      'CONFLICT',
      'errors.invoiceNumberTaken',
    )
    const again = core.ok('invoices.create', {
      contractId: contract.id,
      number: '44010003',
      issuedDate: '2026-10-05',
      amountCents: 3_250_000,
    })
    expect(again.type).toBe('normal')
    const detail = core.ok('contracts.get', { id: contract.id })
    expect(detail.invoicedCents).toBe(3_250_000)
    expect(detail.invoices.map((v) => v.amountCents)).toEqual([3_000_000, 3_250_000, -3_000_000])
    expect(core.ok('invoices.list', { filter: { customerId: customer.id } }).total).toBe(3)
    expect(core.ok('invoices.list', { q: '9999' }).rows.map((v) => v.id)).toEqual([reversal.id])
    // The contract total cannot fall below what was invoiced.
    expectRefused(
      core,
      'contracts.update',
      {
        id: contract.id,
        items: [{ description: '缩减', quantity: 1, unitPriceCents: 100 }],
        plan: [{ dueDate: '2026-12-01', amountCents: 100 }],
      },
      'VALIDATION',
      'errors.totalBelowInvoiced',
    )
    expectLedgerInvariants(core.dataDir)
  })

  it('"invoiced but not paid" and "paid but not invoiced" contract lists', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const invoicedOnly = newContract(core, customer.id)
    const paidOnly = newContract(core, customer.id)
    const even = newContract(core, customer.id)
    core.ok('invoices.create', {
      contractId: invoicedOnly.id,
      number: 'A1',
      issuedDate: '2026-10-01',
      amountCents: 500,
    })
    core.ok('payments.create', pay(paidOnly.id, 500))
    core.ok('invoices.create', {
      contractId: even.id,
      number: 'A2',
      issuedDate: '2026-10-01',
      amountCents: 500,
    })
    core.ok('payments.create', pay(even.id, 500))
    const ids = (filter: object) => core.ok('contracts.list', { filter }).rows.map((c) => c.id)
    expect(ids({ invoicedNotPaid: true })).toEqual([invoicedOnly.id])
    expect(ids({ paidNotInvoiced: true })).toEqual([paidOnly.id])
  })
})

describe('customers and the ledger', () => {
  it('customers.get sums revenue, received and outstanding', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const a = newContract(core, customer.id)
    newContract(core, customer.id)
    newContract(core, customer.id, { draft: true })
    core.ok('payments.create', pay(a.id, 1_000_000))
    expect(core.ok('customers.get', { id: customer.id })).toMatchObject({
      lifetimeRevenueCents: 6_500_000,
      receivedCents: 1_000_000,
      outstandingCents: 5_500_000,
    })
  })

  it('merge moves contracts, instalments, payments and invoices; undo moves them back', () => {
    const core = openTestCore()
    const { customer, other } = ledgerSetup(core)
    const kept = newContract(core, customer.id)
    const moved = newContract(core, other.id)
    core.ok('payments.create', pay(moved.id, 1_200_000))
    core.ok('invoices.create', {
      contractId: moved.id,
      number: 'M1',
      issuedDate: '2026-10-01',
      amountCents: 100,
    })
    const merged = core.ok('customers.merge', { keepId: customer.id, mergeIds: [other.id] })
    expect(merged).toMatchObject({ lifetimeRevenueCents: 6_500_000, receivedCents: 1_200_000 })
    expect(core.ok('contracts.get', { id: moved.id }).customerId).toBe(customer.id)
    expect(core.ok('payments.list', { filter: { customerId: customer.id } }).total).toBe(1)
    expect(core.ok('invoices.list', { filter: { customerId: customer.id } }).total).toBe(1)
    const aging = core.ok('receivables.aging', {})
    expect(aging.rows.map((r) => r.customerId)).toEqual([customer.id])
    expect(
      core.ok('receivables.statement', {
        customerId: customer.id,
        from: '2026-01-01',
        to: '2026-12-31',
      }).closingBalanceCents,
    ).toBe(6_500_000 - 1_200_000)
    core.ok('customers.unmerge', { mergeId: merged.mergeId })
    expect(core.ok('contracts.get', { id: moved.id }).customerId).toBe(other.id)
    expect(core.ok('contracts.get', { id: kept.id }).customerId).toBe(customer.id)
    expect(core.ok('payments.list', { filter: { customerId: other.id } }).total).toBe(1)
    expect(core.ok('invoices.list', { filter: { customerId: other.id } }).total).toBe(1)
    expect(
      core
        .ok('receivables.aging', {})
        .rows.map((r) => r.customerId)
        .sort(),
    ).toEqual([customer.id, other.id].sort())
    expect(core.ok('customers.get', { id: other.id })).toMatchObject({
      lifetimeRevenueCents: 3_250_000,
      receivedCents: 1_200_000,
    })
    expectLedgerInvariants(core.dataDir)
  })

  it('a customer with contracts cannot be purged from the recycle bin', () => {
    const core = openTestCore()
    const { customer, other } = ledgerSetup(core)
    newContract(core, customer.id)
    const draft = newContract(core, other.id, { draft: true })
    core.ok('contracts.delete', { id: draft.id })
    core.ok('customers.delete', { id: customer.id })
    core.ok('customers.delete', { id: other.id })
    expectRefused(
      core,
      'customers.purge',
      { id: customer.id },
      'CONFLICT',
      'errors.customerHasContracts',
    )
    // Only a deleted draft: it goes with the customer.
    expect(core.ok('customers.purge', { id: other.id })).toBeNull()
    expect(core.call('contracts.get', { id: draft.id }).ok).toBe(false)
  })
})
