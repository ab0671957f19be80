import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReminderItem, ReminderList, Result } from '../../../src/shared/api'
import { NOW, openTestCore, snapshotDatabase, type TestCore } from '../helpers'
import { expectRefused, newContract } from '../ledger/helpers'

/**
 * The reminder centre on a fake clock (today 2026-11-23, a Monday, unless moved): every kind
 * with its window edges, month and year ends, 29 February birthdays, done / undo / snooze per
 * key (the next occurrence shows again), the owner and kind filters, hand-made reminders and
 * the refusals that change nothing.
 */

const at = (y: number, m: number, d: number, hh = 0, mm = 0) =>
  new Date(y, m - 1, d, hh, mm).getTime()

function list(core: TestCore, input?: Record<string, unknown>): ReminderList {
  return core.ok('reminders.list', input)
}

const keys = (items: ReminderItem[]) => items.map((i) => i.key)

function customerWithFollowUp(core: TestCore, name: string, date: string, extra = {}): number {
  const customer = core.ok('customers.create', { name, ...extra })
  core.ok('activities.create', {
    customerId: customer.id,
    kind: 'call',
    content: '电话沟通',
    occurredAt: NOW - 86_400_000,
    nextFollowUpDate: date,
    nextAction: `回访${name}`,
  })
  return customer.id
}

function raw(core: TestCore): Database.Database {
  return new Database(join(core.dataDir, 'kehu.db'))
}

/** A return visit written straight into the after-sales table (the reminders only read it). */
function returnVisit(core: TestCore, customerId: number, dueDate: string, extra = ''): number {
  const db = raw(core)
  try {
    return Number(
      db
        .prepare(
          `INSERT INTO return_visits (customer_id, reason, due_date, notes, created_at, updated_at ${extra ? ', done_at' : ''})
           VALUES (?, 'manual', ?, '满意度回访', 0, 0 ${extra ? ', 1' : ''})`,
        )
        .run(customerId, dueDate).lastInsertRowid,
    )
  } finally {
    db.close()
  }
}

function issueKey(result: Result<unknown>): string | undefined {
  if (result.ok) throw new Error('expected a refusal')
  return result.error.details?.[0]?.key
}

