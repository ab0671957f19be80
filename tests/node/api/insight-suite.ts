import { describe, expect, it } from 'vitest'
import type { Result } from '../../../src/shared/api'
import { ok, type Transport } from './transport'
import { snapshotDatabase } from '../helpers'

/** insight.* through a transport: the figures of one customer, the list, the summary, refusals. */
export function insightContractSuite(name: string, open: () => Promise<Transport>): void {
  describe(`insight contract through ${name}`, () => {
    it('answers with the same figures; unknown customers and bad filters change nothing', async () => {
      const t = await open()
      try {
        const customer = await ok(t, 'customers.create', {
          name: '杭州鑫源贸易有限公司',
          stage: 'customer',
        })
        await ok(t, 'contracts.create', {
          customerId: customer.id,
          title: '年度服务',
          signedDate: '2026-11-02',
          items: [{ description: '服务', quantity: 1, unitPriceCents: 123_456 }],
          plan: [{ dueDate: '2026-11-30', amountCents: 123_456 }],
        })
        const insight = await ok(t, 'insight.get', { customerId: customer.id })
        expect(insight).toMatchObject({
          purchases: 1,
          lifetimeRevenueCents: 123_456,
          openReceivablesCents: 123_456,
          atRisk: false,
        })
        const list = await ok(t, 'insight.list', {
          filter: { atRisk: false },
          sort: { field: 'lifetimeRevenueCents', dir: 'desc' },
        })
        expect(list.rows.map((r) => r.customerId)).toEqual([customer.id])
        const summary = await ok(t, 'insight.summary', {})
        expect(summary).toMatchObject({ customers: 1, buyers: 1 })
        expect(await ok(t, 'insight.refresh', { full: true })).toEqual({ refreshed: 1, full: true })

        const before = snapshotDatabase(t.dataDir)
        const missing: Result<unknown> = await t.call('insight.get', { customerId: 99_999 })
        expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND')
        const badSegment: Result<unknown> = await t.call('insight.list', {
          filter: { segment: 'vip' },
        })
        expect(badSegment.ok ? null : badSegment.error.code).toBe('VALIDATION')
        const badSort: Result<unknown> = await t.call('insight.list', {
          sort: { field: 'name', dir: 'up' },
        })
        expect(badSort.ok ? null : badSort.error.code).toBe('VALIDATION')
        expect(snapshotDatabase(t.dataDir)).toBe(before)
      } finally {
        await t.close()
      }
    })
  })
}
