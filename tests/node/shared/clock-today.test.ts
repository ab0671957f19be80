import { describe, expect, it } from 'vitest'
import { openCore } from '../../../src/main/core'
import { offsetClock, today, type Clock } from '../../../src/main/core/clock'
import type { ContractDetail, Result } from '../../../src/shared/api'
import { MIGRATIONS, tempDir } from '../helpers'
import { contractInput } from '../ledger/helpers'

/** `kehu serve --today`: an offset clock on which today is a chosen date while time runs. */
describe('offset clock', () => {
  it('is on the chosen date at the real time of day, and keeps running', () => {
    const start = new Date(2026, 10, 23, 9, 30, 15, 250).getTime()
    let real = start
    const clock = offsetClock('2027-02-28', () => real)
    expect(today(clock)).toBe('2027-02-28')
    expect(clock.offsetMs).toBe(new Date(2027, 1, 28, 9, 30, 15, 250).getTime() - start)
    const at = new Date(clock.now())
    expect([at.getHours(), at.getMinutes(), at.getSeconds(), at.getMilliseconds()]).toEqual([
      9, 30, 15, 250,
    ])
    real += 15 * 3_600_000 // 00:30 the next real day
    expect(today(clock)).toBe('2027-03-01')
    expect(today(offsetClock('2026-01-01', () => real))).toBe('2026-01-01')
  })

  it('gives the core its today, and app.info tells the renderer how far ahead it runs', () => {
    const dataDir = tempDir()
    const open = (clock?: Clock) =>
      openCore({ dataDir, migrationsFolder: MIGRATIONS, version: '0.0.0-test', clock })
    const ok = <T>(result: Result<unknown>): T => {
      if (!result.ok) throw new Error(result.error.message)
      return result.value as T
    }
    const first = open(offsetClock('2026-09-20'))
    const customer = ok<{ id: number }>(
      first.api.dispatch('customers.create', { name: '杭州鑫源贸易有限公司' }),
    )
    // Signed 2026-09-15; due 2026-10-01, 2026-11-28 and 2027-01-15.
    const contract = ok<ContractDetail>(
      first.api.dispatch('contracts.create', contractInput(customer.id)),
    )
    expect(contract.asOf).toBe('2026-09-20')
    expect(contract.plan.map((i) => i.status)).toEqual(['notDue', 'notDue', 'notDue'])
    const info = ok<{ clockOffsetMs?: number }>(first.api.dispatch('app.info', undefined))
    expect(info.clockOffsetMs).toBeLessThan(0)
    first.close()

    // The same data folder, later: the first instalment is overdue.
    const second = open(offsetClock('2026-10-31'))
    const later = ok<ContractDetail>(second.api.dispatch('contracts.get', { id: contract.id }))
    expect(later.asOf).toBe('2026-10-31')
    expect(later.plan.map((i) => [i.status, i.daysOverdue])).toEqual([
      ['overdue', 30],
      ['notDue', 0],
      ['notDue', 0],
    ])
    second.close()
    const plain = open()
    expect(ok<object>(plain.api.dispatch('app.info', undefined))).not.toHaveProperty(
      'clockOffsetMs',
    )
    plain.close()
  })
})