describe('reminders.list: derived kinds', () => {
  it('follow-ups: overdue and today in today (oldest first), the next 7 days upcoming', () => {
    const core = openTestCore()
    const late = customerWithFollowUp(core, '甲', '2026-11-20')
    const due = customerWithFollowUp(core, '乙', '2026-11-23')
    const soon = customerWithFollowUp(core, '丙', '2026-11-30')
    customerWithFollowUp(core, '丁', '2026-12-01') // day 8: outside the window
    const result = list(core, { kinds: ['followUp'] })
    expect(result.asOf).toBe('2026-11-23')
    expect(keys(result.today)).toEqual([
      `followUp:${late}:2026-11-20`,
      `followUp:${due}:2026-11-23`,
    ])
    expect(result.today.map((i) => [i.days, i.overdue, i.title, i.customerName])).toEqual([
      [-3, true, '回访甲', '甲'],
      [0, false, '回访乙', '乙'],
    ])
    expect(keys(result.upcoming)).toEqual([`followUp:${soon}:2026-11-30`])
    expect(result.upcoming[0]!.days).toBe(7)
    expect(result.counts).toEqual({ today: 1, overdue: 1, upcoming: 1 })
    expect(core.ok('reminders.count', {})).toEqual({ today: 1, overdue: 1 })
    // A longer window reaches day 8; a deleted customer's follow-up goes with it.
    expect(list(core, { kinds: ['followUp'], days: 8 }).counts.upcoming).toBe(2)
    core.ok('customers.delete', { id: late })
    expect(list(core, { kinds: ['followUp'] }).counts).toEqual({
      today: 1,
      overdue: 0,
      upcoming: 1,
    })
  })

  it('instalments: from reminderWindowDays before the due date and every day after while unpaid', () => {
    const core = openTestCore()
    const customer = core.ok('customers.create', { name: '杭州鑫源贸易有限公司' })
    // Due 2026-10-01 (53 days overdue), 2026-11-28 (in 5 days), 2027-01-15.
    const contract = newContract(core, customer.id)
    const [first, second] = contract.plan
    let result = list(core, { kinds: ['instalment'] })
    expect(keys(result.today)).toEqual([`instalment:${first!.id}`])
    expect(result.today[0]).toMatchObject({
      days: -53,
      overdue: true,
      amountCents: 1_000_000,
      contractId: contract.id,
      contractNumber: contract.number,
      customerName: '杭州鑫源贸易有限公司',
    })
    expect(keys(result.upcoming)).toEqual([`instalment:${second!.id}`])
    // A part payment leaves what is still unpaid; a full one takes it off.
    core.ok('payments.create', {
      contractId: contract.id,
      receivedDate: '2026-11-23',
      amountCents: 400_000,
      method: 'bank',
      instalmentId: first!.id,
    })
    expect(list(core, { kinds: ['instalment'] }).today[0]!.amountCents).toBe(600_000)
    core.ok('payments.create', {
      contractId: contract.id,
      receivedDate: '2026-11-23',
      amountCents: 600_000,
      method: 'bank',
      instalmentId: first!.id,
    })
    expect(list(core, { kinds: ['instalment'] }).today).toEqual([])
    // The window edge: due in 5 days shows from 5 days before, not from 4.
    core.ok('settings.update', { reminderWindowDays: 4 })
    expect(list(core, { kinds: ['instalment'] }).upcoming).toEqual([])
    core.ok('settings.update', { reminderWindowDays: 5 })
    result = list(core, { kinds: ['instalment'] })
    expect(result.upcoming.map((i) => [i.key, i.days])).toEqual([[`instalment:${second!.id}`, 5]])
  })

  it('renewals: active contracts ending within renewalWindowDays, by end date', () => {
    const core = openTestCore()
    const customer = core.ok('customers.create', { name: '宁波永创科技有限公司' })
    const ends = newContract(core, customer.id, { endDate: '2026-12-23' })
    const today = newContract(core, customer.id, { endDate: '2026-11-23' })
    newContract(core, customer.id, { endDate: '2026-11-22' }) // ended yesterday
    newContract(core, customer.id, { endDate: '2026-12-24' }) // day 31
    const result = list(core, { kinds: ['renewal'] })
    expect(keys(result.today)).toEqual([`renewal:${today.id}:2026-11-23`])
    expect(result.upcoming.map((i) => [i.key, i.days, i.amountCents])).toEqual([
      [`renewal:${ends.id}:2026-12-23`, 30, 3_250_000],
    ])
    core.ok('settings.update', { renewalWindowDays: 29 })
    expect(list(core, { kinds: ['renewal'] }).upcoming).toEqual([])
  })

  it('birthdays of customers and contacts in the next 7 days; a 29 February one on 28 February', () => {
    const core = openTestCore()
    const customer = core.ok('customers.create', { name: '王总', birthday: '1980-11-30' })
    core.ok('customers.create', { name: '李总', birthday: '1980-12-01' }) // day 8
    core.ok('customers.create', { name: '昨天', birthday: '1980-11-22' })
    const contact = core.ok('contacts.create', {
      customerId: customer.id,
      name: '张经理',
      birthday: '1975-11-23',
    })
    let result = list(core, { kinds: ['birthday'] })
    expect(result.today.map((i) => [i.key, i.contactName, i.customerName])).toEqual([
      [`birthday:contact:${contact.id}:2026`, '张经理', '王总'],
    ])
    expect(result.upcoming.map((i) => [i.key, i.date, i.days])).toEqual([
      [`birthday:customer:${customer.id}:2026`, '2026-11-30', 7],
    ])

    // Across the year's end: 30 December this year, 2 January the next.
    const leap = core.ok('customers.create', { name: '闰日', birthday: '1992-02-29' })
    const newYear = core.ok('customers.create', { name: '元旦后', birthday: '1970-01-02' })
    const december = core.ok('customers.create', { name: '年末', birthday: '1970-12-30' })
    core.clock.set(at(2026, 12, 28, 10))
    result = list(core, { kinds: ['birthday'] })
    expect(result.upcoming.map((i) => [i.key, i.date])).toEqual([
      [`birthday:customer:${december.id}:2026`, '2026-12-30'],
      [`birthday:customer:${newYear.id}:2027`, '2027-01-02'],
    ])

    // 2027 has no 29 February: the birthday is on the 28th, gone by 1 March.
    core.clock.set(at(2027, 2, 25, 10))
    expect(list(core, { kinds: ['birthday'] }).upcoming.map((i) => [i.key, i.date])).toEqual([
      [`birthday:customer:${leap.id}:2027`, '2027-02-28'],
    ])
    core.clock.set(at(2027, 2, 28, 10))
    expect(keys(list(core, { kinds: ['birthday'] }).today)).toEqual([
      `birthday:customer:${leap.id}:2027`,
    ])
    core.clock.set(at(2027, 3, 1, 10))
    expect(list(core, { kinds: ['birthday'] }).today).toEqual([])
    // 2028 has one.
    core.clock.set(at(2028, 2, 25, 10))
    expect(list(core, { kinds: ['birthday'] }).upcoming.map((i) => i.date)).toEqual(['2028-02-29'])
  })

  it('return visits not done, on and after their due date', () => {
    const core = openTestCore()
    const customer = core.ok('customers.create', { name: '售后客户' })
    const late = returnVisit(core, customer.id, '2026-11-20')
    const today = returnVisit(core, customer.id, '2026-11-23')
    returnVisit(core, customer.id, '2026-11-24') // not yet
    returnVisit(core, customer.id, '2026-11-01', 'done')
    const result = list(core, { kinds: ['returnVisit'] })
    expect(result.today.map((i) => [i.key, i.days, i.title, i.returnVisitId])).toEqual([
      [`returnVisit:${late}`, -3, '满意度回访', late],
      [`returnVisit:${today}`, 0, '满意度回访', today],
    ])
    expect(result.upcoming).toEqual([])
  })

  it('month ends: days count across a month end, a follow-up on the 31st', () => {
    const core = openTestCore(undefined, at(2026, 12, 29, 9))
    const id = customerWithFollowUp(core, '月末', '2026-12-31')
    const next = customerWithFollowUp(core, '月初', '2027-01-05')
    const result = list(core, { kinds: ['followUp'] })
    expect(result.upcoming.map((i) => [i.key, i.days])).toEqual([
      [`followUp:${id}:2026-12-31`, 2],
      [`followUp:${next}:2027-01-05`, 7],
    ])
    core.clock.set(at(2027, 1, 1, 0, 0))
    expect(list(core, { kinds: ['followUp'] }).today.map((i) => [i.key, i.days])).toEqual([
      [`followUp:${id}:2026-12-31`, -1],
    ])
  })

  it('the owner filter and the kinds filter', () => {
    const core = openTestCore()
    const wang = core.ok('owners.create', { name: '王芳' })
    const li = core.ok('owners.create', { name: '李强' })
    const mine = customerWithFollowUp(core, '王的客户', '2026-11-23', { ownerId: wang.id })
    customerWithFollowUp(core, '李的客户', '2026-11-23', { ownerId: li.id })
    const general = core.ok('reminders.create', { title: '月底盘点', at: at(2026, 11, 23, 16) })
    const result = list(core, { ownerId: wang.id })
    expect(keys(result.today)).toEqual([`followUp:${mine}:2026-11-23`, `manual:${general.id}`])
    expect(result.today[0]!.ownerName).toBe('王芳')
    expect(keys(list(core, { kinds: ['manual'] }).today)).toEqual([`manual:${general.id}`])
    expect(core.ok('reminders.count', { ownerId: li.id })).toEqual({ today: 2, overdue: 0 })
  })
})

