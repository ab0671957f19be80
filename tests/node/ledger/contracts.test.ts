import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import {
  contractInput,
  expectLedgerInvariants,
  expectRefused,
  ledgerSetup,
  newContract,
} from './helpers'

describe('products', () => {
  it('creates, updates, gets and lists with pinyin search and an active filter', () => {
    const core = openTestCore()
    const { software, service } = ledgerSetup(core)
    expect(software).toMatchObject({ name: 'ERP 软件许可', sku: 'ERP-1', unit: '套', active: true })
    const updated = core.ok('products.update', {
      id: service.id,
      priceCents: 160_000,
      active: false,
    })
    expect(updated).toMatchObject({ priceCents: 160_000, active: false, sku: 'SVC-1' })
    expect(core.ok('products.get', { id: service.id })).toEqual(updated)
    expect(core.ok('products.list', {}).rows.map((p) => p.name)).toEqual([
      'ERP 软件许可',
      '实施服务',
    ])
    expect(core.ok('products.list', { filter: { active: true } }).total).toBe(1)
    expect(core.ok('products.list', { q: 'ssfw' }).rows.map((p) => p.id)).toEqual([service.id])
    expect(core.ok('products.list', { q: 'shishi' }).rows.map((p) => p.id)).toEqual([service.id])
    expect(core.ok('products.list', { q: 'erp-1' }).rows.map((p) => p.id)).toEqual([software.id])
    expect(core.ok('products.list', { q: '100%' }).total).toBe(0)
  })

  it('refuses a duplicate SKU and unknown ids, changing nothing', () => {
    const core = openTestCore()
    const { service } = ledgerSetup(core)
    expectRefused(
      core,
      'products.create',
      { name: '另一个', sku: 'ERP-1', unit: '套', priceCents: 1 },
      'CONFLICT',
      'errors.productSkuTaken',
      { sku: 'ERP-1' },
    )
    expectRefused(
      core,
      'products.update',
      { id: service.id, sku: 'ERP-1' },
      'CONFLICT',
      'errors.productSkuTaken',
    )
    expectRefused(core, 'products.update', { id: 999, name: 'x' }, 'NOT_FOUND', 'errors.notFound')
    expectRefused(core, 'products.get', { id: 999 }, 'NOT_FOUND', 'errors.notFound')
    expectRefused(
      core,
      'products.create',
      { name: 'x', unit: '套', priceCents: -1 },
      'VALIDATION',
      'errors.validation',
    )
  })
})

