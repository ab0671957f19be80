import { describe, expect, it } from 'vitest'
import type { Result } from '../../../src/shared/api'
import { ok, type Transport } from './transport'
import { snapshotDatabase } from '../helpers'

async function refused(transport: Transport, method: string, input: unknown) {
  const result: Result<unknown> = await transport.call(method, input)
  if (result.ok) throw new Error(`${method} was not refused`)
  return result.error
}

/** campaigns.* and reports.campaigns through a transport: the same figures, the same refusals. */
export function campaignsContractSuite(name: string, open: () => Promise<Transport>): void {
  describe(`campaigns contract through ${name}`, () => {
    it('creates, attributes, reports, deletes and restores; bad input changes nothing', async () => {
      const t = await open()
      try {
        const created = await ok(t, 'campaigns.create', {
          name: '2026 秋季展会',
          channel: 'exhibition',
          startDate: '2026-10-10',
          endDate: '2026-10-12',
          budgetCents: 500_000,
          costCents: 300_000,
        })
        expect(created).toMatchObject({
          newCustomers: 0,
          roi: -1,
          costPerNewCustomerCents: null,
          deletedAt: null,
        })
        const customer = await ok(t, 'customers.create', {
          name: '杭州鑫源贸易有限公司',
          campaignId: created.id,
        })
        expect(customer).toMatchObject({ campaignId: created.id, campaignName: '2026 秋季展会' })
        const deal = await ok(t, 'deals.create', {
          customerId: customer.id,
          title: '年度采购',
          amountCents: 450_000,
          campaignId: created.id,
        })
        await ok(t, 'deals.close', { id: deal.id, outcome: 'won' })

        const fetched = await ok(t, 'campaigns.get', { id: created.id })
        expect(fetched).toMatchObject({
          newCustomers: 1,
          deals: 1,
          wonDeals: 1,
          wonRevenueCents: 450_000,
          costPerNewCustomerCents: 300_000,
          roi: 0.5,
        })
        const updated = await ok(t, 'campaigns.update', {
          id: created.id,
          costCents: 450_000,
        })
        expect(updated.roi).toBe(0)
        const list = await ok(t, 'campaigns.list', {
          filter: { channel: 'exhibition' },
        })
        expect(list.rows.map((r) => r.id)).toEqual([created.id])
        const report = await ok(t, 'reports.campaigns', {
          from: '2026-10-01',
          to: '2026-10-31',
        })
        expect(report.totals).toMatchObject({
          costCents: 450_000,
          wonRevenueCents: 450_000,
          roi: 0,
        })
        const options = await ok(t, 'campaigns.options', {})
        expect(options).toEqual([
          {
            id: created.id,
            name: '2026 秋季展会',
            channel: 'exhibition',
            startDate: '2026-10-10',
            endDate: '2026-10-12',
            deleted: false,
          },
        ])

        const before = snapshotDatabase(t.dataDir)
        expect(
          await refused(t, 'campaigns.create', {
            name: '倒着的活动',
            channel: 'other',
            startDate: '2026-10-10',
            endDate: '2026-10-01',
          }),
        ).toMatchObject({
          code: 'VALIDATION',
          details: [{ path: 'endDate', key: 'errors.campaignEndBeforeStart' }],
        })
        expect(
          await refused(t, 'campaigns.update', { id: created.id, costCents: -100 }),
        ).toMatchObject({ code: 'VALIDATION', details: [{ path: 'costCents' }] })
        expect(
          await refused(t, 'campaigns.create', {
            name: '2026 秋季展会',
            channel: 'wechat',
            startDate: '2026-11-01',
          }),
        ).toMatchObject({ code: 'CONFLICT', key: 'errors.campaignNameTaken' })
        expect(
          await refused(t, 'customers.create', { name: '新客户', campaignId: 4242 }),
        ).toMatchObject({
          code: 'VALIDATION',
          details: [{ path: 'campaignId', key: 'errors.campaignUnknown' }],
        })
        expect(await refused(t, 'campaigns.get', { id: 4242 })).toMatchObject({ code: 'NOT_FOUND' })
        expect(
          await refused(t, 'reports.campaigns', { from: '2026-10-31', to: '2026-10-01' }),
        ).toMatchObject({ code: 'VALIDATION' })
        expect(snapshotDatabase(t.dataDir)).toBe(before)

        expect(await ok(t, 'campaigns.delete', { id: created.id })).toBeNull()
        expect(await refused(t, 'campaigns.delete', { id: created.id })).toMatchObject({
          code: 'CONFLICT',
        })
        const kept = await ok(t, 'customers.get', { id: customer.id })
        expect(kept).toMatchObject({ campaignId: created.id, campaignDeleted: true })
        const restored = await ok(t, 'campaigns.restore', { id: created.id })
        expect(restored).toMatchObject({ deletedAt: null, newCustomers: 1 })
      } finally {
        await t.close()
      }
    })
  })
}