describe('hand-made reminders', () => {
  it('today at its time, later days upcoming; refused in the past without a change', () => {
    const core = openTestCore()
    const customer = core.ok('customers.create', { name: '手动客户' })
    const later = core.ok('reminders.create', {
      title: '给王总打电话',
      notes: '确认报价',
      at: at(2026, 11, 23, 15, 30),
      customerId: customer.id,
    })
    expect(later).toMatchObject({ customerName: '手动客户', doneAt: null, deletedAt: null })
    // The current minute is not the past (a form shows minutes).
    const now = core.ok('reminders.create', { title: '现在', at: NOW - 30_000 + 30_000 })
    const tomorrow = core.ok('reminders.create', { title: '明天', at: at(2026, 11, 24, 9) })
    const result = list(core, { kinds: ['manual'] })
    expect(keys(result.today)).toEqual([`manual:${now.id}`, `manual:${later.id}`])
    expect(result.today[1]).toMatchObject({
      at: later.at,
      date: '2026-11-23',
      title: '给王总打电话',
    })
    expect(keys(result.upcoming)).toEqual([`manual:${tomorrow.id}`])

    const before = snapshotDatabase(core.dataDir)
    expect(issueKey(core.call('reminders.create', { title: '昨天', at: NOW - 60_001 }))).toBe(
      'errors.reminderInPast',
    )
    expect(issueKey(core.call('reminders.update', { id: later.id, at: at(2026, 11, 22, 9) }))).toBe(
      'errors.reminderInPast',
    )
    expect(
      issueKey(
        core.call('reminders.create', {
          title: '两个',
          at: NOW + 60_000,
          customerId: customer.id,
          dealId: 1,
        }),
      ),
    ).toBe('errors.reminderOneLink')
    expect(
      issueKey(core.call('reminders.create', { title: '无', at: NOW + 60_000, contractId: 999 })),
    ).toBe('errors.reminderLinkUnknown')
    expect(core.call('reminders.create', { title: '', at: NOW + 60_000 }).ok).toBe(false)
    expect(snapshotDatabase(core.dataDir)).toBe(before)
  })

  it('update, delete and restore (soft), for a record, done ones with includeDone', () => {
    const core = openTestCore()
    const customer = core.ok('customers.create', { name: '记录客户' })
    const a = core.ok('reminders.create', {
      title: '甲',
      at: at(2026, 11, 25, 9),
      customerId: customer.id,
    })
    const b = core.ok('reminders.create', {
      title: '乙',
      at: at(2026, 11, 24, 9),
      customerId: customer.id,
    })
    const moved = core.ok('reminders.update', { id: a.id, title: '甲改', at: at(2026, 11, 23, 18) })
    expect(moved).toMatchObject({ title: '甲改', at: at(2026, 11, 23, 18) })
    expect(core.ok('reminders.for', { customerId: customer.id }).map((r) => r.title)).toEqual([
      '甲改',
      '乙',
    ])
    core.ok('reminders.done', { key: `manual:${b.id}` })
    expect(core.ok('reminders.for', { customerId: customer.id }).map((r) => r.title)).toEqual([
      '甲改',
    ])
    const all = core.ok('reminders.for', { customerId: customer.id, includeDone: true })
    expect(all.map((r) => [r.title, r.doneAt !== null])).toEqual([
      ['甲改', false],
      ['乙', true],
    ])
    core.ok('reminders.delete', { id: a.id })
    expect(list(core).today).toEqual([])
    expectRefused(core, 'reminders.delete', { id: a.id }, 'CONFLICT', 'errors.alreadyDeleted')
    expectRefused(
      core,
      'reminders.update',
      { id: a.id, title: 'x' },
      'CONFLICT',
      'errors.reminderDeleted',
    )
    expect(core.ok('reminders.restore', { id: a.id }).deletedAt).toBeNull()
    expect(keys(list(core).today)).toEqual([`manual:${a.id}`])
    expectRefused(core, 'reminders.restore', { id: a.id }, 'CONFLICT', 'errors.notDeleted')
    expectRefused(core, 'reminders.delete', { id: 999 }, 'NOT_FOUND', 'errors.notFound')
  })
})

