import { describe, expect, it } from 'vitest'
import type { Result } from '../../../src/shared/api'
import { ok, type Transport } from './transport'
import { snapshotDatabase } from '../helpers'

/** The reports' methods (reports.*, targets.*) through a transport. */
export function reportsContractSuite(name: string, open: () => Promise<Transport>): void {
  describe(`reports contract through ${name}`, () => {
    it('every report answers its range; targets round-trip; bad input changes nothing', async () => {
      const t = await open()
      try {
        const customer = await ok(t, 'customers.create', {
          name: '杭州鑫源贸易有限公司',
        })
        await ok(t, 'contracts.create', {
          customerId: customer.id,
          title: '年度服务',
          signedDate: '2026-11-02',
          items: [{ description: '服务', quantity: 1, unitPriceCents: 123_456 }],
          plan: [{ dueDate: '2026-11-30', amountCents: 123_456 }],
        })
        const range = { from: '2026-11-01', to: '2026-11-30' }
        const sales = await ok(t, 'reports.sales', { ...range, groupBy: 'owner' })
        expect(sales.total).toMatchObject({ amountCents: 123_456, count: 1 })
        for (const method of [
          'reports.receivables',
          'reports.funnel',
          'reports.customers',
          'reports.activity',
        ] as const)
          await ok(t, method, range)
        await ok(t, 'reports.dashboard', {})
        const records = await ok(t, 'reports.records', {
          ...range,
          report: 'sales',
          dimension: 'all',
        })
        expect(records).toMatchObject({ total: 1, amountCents: 123_456 })
        const months = Array.from({ length: 12 }, (_, i) => (i === 10 ? 500_000 : null))
        const grid = await ok(t, 'targets.set', {
          year: 2026,
          rows: [{ ownerId: null, months }],
        })
        expect(grid.effective[10]).toBe(500_000)

        const before = snapshotDatabase(t.dataDir)
        const reversed: Result<unknown> = await t.call('reports.sales', {
          from: '2026-11-30',
          to: '2026-11-01',
          groupBy: 'month',
        })
        expect(reversed.ok).toBe(false)
        if (!reversed.ok) expect(reversed.error.details?.[0]?.key).toBe('errors.rangeOrder')
        const badTarget = await t.call('targets.set', {
          year: 2026,
          rows: [{ ownerId: 999, months }],
        })
        expect(badTarget.ok).toBe(false)
        if (!badTarget.ok) expect(badTarget.error.code).toBe('VALIDATION')
        expect(snapshotDatabase(t.dataDir)).toBe(before)
      } finally {
        await t.close()
      }
    })
  })
}
