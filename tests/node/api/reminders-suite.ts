import { describe, expect, it } from 'vitest'
import type { Result } from '../../../src/shared/api'
import { ok, type Transport } from './transport'
import { NOW, snapshotDatabase } from '../helpers'

async function refused(transport: Transport, method: string, input: unknown) {
  const result: Result<unknown> = await transport.call(method, input)
  if (result.ok) throw new Error(`${method} was not refused`)
  return result.error
}

const at = (d: number, hh: number, mm = 0) => new Date(2026, 10, d, hh, mm).getTime()

/** reminders.* through a transport (the test clock: 2026-11-23 10:00): the same items, the same refusals. */
export function remindersContractSuite(name: string, open: () => Promise<Transport>): void {
  describe(`reminders contract through ${name}`, () => {
    it('lists, counts, makes and moves, done / undo / snooze, notifies once', async () => {
      const t = await open()
      try {
        const customer = await ok(t, 'customers.create', { name: '杭州鑫源贸易' })
        await ok(t, 'activities.create', {
          customerId: customer.id,
          kind: 'call',
          content: '报价',
          occurredAt: NOW - 3_600_000,
          nextFollowUpDate: '2026-11-21',
          nextAction: '寄样品',
        })
        const reminder = await ok(t, 'reminders.create', {
          title: '给王总打电话',
          at: at(23, 15),
          customerId: customer.id,
        })
        expect(reminder).toMatchObject({ customerName: '杭州鑫源贸易', doneAt: null })
        let list = await ok(t, 'reminders.list', {})
        expect(list.today.map((i) => [i.kind, i.key, i.overdue])).toEqual([
          ['followUp', `followUp:${customer.id}:2026-11-21`, true],
          ['manual', `manual:${reminder.id}`, false],
        ])
        expect(list.counts).toEqual({ today: 1, overdue: 1, upcoming: 0 })
        expect(await ok(t, 'reminders.count', null)).toEqual({ today: 1, overdue: 1 })

        await ok(t, 'reminders.snooze', {
          key: `followUp:${customer.id}:2026-11-21`,
          until: '2026-11-25',
        })
        await ok(t, 'reminders.done', { key: `manual:${reminder.id}` })
        list = await ok(t, 'reminders.list', null)
        expect(list.today).toEqual([])
        expect(list.upcoming.map((i) => [i.key, i.snoozedUntil])).toEqual([
          [`followUp:${customer.id}:2026-11-21`, '2026-11-25'],
        ])
        await ok(t, 'reminders.undo', { key: `manual:${reminder.id}` })
        const moved = await ok(t, 'reminders.update', {
          id: reminder.id,
          at: at(23, 9, 59) + 60_000,
        })
        expect(moved.at).toBe(at(23, 10))
        expect(
          (await ok(t, 'reminders.for', { customerId: customer.id })).map((r) => r.id),
        ).toEqual([reminder.id])

        const check = await ok(t, 'reminders.notifications', {})
        expect(check.notifications.map((n) => n.key)).toEqual([
          'daily:2026-11-23',
          `manual:${reminder.id}`,
        ])
        expect(check.notifications[1]).toMatchObject({
          title: '提醒：给王总打电话',
          route: `/customers/${customer.id}`,
        })
        expect((await ok(t, 'reminders.notifications', null)).notifications).toEqual([])

        await ok(t, 'reminders.delete', { id: reminder.id })
        expect(await ok(t, 'reminders.restore', { id: reminder.id })).toMatchObject({
          deletedAt: null,
        })

        const before = snapshotDatabase(t.dataDir)
        const past = await refused(t, 'reminders.create', { title: '过去', at: NOW - 3_600_000 })
        expect([past.code, past.details?.[0]]).toMatchObject([
          'VALIDATION',
          { path: 'at', key: 'errors.reminderInPast' },
        ])
        expect((await refused(t, 'reminders.done', { key: 'bogus:1' })).code).toBe('VALIDATION')
        expect((await refused(t, 'reminders.done', { key: 'instalment:77' })).code).toBe(
          'NOT_FOUND',
        )
        const early = await refused(t, 'reminders.snooze', {
          key: `manual:${reminder.id}`,
          until: '2026-11-23',
        })
        expect(early.details?.[0]).toMatchObject({
          path: 'until',
          key: 'errors.snoozeNotAfterToday',
        })
        expect((await refused(t, 'reminders.list', { kinds: [] })).code).toBe('VALIDATION')
        expect((await refused(t, 'reminders.delete', { id: 999 })).code).toBe('NOT_FOUND')
        expect(snapshotDatabase(t.dataDir)).toBe(before)
      } finally {
        await t.close()
      }
    })
  })
}