describe('done, undo and snooze by key', () => {
  it('a done follow-up stays done; the next follow-up date is a new key and shows again', () => {
    const core = openTestCore()
    const id = customerWithFollowUp(core, '跟进客户', '2026-11-20')
    const key = `followUp:${id}:2026-11-20`
    core.ok('reminders.done', { key })
    expect(list(core).today).toEqual([])
    expect(core.ok('reminders.count', {})).toEqual({ today: 0, overdue: 0 })
    core.ok('reminders.undo', { key })
    expect(keys(list(core).today)).toEqual([key])
    core.ok('reminders.done', { key })
    core.ok('activities.create', {
      customerId: id,
      kind: 'visit',
      content: '上门',
      nextFollowUpDate: '2026-11-23',
    })
    expect(keys(list(core).today)).toEqual([`followUp:${id}:2026-11-23`])
  })

  it('counts leave out done and snoozed keys, however many items there are', () => {
    const core = openTestCore()
    const ids = ['甲', '乙', '丙', '丁'].map((n, i) =>
      customerWithFollowUp(core, n, `2026-11-${20 + i}`),
    )
    core.ok('reminders.done', { key: `followUp:${ids[0]}:2026-11-20` })
    // A state of an occurrence that no longer is (the date moved on): it hides nothing.
    core.ok('reminders.done', { key: `followUp:${ids[1]}:2026-11-01` })
    expect(core.ok('reminders.count', {})).toEqual({ today: 1, overdue: 2 })
    core.ok('reminders.snooze', { key: `followUp:${ids[3]}:2026-11-23`, until: '2026-11-24' })
    const result = list(core)
    expect(result.counts).toEqual({ today: 0, overdue: 2, upcoming: 1 })
    expect(keys(result.today)).toEqual([
      `followUp:${ids[1]}:2026-11-21`,
      `followUp:${ids[2]}:2026-11-22`,
    ])
  })

  it('a done birthday is back next year', () => {
    const core = openTestCore()
    const customer = core.ok('customers.create', { name: '寿星', birthday: '1980-11-25' })
    const key = `birthday:customer:${customer.id}:2026`
    core.ok('reminders.done', { key })
    expect(list(core).upcoming).toEqual([])
    core.clock.set(at(2027, 11, 23, 10))
    expect(keys(list(core).upcoming)).toEqual([`birthday:customer:${customer.id}:2027`])
  })

  it('snooze moves an item to upcoming on its day, then it is due again; undo brings it back', () => {
    const core = openTestCore()
    const customer = core.ok('customers.create', { name: '推迟客户' })
    const contract = newContract(core, customer.id)
    const key = `instalment:${contract.plan[0]!.id}`
    core.ok('reminders.snooze', { key, until: '2026-11-26' })
    let result = list(core, { kinds: ['instalment'] })
    expect(keys(result.today)).toEqual([])
    expect(result.upcoming.map((i) => [i.key, i.snoozedUntil ?? null, i.overdue])).toEqual([
      [key, '2026-11-26', true],
      [`instalment:${contract.plan[1]!.id}`, null, false],
    ])
    expect(result.counts).toEqual({ today: 0, overdue: 0, upcoming: 2 })
    core.clock.set(at(2026, 11, 26, 8))
    result = list(core, { kinds: ['instalment'] })
    expect(keys(result.today)).toEqual([key])
    expect(result.today[0]!.snoozedUntil).toBeUndefined()
    // Snoozed again, then undone: due at once.
    core.ok('reminders.snooze', { key, until: '2026-11-30' })
    expect(keys(list(core, { kinds: ['instalment'] }).today)).toEqual([])
    core.ok('reminders.undo', { key })
    expect(keys(list(core, { kinds: ['instalment'] }).today)).toEqual([key])
    // Snoozed beyond the window: hidden until it comes into it.
    core.ok('reminders.snooze', { key, until: '2026-12-20' })
    expect(list(core, { kinds: ['instalment'] }).counts).toEqual({
      today: 0,
      overdue: 0,
      upcoming: 1,
    })
  })

  it('a hand-made reminder: done and undo; snoozed it is not notified until its day', () => {
    const core = openTestCore()
    const r = core.ok('reminders.create', { title: '寄合同', at: at(2026, 11, 23, 10, 5) })
    core.ok('reminders.done', { key: `manual:${r.id}` })
    expect(list(core).today).toEqual([])
    expect(core.ok('reminders.for', { customerId: 1 })).toEqual([])
    core.ok('reminders.undo', { key: `manual:${r.id}` })
    expect(keys(list(core).today)).toEqual([`manual:${r.id}`])
    core.ok('reminders.snooze', { key: `manual:${r.id}`, until: '2026-11-24' })
    core.clock.set(at(2026, 11, 23, 10, 6))
    expect(
      core
        .ok('reminders.notifications', {})
        .notifications.filter((n) => n.key.startsWith('manual')),
    ).toEqual([])
    core.clock.set(at(2026, 11, 24, 0, 1))
    expect(core.ok('reminders.notifications', {}).notifications.map((n) => n.key)).toContain(
      `manual:${r.id}`,
    )
  })

  it('refusals change nothing: a bad key, a key of nothing, a snooze not after today', () => {
    const core = openTestCore()
    const id = customerWithFollowUp(core, '拒绝客户', '2026-11-20')
    const before = snapshotDatabase(core.dataDir)
    expect(issueKey(core.call('reminders.done', { key: 'followUp:abc' }))).toBe(
      'errors.reminderKey',
    )
    expect(issueKey(core.call('reminders.done', { key: `followUp:${id}:2026-02-30` }))).toBe(
      'errors.reminderKey',
    )
    expect(issueKey(core.call('reminders.snooze', { key: 'nothing:1', until: '2026-11-30' }))).toBe(
      'errors.reminderKey',
    )
    const missing = core.call('reminders.done', { key: 'instalment:999' })
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND')
    expect(core.call('reminders.undo', { key: 'manual:999' }).ok).toBe(false)
    expect(
      issueKey(
        core.call('reminders.snooze', { key: `followUp:${id}:2026-11-20`, until: '2026-11-23' }),
      ),
    ).toBe('errors.snoozeNotAfterToday')
    expect(
      core.call('reminders.snooze', { key: `followUp:${id}:2026-11-20`, until: '23/11' }).ok,
    ).toBe(false)
    expect(snapshotDatabase(core.dataDir)).toBe(before)
  })
})

