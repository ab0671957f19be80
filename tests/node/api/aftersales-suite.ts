import { describe, expect, it } from 'vitest'
import type { Result } from '../../../src/shared/api'
import { ok, type Transport } from './transport'
import { snapshotDatabase } from '../helpers'

async function refused(transport: Transport, method: string, input: unknown) {
  const before = snapshotDatabase(transport.dataDir)
  const result: Result<unknown> = await transport.call(method, input)
  if (result.ok) throw new Error(`${method} was not refused`)
  expect(snapshotDatabase(transport.dataDir)).toBe(before)
  return result.error
}

/** tickets.*, returnVisits.* and reports.service through a transport: same figures, same refusals. */
export function serviceContractSuite(name: string, open: () => Promise<Transport>): void {
  describe(`after-sales contract through ${name}`, () => {
    it('opens, moves, closes with a score, schedules the visit and reports it', async () => {
      const t = await open()
      try {
        const customer = await ok(t, 'customers.create', {
          name: '杭州鑫源贸易有限公司',
        })
        const ticket = await ok(t, 'tickets.create', {
          customerId: customer.id,
          kind: 'repair',
          title: '空调不制冷',
          priority: 'urgent',
        })
        expect(ticket).toMatchObject({ status: 'new', customerName: '杭州鑫源贸易有限公司' })
        expect(ticket.number).toMatch(/^SH-\d{4}-0001$/)
        await ok(t, 'tickets.update', { id: ticket.id, status: 'inProgress' })
        await ok(t, 'tickets.update', { id: ticket.id, status: 'resolved', resolution: '补充冷媒' })
        const closed = await ok(t, 'tickets.close', { id: ticket.id, satisfaction: 9 })
        expect(closed).toMatchObject({ status: 'closed', satisfaction: 9, resolution: '补充冷媒' })
        const visits = await ok(t, 'returnVisits.list', {
          filter: { customerId: customer.id },
        })
        expect(visits.rows).toMatchObject([{ reason: 'ticketClosed', ticketId: ticket.id }])
        const done = await ok(t, 'returnVisits.complete', {
          id: visits.rows[0]!.id,
          outcome: '运行正常',
          satisfaction: 7,
        })
        expect(done.satisfaction).toBe(7)
        const date = closed.closedDate!
        const report = await ok(t, 'reports.service', { from: date, to: date })
        expect(report).toMatchObject({ satisfactionAverage: 8, openCount: 0 })
        const list = await ok(t, 'tickets.list', {
          filter: { status: ['closed'] },
        })
        expect(list.total).toBe(1)

        expect((await refused(t, 'tickets.close', { id: ticket.id, satisfaction: 5 })).code).toBe(
          'VALIDATION',
        )
        expect((await refused(t, 'tickets.reopen', { id: 999 })).code).toBe('NOT_FOUND')
        const bad = await refused(t, 'tickets.create', {
          customerId: customer.id,
          kind: 'repair',
          title: 'x',
          ownerId: 999,
        })
        expect(bad.code).toBe('VALIDATION')
        expect(
          (
            await refused(t, 'returnVisits.complete', {
              id: done.id,
              outcome: 'x',
              satisfaction: 0,
            })
          ).code,
        ).toBe('VALIDATION')
        await ok(t, 'tickets.reopen', { id: ticket.id })
        await ok(t, 'tickets.delete', { id: ticket.id })
        expect((await ok(t, 'tickets.list', {})).total).toBe(0)
        await ok(t, 'tickets.restore', { id: ticket.id })
      } finally {
        await t.close()
      }
    })
  })
}