describe('contracts', () => {
  it('creates with an automatic number, exact line totals, a plan with statuses, and gets it back', () => {
    const core = openTestCore()
    const { customer, software } = ledgerSetup(core)
    const contract = newContract(core, customer.id, {
      items: [
        {
          productId: software.id,
          description: 'ERP 软件许可',
          quantity: 1,
          unitPriceCents: 2_980_000,
          discountPercent: 12.5,
        },
        { description: '调试', quantity: 0.333, unitPriceCents: 100 },
        { description: '整单优惠', quantity: 1, unitPriceCents: -75_033 },
      ],
      plan: [
        { dueDate: '2026-10-01', amountCents: 1_000_000 },
        { dueDate: '2026-11-28', amountCents: 1_000_000, note: '验收后' },
        { dueDate: '2027-01-15', amountCents: 532_500 },
      ],
    })
    // 2,980,000 × 0.875 = 2,607,500; 0.333 × 100 = 33.3 → 33; −75,033.
    expect(contract.items.map((i) => i.lineTotalCents)).toEqual([2_607_500, 33, -75_033])
    expect(contract.items[0]).toMatchObject({
      productName: 'ERP 软件许可',
      discountPercent: 12.5,
      discountBps: 1250,
    })
    expect(contract.items[1]).toMatchObject({ quantity: 0.333, quantityMilli: 333 })
    expect(contract).toMatchObject({
      number: 'HT-2026-0001',
      totalCents: 2_532_500,
      receivedCents: 0,
      outstandingCents: 2_532_500,
      overdueCents: 1_000_000,
      state: 'active',
      status: 'active',
      customerName: '杭州鑫源贸易有限公司',
      nextDueDate: '2026-10-01',
      asOf: '2026-11-23',
    })
    expect(contract.plan.map((i) => [i.seq, i.status, i.daysOverdue])).toEqual([
      [1, 'overdue', 53],
      [2, 'due', 0],
      [3, 'notDue', 0],
    ])
    expect(contract.plan[1]?.note).toBe('验收后')
    expect(core.ok('contracts.get', { id: contract.id })).toEqual(contract)
    expect(core.ok('contracts.nextNumber', {})).toEqual({ number: 'HT-2026-0002' })
    expect(core.ok('contracts.nextNumber', { signedDate: '2027-01-03' })).toEqual({
      number: 'HT-2027-0001',
    })
    // A typed number is kept; the automatic sequence continues after the highest.
    newContract(core, customer.id, { number: 'HT-2026-0041' })
    expect(newContract(core, customer.id).number).toBe('HT-2026-0042')
    expect(newContract(core, customer.id, { number: '自编-001' }).number).toBe('自编-001')
    expectLedgerInvariants(core.dataDir)
  })

  it('takes the owner from the customer and records the deal it came from', () => {
    const core = openTestCore()
    const owner = core.ok('owners.create', { name: '王强' })
    const customer = core.ok('customers.create', {
      name: '苏州恒达机械有限公司',
      ownerId: owner.id,
    })
    const deal = core.ok('deals.create', {
      customerId: customer.id,
      title: 'MES 项目',
      amountCents: 3_250_000,
    })
    const contract = newContract(core, customer.id, { dealId: deal.id, signedBy: '陈总' })
    expect(contract).toMatchObject({
      ownerId: owner.id,
      ownerName: '王强',
      dealId: deal.id,
      signedBy: '陈总',
    })
  })

  it('prefills a contract from a deal: its products at list price plus an adjustment to the amount', () => {
    const core = openTestCore()
    const { customer, software, service } = ledgerSetup(core)
    const deal = core.ok('deals.create', {
      customerId: customer.id,
      title: 'ERP 项目',
      amountCents: 3_000_000,
      productIds: [software.id, service.id],
    })
    const prefill = core.ok('contracts.prefillFromDeal', { dealId: deal.id })
    expect(prefill).toMatchObject({
      customerId: customer.id,
      dealId: deal.id,
      title: 'ERP 项目',
      totalCents: 3_000_000,
      signedDate: '2026-11-23',
      number: 'HT-2026-0001',
      plan: [{ dueDate: '2026-11-23', amountCents: 3_000_000 }],
    })
    expect(prefill.items.map((i) => i.unitPriceCents)).toEqual([2_980_000, 150_000, -130_000])
    const { totalCents: _t, customerName: _n, ...input } = prefill
    expect(core.ok('contracts.create', input).totalCents).toBe(3_000_000)
    expectRefused(
      core,
      'contracts.prefillFromDeal',
      { dealId: 999 },
      'NOT_FOUND',
      'errors.notFound',
    )
  })

  it('refuses bad contracts and changes nothing', () => {
    const core = openTestCore()
    const { customer, other, software } = ledgerSetup(core)
    const existing = newContract(core, customer.id)
    const bad = (extra: object) => ({ ...contractInput(customer.id), ...extra })
    expectRefused(
      core,
      'contracts.create',
      bad({ plan: [{ dueDate: '2026-10-01', amountCents: 3_249_999 }] }),
      'VALIDATION',
      'errors.planSumMismatch',
      {
        totalCents: 3_250_000,
        planSumCents: 3_249_999,
        total: '¥32,500.00',
        planSum: '¥32,499.99',
      },
    )
    expectRefused(
      core,
      'contracts.create',
      bad({ plan: [] }),
      'VALIDATION',
      'errors.planSumMismatch',
    )
    expectRefused(
      core,
      'contracts.create',
      bad({ number: existing.number }),
      'CONFLICT',
      'errors.contractNumberTaken',
      { number: 'HT-2026-0001' },
    )
    expectRefused(
      core,
      'contracts.create',
      bad({ items: [{ description: '优惠', quantity: 1, unitPriceCents: -1 }], plan: [] }),
      'VALIDATION',
      'errors.contractTotalNegative',
    )
    expectRefused(
      core,
      'contracts.create',
      bad({
        items: [{ productId: software.id, description: 'x', quantity: 1, unitPriceCents: -5 }],
      }),
      'VALIDATION',
      'errors.negativePriceNeedsNoProduct',
    )
    expectRefused(
      core,
      'contracts.create',
      bad({ items: [{ description: 'x', quantity: 1.0005, unitPriceCents: 5 }] }),
      'VALIDATION',
      'errors.validation',
    )
    expectRefused(
      core,
      'contracts.create',
      bad({ endDate: '2026-01-01' }),
      'VALIDATION',
      'errors.endBeforeStart',
    )
    expectRefused(
      core,
      'contracts.create',
      bad({ customerId: 999 }),
      'NOT_FOUND',
      'errors.notFound',
    )
    expectRefused(
      core,
      'contracts.create',
      bad({
        items: [{ productId: 999, description: 'x', quantity: 1, unitPriceCents: 3_250_000 }],
      }),
      'NOT_FOUND',
      'errors.notFound',
    )
    expectRefused(
      core,
      'contracts.create',
      bad({ ownerId: 999 }),
      'VALIDATION',
      'errors.validation',
    )
    const deal = core.ok('deals.create', { customerId: other.id, title: '别人的', amountCents: 1 })
    expectRefused(
      core,
      'contracts.create',
      bad({ dealId: deal.id }),
      'VALIDATION',
      'errors.dealOtherCustomer',
    )
    expectRefused(core, 'contracts.get', { id: 999 }, 'NOT_FOUND', 'errors.notFound')
    expectRefused(
      core,
      'contracts.create',
      bad({
        items: [{ description: 'x', quantity: 1_000_000, unitPriceCents: 1_000_000_000_000 }],
      }),
      'VALIDATION',
      'errors.contractTooLarge',
    )
  })

  it('updates fields, items and plan; the plan is re-checked against the new total', () => {
    const core = openTestCore()
    const { customer, other } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    const [first, second, third] = contract.plan
    core.ok('payments.create', {
      contractId: contract.id,
      receivedDate: '2026-10-02',
      amountCents: 1_200_000,
      method: 'bank',
    })
    // New total 3,350,000: the plan must come along and sum to it.
    const items = [
      ...contract.items.map((i) => ({
        description: i.description,
        quantity: i.quantity,
        unitPriceCents: i.unitPriceCents,
      })),
      { description: '培训', quantity: 1, unitPriceCents: 100_000 },
    ]
    expectRefused(
      core,
      'contracts.update',
      { id: contract.id, items },
      'VALIDATION',
      'errors.planSumMismatch',
      {
        totalCents: 3_350_000,
        planSumCents: 3_250_000,
      },
    )
    expectRefused(
      core,
      'contracts.update',
      {
        id: contract.id,
        plan: [
          { id: first!.id, dueDate: first!.dueDate, amountCents: 1_000_000 },
          { id: second!.id, dueDate: second!.dueDate, amountCents: 100_000 },
          { id: third!.id, dueDate: third!.dueDate, amountCents: 2_150_000 },
        ],
      },
      'VALIDATION',
      'errors.instalmentBelowReceived',
      { seq: 2, receivedCents: 200_000 },
    )
    expectRefused(
      core,
      'contracts.update',
      { id: contract.id, plan: [{ dueDate: '2026-12-01', amountCents: 3_250_000 }] },
      'VALIDATION',
      'errors.instalmentHasPayments',
      { seq: 1 },
    )
    expectRefused(
      core,
      'contracts.update',
      { id: contract.id, plan: [{ id: 999, dueDate: '2026-12-01', amountCents: 3_250_000 }] },
      'VALIDATION',
      'errors.instalmentNotInContract',
    )
    expectRefused(
      core,
      'contracts.update',
      { id: contract.id, customerId: other.id },
      'CONFLICT',
      'errors.contractHasMoney',
    )
    expectRefused(
      core,
      'contracts.update',
      { id: contract.id, signedDate: '2026-10-05' },
      'VALIDATION',
      'errors.paymentBeforeSigning',
    )
    const sibling = newContract(core, customer.id)
    expectRefused(
      core,
      'contracts.update',
      { id: contract.id, number: sibling.number },
      'CONFLICT',
      'errors.contractNumberTaken',
    )
    expectRefused(core, 'contracts.update', { id: 999, title: 'x' }, 'NOT_FOUND', 'errors.notFound')

    const updated = core.ok('contracts.update', {
      id: contract.id,
      title: '信息化建设项目（二期）',
      notes: '含培训',
      items,
      plan: [
        { id: first!.id, dueDate: first!.dueDate, amountCents: 1_000_000 },
        { id: second!.id, dueDate: '2026-12-10', amountCents: 1_100_000 },
        { id: third!.id, dueDate: third!.dueDate, amountCents: 1_150_000 },
        { dueDate: '2027-03-01', amountCents: 100_000, note: '培训费' },
      ],
    })
    expect(updated).toMatchObject({
      title: '信息化建设项目（二期）',
      notes: '含培训',
      totalCents: 3_350_000,
      receivedCents: 1_200_000,
      outstandingCents: 2_150_000,
    })
    expect(updated.plan.map((i) => [i.seq, i.amountCents, i.receivedCents, i.status])).toEqual([
      [1, 1_000_000, 1_000_000, 'paid'],
      [2, 1_100_000, 200_000, 'partial'],
      [3, 1_150_000, 0, 'notDue'],
      [4, 100_000, 0, 'notDue'],
    ])
    // Dropping an unpaid instalment (and moving its amount) is fine.
    const rebalanced = core.ok('contracts.update', {
      id: contract.id,
      plan: [
        { id: first!.id, dueDate: first!.dueDate, amountCents: 1_000_000 },
        { id: second!.id, dueDate: '2026-12-10', amountCents: 2_350_000 },
      ],
    })
    expect(rebalanced.plan.map((i) => i.amountCents)).toEqual([1_000_000, 2_350_000])
    expectLedgerInvariants(core.dataDir)
  })

  it('moves an unpaid contract to another customer with its plan', () => {
    const core = openTestCore()
    const { customer, other } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    const moved = core.ok('contracts.update', { id: contract.id, customerId: other.id })
    expect(moved.customerName).toBe('宁波永创科技有限公司')
    expect(core.ok('receivables.list', { filter: { customerId: other.id } }).total).toBe(3)
    expectLedgerInvariants(core.dataDir)
  })

  it('drafts: no receivables until activated; only drafts are deleted', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const draft = newContract(core, customer.id, { draft: true })
    expect(draft).toMatchObject({
      state: 'draft',
      status: 'draft',
      nextDueDate: null,
      overdueCents: 0,
    })
    expect(core.ok('receivables.aging', {}).total.totalCents).toBe(0)
    expect(core.ok('customers.get', { id: customer.id }).lifetimeRevenueCents).toBe(0)
    expectRefused(
      core,
      'payments.create',
      { contractId: draft.id, receivedDate: '2026-11-01', amountCents: 1, method: 'cash' },
      'CONFLICT',
      'errors.contractIsDraft',
    )
    expectRefused(
      core,
      'invoices.create',
      { contractId: draft.id, number: '001', issuedDate: '2026-11-01', amountCents: 1 },
      'CONFLICT',
      'errors.contractIsDraft',
    )
    const active = core.ok('contracts.activate', { id: draft.id })
    expect(active).toMatchObject({ state: 'active', status: 'active', nextDueDate: '2026-10-01' })
    expect(core.ok('receivables.aging', {}).total.totalCents).toBe(3_250_000)
    expectRefused(
      core,
      'contracts.activate',
      { id: draft.id },
      'CONFLICT',
      'errors.contractNotDraft',
    )
    expectRefused(core, 'contracts.delete', { id: draft.id }, 'CONFLICT', 'errors.contractNotDraft')

    const second = newContract(core, customer.id, { draft: true })
    expect(core.ok('contracts.delete', { id: second.id })).toBeNull()
    expect(core.ok('contracts.list', {}).total).toBe(1)
    expect(core.ok('contracts.list', { filter: { deleted: true } }).rows.map((c) => c.id)).toEqual([
      second.id,
    ])
    expectRefused(core, 'contracts.delete', { id: second.id }, 'NOT_FOUND', 'errors.notFound')
    expectRefused(
      core,
      'contracts.update',
      { id: second.id, title: 'x' },
      'NOT_FOUND',
      'errors.notFound',
    )
  })

  it('terminates: the unpaid rest is voided, the contract is closed to changes', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    core.ok('payments.create', {
      contractId: contract.id,
      receivedDate: '2026-10-01',
      amountCents: 1_500_000,
      method: 'bank',
    })
    expectRefused(
      core,
      'contracts.terminate',
      { id: contract.id, reason: '' },
      'VALIDATION',
      'errors.validation',
    )
    const terminated = core.ok('contracts.terminate', {
      id: contract.id,
      reason: '客户经营调整',
      date: '2026-11-20',
    })
    expect(terminated).toMatchObject({
      state: 'terminated',
      status: 'terminated',
      terminatedDate: '2026-11-20',
      terminationReason: '客户经营调整',
      totalCents: 3_250_000,
      receivedCents: 1_500_000,
      voidedCents: 1_750_000,
      outstandingCents: 0,
      overdueCents: 0,
      nextDueDate: null,
    })
    expect(terminated.plan.map((i) => [i.status, i.voidedDate])).toEqual([
      ['paid', null],
      ['voided', '2026-11-20'],
      ['voided', '2026-11-20'],
    ])
    expect(core.ok('receivables.aging', {}).total.totalCents).toBe(0)
    expect(core.ok('customers.get', { id: customer.id })).toMatchObject({
      lifetimeRevenueCents: 3_250_000,
      receivedCents: 1_500_000,
      outstandingCents: 0,
    })
    expectRefused(
      core,
      'contracts.update',
      { id: contract.id, title: 'x' },
      'CONFLICT',
      'errors.contractTerminated',
      { number: 'HT-2026-0001' },
    )
    expectRefused(
      core,
      'payments.create',
      { contractId: contract.id, receivedDate: '2026-11-21', amountCents: 1, method: 'bank' },
      'CONFLICT',
      'errors.contractTerminated',
    )
    expectRefused(
      core,
      'contracts.terminate',
      { id: contract.id, reason: '再次' },
      'CONFLICT',
      'errors.contractTerminated',
    )
    const payment = terminated.payments[0]!
    expectRefused(
      core,
      'payments.reverse',
      { id: payment.id, reason: '错' },
      'CONFLICT',
      'errors.contractTerminated',
    )
    const draft = newContract(core, customer.id, { draft: true })
    expectRefused(
      core,
      'contracts.terminate',
      { id: draft.id, reason: 'x' },
      'CONFLICT',
      'errors.contractNotActive',
    )
    expectLedgerInvariants(core.dataDir)
  })

  it('lists renewals: active contracts ending within the window', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const soon = newContract(core, customer.id, { endDate: '2026-12-10' })
    newContract(core, customer.id, { endDate: '2027-03-01' })
    newContract(core, customer.id, { endDate: '2026-11-22' })
    const ending = newContract(core, customer.id, { endDate: '2026-11-23' })
    expect(core.ok('contracts.renewals', {}).map((c) => c.id)).toEqual([ending.id, soon.id])
    expect(core.ok('contracts.renewals', { days: 5 }).map((c) => c.id)).toEqual([ending.id])
    core.ok('settings.update', { renewalWindowDays: 120 })
    expect(core.ok('contracts.renewals', null)).toHaveLength(3)
  })

  it('attaches a file into the data folder, downloads and removes it', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    const content = Buffer.from('%PDF-1.4 扫描件')
    const attached = core.ok('contracts.attach', {
      contractId: contract.id,
      file: { name: 'C:\\扫描\\合同.pdf', base64: content.toString('base64') },
    })
    expect(attached).toMatchObject({
      contractId: contract.id,
      name: '合同.pdf',
      sizeBytes: content.length,
    })
    const dir = join(core.dataDir, 'attachments')
    expect(readdirSync(dir)).toHaveLength(1)
    expect(readdirSync(dir)[0]).toMatch(/\.pdf$/)
    expect(core.ok('contracts.get', { id: contract.id }).attachments).toEqual([attached])
    expect(core.ok('contracts.attachment', { id: attached.id })).toEqual({
      name: '合同.pdf',
      base64: content.toString('base64'),
    })
    const file = (base64: string) => ({ contractId: contract.id, file: { name: 'a.pdf', base64 } })
    expectRefused(core, 'contracts.attach', file(''), 'VALIDATION', 'errors.attachmentEmpty')
    expectRefused(
      core,
      'contracts.attach',
      file('不是base64'),
      'VALIDATION',
      'errors.attachmentBadFile',
    )
    expectRefused(
      core,
      'contracts.attach',
      { ...file('QQ=='), contractId: 999 },
      'NOT_FOUND',
      'errors.notFound',
    )
    expect(core.ok('contracts.detach', { id: attached.id })).toBeNull()
    expect(readdirSync(dir)).toHaveLength(0)
    expect(existsSync(dir)).toBe(true)
    expectRefused(core, 'contracts.attachment', { id: attached.id }, 'NOT_FOUND', 'errors.notFound')
  })

  it('refuses a file over 20 MB', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    const big = Buffer.alloc(20 * 1024 * 1024 + 3).toString('base64')
    expectRefused(
      core,
      'contracts.attach',
      { contractId: contract.id, file: { name: 'big.pdf', base64: big } },
      'VALIDATION',
      'errors.attachmentTooLarge',
      { maxMb: 20 },
    )
  })
})