describe('reminders.notifications', () => {
  it('the daily summary once a day from notifyTime, each hand-made reminder once at its time', () => {
    const core = openTestCore(undefined, at(2026, 11, 23, 8, 0))
    customerWithFollowUp(core, '每日', '2026-11-22')
    customerWithFollowUp(core, '今天', '2026-11-23')
    const r = core.ok('reminders.create', {
      title: '给王总打电话',
      notes: '确认报价',
      at: at(2026, 11, 23, 9, 30),
      customerId: 1,
    })
    // 08:00: nothing yet; ask again at 09:00 (the summary).
    let check = core.ok('reminders.notifications', {})
    expect(check).toEqual({ notifications: [], nextCheckAt: at(2026, 11, 23, 9) })
    core.clock.set(at(2026, 11, 23, 9, 0))
    check = core.ok('reminders.notifications', {})
    expect(check.notifications).toEqual([
      {
        key: 'daily:2026-11-23',
        title: '今日提醒',
        body: '今天有 3 项提醒，其中 1 项已逾期。',
        route: '/reminders',
      },
    ])
    expect(check.nextCheckAt).toBe(at(2026, 11, 23, 9, 30))
    expect(core.ok('reminders.notifications', {}).notifications).toEqual([])
    core.clock.set(at(2026, 11, 23, 9, 30))
    check = core.ok('reminders.notifications', {})
    expect(check.notifications).toEqual([
      {
        key: `manual:${r.id}`,
        title: '提醒：给王总打电话',
        body: '09:30 · 每日 · 确认报价',
        route: '/customers/1',
      },
    ])
    expect(check.nextCheckAt).toBe(at(2026, 11, 23, 10, 30))
    expect(core.ok('reminders.notifications', {}).notifications).toEqual([])
    // Moved to later: notified again at the new time.
    core.ok('reminders.update', { id: r.id, at: at(2026, 11, 23, 11) })
    core.clock.set(at(2026, 11, 23, 11, 0))
    expect(core.ok('reminders.notifications', {}).notifications.map((n) => n.key)).toEqual([
      `manual:${r.id}`,
    ])
    // The next day's summary, in English.
    core.ok('settings.update', { locale: 'en', notifyTime: '08:15' })
    core.clock.set(at(2026, 11, 24, 8, 14))
    expect(core.ok('reminders.notifications', {})).toEqual({
      notifications: [],
      nextCheckAt: at(2026, 11, 24, 8, 15),
    })
    core.clock.set(at(2026, 11, 24, 8, 20))
    expect(core.ok('reminders.notifications', {}).notifications).toEqual([
      {
        key: 'daily:2026-11-24',
        title: "Today's reminders",
        body: '3 reminders today, 3 overdue.',
        route: '/reminders',
      },
    ])
  })

  it('no daily summary when it is off or when nothing is due; nextCheckAt within the hour', () => {
    const core = openTestCore()
    core.ok('settings.update', { notifyDaily: false })
    expect(core.ok('reminders.notifications', {})).toEqual({
      notifications: [],
      nextCheckAt: NOW + 3_600_000,
    })
    core.ok('settings.update', { notifyDaily: true })
    // 10:00, past 09:00, nothing due: the day is spent silently.
    expect(core.ok('reminders.notifications', {}).notifications).toEqual([])
    customerWithFollowUp(core, '晚到', '2026-11-23')
    expect(core.ok('reminders.notifications', {}).notifications).toEqual([])
  })
})
