import { describe, expect, it } from 'vitest'
import type { Result } from '../../../src/shared/api'
import { ok, type Transport } from './transport'
import { snapshotDatabase } from '../helpers'

async function refused(
  transport: Transport,
  method: string,
  input: unknown,
  code: string,
  key: string,
): Promise<void> {
  const before = snapshotDatabase(transport.dataDir)
  const result: Result<unknown> = await transport.call(method, input)
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect([result.error.code, result.error.key]).toEqual([code, key])
  expect(snapshotDatabase(transport.dataDir)).toBe(before)
}

async function setup(t: Transport) {
  const customer = await ok(t, 'customers.create', { name: '杭州鑫源贸易有限公司' })
  const product = await ok(t, 'products.create', {
    name: 'ERP 软件许可',
    sku: 'ERP-1',
    unit: '套',
    priceCents: 2_980_000,
    costCents: 600_000,
    category: '软件',
  })
  const contract = await ok(t, 'contracts.create', {
    customerId: customer.id,
    title: '信息化建设项目',
    signedDate: '2026-09-15',
    endDate: '2027-09-14',
    items: [
      {
        productId: product.id,
        description: 'ERP 软件许可',
        quantity: 1,
        unitPriceCents: 2_980_000,
        discountPercent: 10,
      },
      { description: '实施服务', quantity: 2.5, unitPriceCents: 100_000 },
    ],
    plan: [
      { dueDate: '2026-10-01', amountCents: 1_000_000 },
      { dueDate: '2026-11-28', amountCents: 1_000_000 },
      { dueDate: '2027-01-15', amountCents: 932_000 },
    ],
  })
  return { customer, product, contract }
}

