import { describe, expect, it, vi } from 'vitest'

// The user's PC is in New York (before anything reads the clock): November 2026 starts on
// a Sunday and summer time ends at 02:00 that morning.
vi.hoisted(() => {
  process.env.TZ = 'America/New_York'
})

import { openTestCore } from '../helpers'

describe('reports in the time zone of the user', () => {
  it('counts instants by the local calendar day, across the change from summer time', () => {
    const core = openTestCore()
    const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime()
    const create = (name: string, ms: number) => {
      core.clock.set(ms)
      return core.ok('customers.create', { name })
    }
    create('十月最后一刻', new Date(2026, 9, 31, 23, 59, 59).getTime())
    const first = create('十一月第一刻', at(1, 0, 0))
    // 01:30 happens twice on 2026-11-01 in New York; both are November the 1st.
    create('夏令时结束', at(1, 1, 30))
    core.clock.set(at(30, 23, 59))
    core.ok('activities.create', {
      customerId: first.id,
      kind: 'call',
      content: '月末',
      occurredAt: at(30, 23, 59),
    })
    core.ok('activities.create', {
      customerId: first.id,
      kind: 'call',
      content: '周日',
      occurredAt: at(29, 23, 0),
    })
    const r = core.ok('reports.customers', { from: '2026-10-01', to: '2026-11-30' })
    expect(r.newVsChurned.map((m) => [m.month, m.newCount])).toEqual([
      ['2026-10', 1],
      ['2026-11', 2],
    ])
    // Sunday 11-29 belongs to the week of Monday 11-23; Monday 11-30 starts its own.
    const activity = core.ok('reports.activity', { from: '2026-10-01', to: '2026-11-30' })
    expect(activity.weeks.map((w) => [w.week, w.total])).toEqual([
      ['2026-11-23', 1],
      ['2026-11-30', 1],
    ])
    const records = core.ok('reports.records', {
      from: '2026-11-01',
      to: '2026-11-01',
      report: 'customers',
      dimension: 'new',
    })
    expect(records.rows.map((row) => row.date)).toEqual(['2026-11-01', '2026-11-01'])
  })
})