/** The ledger's methods (products.*, contracts.*, payments.*, invoices.*, receivables.*) through a transport. */
export function ledgerContractSuite(name: string, open: () => Promise<Transport>): void {
  describe(`ledger contract through ${name}`, () => {
    it('products and contracts: create, get, update, list, number, renewals, prefill, attachments', async () => {
      const t = await open()
      const { customer, product, contract } = await setup(t)
      expect(product).toMatchObject({
        sku: 'ERP-1',
        costCents: 600_000,
        category: '软件',
        active: true,
      })
      expect(await ok(t, 'products.update', { id: product.id, active: false })).toMatchObject({
        active: false,
      })
      expect(await ok(t, 'products.get', { id: product.id })).toMatchObject({
        active: false,
      })
      expect((await ok(t, 'products.list', { q: 'erp' })).total).toBe(1)

      expect(contract).toMatchObject({
        number: 'HT-2026-0001',
        totalCents: 2_932_000,
        status: 'active',
      })
      expect(contract.items.map((i) => i.lineTotalCents)).toEqual([2_682_000, 250_000])
      expect(contract.plan.map((i) => i.status)).toEqual(['overdue', 'due', 'notDue'])
      expect(await ok(t, 'contracts.get', { id: contract.id })).toEqual(contract)
      const updated = await ok(t, 'contracts.update', {
        id: contract.id,
        signedBy: '王总',
      })
      expect(updated.signedBy).toBe('王总')
      const list = await ok(t, 'contracts.list', {
        q: '鑫源',
        filter: { customerId: customer.id, status: 'active', overdue: true },
      })
      expect(list.rows.map((c) => c.id)).toEqual([contract.id])
      expect(await ok(t, 'contracts.nextNumber', null)).toEqual({ number: 'HT-2026-0002' })
      expect(await ok(t, 'contracts.renewals', { days: 365 })).toHaveLength(1)

      const draft = await ok(t, 'contracts.create', {
        customerId: customer.id,
        title: '草稿',
        signedDate: '2026-11-23',
        items: [{ description: '培训', quantity: 1, unitPriceCents: 0 }],
        plan: [],
        draft: true,
      })
      expect(draft).toMatchObject({ status: 'draft', totalCents: 0 })
      expect((await ok(t, 'contracts.activate', { id: draft.id })).status).toBe('completed')
      const second = await ok(t, 'contracts.create', {
        customerId: customer.id,
        title: '草稿二',
        signedDate: '2026-11-23',
        items: [{ description: '培训', quantity: 1, unitPriceCents: 100 }],
        plan: [{ dueDate: '2026-12-01', amountCents: 100 }],
        draft: true,
      })
      expect(await ok(t, 'contracts.delete', { id: second.id })).toBeNull()

      const deal = await ok(t, 'deals.create', {
        customerId: customer.id,
        title: '二期',
        amountCents: 500_000,
      })
      const prefill = await ok(t, 'contracts.prefillFromDeal', { dealId: deal.id })
      expect(prefill.items).toEqual([
        { productId: null, description: '二期', quantity: 1, unitPriceCents: 500_000 },
      ])

      const pdf = Buffer.from('%PDF-1.4 demo').toString('base64')
      const attached = await ok(t, 'contracts.attach', {
        contractId: contract.id,
        file: { name: '合同扫描件.pdf', base64: pdf },
      })
      expect(await ok(t, 'contracts.attachment', { id: attached.id })).toEqual({
        name: '合同扫描件.pdf',
        base64: pdf,
      })
      expect(await ok(t, 'contracts.detach', { id: attached.id })).toBeNull()

      const terminated = await ok(t, 'contracts.terminate', {
        id: contract.id,
        reason: '协商终止',
      })
      expect(terminated).toMatchObject({
        status: 'terminated',
        voidedCents: 2_932_000,
        outstandingCents: 0,
      })
      await t.close()
    })

    it('payments, reversals, invoices, receivables, aging, overdue and the statement', async () => {
      const t = await open()
      const { customer, contract } = await setup(t)
      const payment = await ok(t, 'payments.create', {
        contractId: contract.id,
        receivedDate: '2026-10-08',
        amountCents: 1_200_000,
        method: 'bank',
        reference: 'YH001',
      })
      expect(payment.allocations.map((a) => a.amountCents)).toEqual([1_000_000, 200_000])
      const reversal = await ok(t, 'payments.reverse', {
        id: payment.id,
        reason: '金额录错',
      })
      expect(reversal).toMatchObject({ kind: 'reversal', amountCents: -1_200_000 })
      await ok(t, 'payments.create', {
        contractId: contract.id,
        receivedDate: '2026-10-09',
        amountCents: 1_000_000,
        method: 'wechat',
      })
      expect((await ok(t, 'payments.list', { filter: { customerId: customer.id } })).total).toBe(3)
      const invoice = await ok(t, 'invoices.create', {
        contractId: contract.id,
        number: '44010001',
        issuedDate: '2026-10-09',
        amountCents: 1_000_000,
      })
      expect(invoice.type).toBe('normal')
      const redInvoice = await ok(t, 'invoices.reverse', {
        id: invoice.id,
        reason: '抬头错误',
      })
      expect(redInvoice.amountCents).toBe(-1_000_000)
      expect((await ok(t, 'invoices.list', {})).total).toBe(2)

      const receivables = await ok(t, 'receivables.list', {})
      expect(receivables.totals).toEqual({
        amountCents: 1_932_000,
        receivedCents: 0,
        unpaidCents: 1_932_000,
        overdueCents: 0,
      })
      const aging = await ok(t, 'receivables.aging', { asOf: '2027-02-10' })
      expect(aging.total).toEqual({
        notDueCents: 0,
        d1to30Cents: 932_000,
        d31to60Cents: 0,
        d61to90Cents: 1_000_000,
        over90Cents: 0,
        totalCents: 1_932_000,
      })
      expect(await ok(t, 'receivables.overdue', { asOf: '2026-12-01' })).toHaveLength(1)
      const statement = await ok(t, 'receivables.statement', {
        customerId: customer.id,
        from: '2026-01-01',
        to: '2026-12-31',
      })
      expect(statement.lines.map((l) => l.kind)).toEqual([
        'contract',
        'payment',
        'payment',
        'reversal',
      ])
      expect(statement.closingBalanceCents).toBe(1_932_000)
      expect(await ok(t, 'customers.get', { id: customer.id })).toMatchObject({
        lifetimeRevenueCents: 2_932_000,
        receivedCents: 1_000_000,
        outstandingCents: 1_932_000,
      })
      await t.close()
    })

    it('refuses bad ledger input with a translatable key and changes nothing', async () => {
      const t = await open()
      const { customer, contract } = await setup(t)
      const base = {
        customerId: customer.id,
        title: 'x',
        signedDate: '2026-09-15',
        items: [{ description: 'x', quantity: 1, unitPriceCents: 100 }],
        plan: [{ dueDate: '2026-10-01', amountCents: 99 }],
      }
      await refused(t, 'contracts.create', base, 'VALIDATION', 'errors.planSumMismatch')
      await refused(
        t,
        'contracts.create',
        { ...base, number: 'HT-2026-0001', plan: [{ dueDate: '2026-10-01', amountCents: 100 }] },
        'CONFLICT',
        'errors.contractNumberTaken',
      )
      const pay = { contractId: contract.id, receivedDate: '2026-10-01', method: 'cash' as const }
      await refused(
        t,
        'payments.create',
        { ...pay, amountCents: 2_932_001 },
        'VALIDATION',
        'errors.paymentExceedsOutstanding',
      )
      await refused(
        t,
        'payments.create',
        { ...pay, amountCents: 1, receivedDate: '2026-09-01' },
        'VALIDATION',
        'errors.paymentBeforeSigning',
      )
      await refused(
        t,
        'invoices.create',
        { contractId: contract.id, number: 'F1', issuedDate: '2026-10-01', amountCents: 2_932_001 },
        'VALIDATION',
        'errors.invoiceExceedsTotal',
      )
      await refused(t, 'contracts.get', { id: 999 }, 'NOT_FOUND', 'errors.notFound')
      await refused(t, 'products.list', { filter: { nope: 1 } }, 'VALIDATION', 'errors.validation')
      const paid = await ok(t, 'payments.create', { ...pay, amountCents: 100 })
      await ok(t, 'payments.reverse', { id: paid.id, reason: '错' })
      await refused(
        t,
        'payments.reverse',
        { id: paid.id, reason: '再' },
        'CONFLICT',
        'errors.paymentAlreadyReversed',
      )
      await ok(t, 'contracts.terminate', { id: contract.id, reason: '终止' })
      await refused(
        t,
        'contracts.update',
        { id: contract.id, title: 'y' },
        'CONFLICT',
        'errors.contractTerminated',
      )
      await refused(
        t,
        'payments.create',
        { ...pay, amountCents: 1 },
        'CONFLICT',
        'errors.contractTerminated',
      )
      await t.close()
    })
  })
}
