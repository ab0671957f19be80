import { describe, expect, it } from 'vitest'
import { NOW, openTestCore, snapshotDatabase } from '../helpers'

const DAY = 86_400_000

describe('contacts', () => {
  it('keeps exactly one primary contact and makes contacts searchable', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', { name: '苏州博通电子有限公司' })
    const first = core.ok('contacts.create', {
      customerId: c.id,
      name: '周杰',
      phone: '139 1234 5678',
    })
    expect(first.isPrimary).toBe(true)
    const second = core.ok('contacts.create', {
      customerId: c.id,
      name: '孙丽',
      title: '采购经理',
      isPrimary: true,
    })
    const listed = core.ok('contacts.list', { customerId: c.id })
    expect(listed.map((x) => [x.name, x.isPrimary])).toEqual([
      ['孙丽', true],
      ['周杰', false],
    ])
    expect(core.ok('customers.list', { q: '孙丽' }).rows.map((r) => r.id)).toEqual([c.id])
    expect(core.ok('customers.list', { q: 'sunli' }).total).toBe(1)
    expect(core.ok('customers.list', { q: '12345678' }).total).toBe(1)

    core.ok('contacts.delete', { id: second.id })
    expect(
      core.ok('contacts.list', { customerId: c.id }).map((x) => [x.name, x.isPrimary]),
    ).toEqual([['周杰', true]])
    expect(core.ok('customers.list', { q: '孙丽' }).total).toBe(0)
    expect(core.ok('customers.get', { id: c.id }).contacts.map((x) => x.name)).toEqual(['周杰'])

    const renamed = core.ok('contacts.update', { id: first.id, name: '周杰伦', email: '' })
    expect(renamed.name).toBe('周杰伦')
    core.close()
  })

  it('refuses a contact for an unknown or deleted customer and a future birthday, changing nothing', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', { name: '测试客户' })
    core.ok('customers.delete', { id: c.id })
    const before = snapshotDatabase(core.dataDir)
    const gone = core.call('contacts.create', { customerId: c.id, name: '某人' })
    expect(gone.ok === false && gone.error.key).toBe('errors.customerDeleted')
    const unknown = core.call('contacts.create', { customerId: 12345, name: '某人' })
    expect(unknown.ok === false && unknown.error.code).toBe('NOT_FOUND')
    const empty = core.call('contacts.create', { customerId: c.id, name: '  ' })
    expect(empty.ok === false && empty.error.code).toBe('VALIDATION')
    expect(snapshotDatabase(core.dataDir)).toBe(before)
    core.close()
  })
})

describe('follow-ups', () => {
  it('derive the customer’s last activity and next follow-up date', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', { name: '济南宏达建材有限公司' })
    const contact = core.ok('contacts.create', { customerId: c.id, name: '刘洋' })
    core.ok('activities.create', {
      customerId: c.id,
      contactId: contact.id,
      kind: 'call',
      content: '电话沟通报价',
      occurredAt: NOW - 2 * DAY,
      nextFollowUpDate: '2026-11-25',
      nextAction: '发送报价单',
    })
    let detail = core.ok('customers.get', { id: c.id })
    expect(detail.lastActivityAt).toBe(NOW - 2 * DAY)
    expect(detail.nextFollowUpDate).toBe('2026-11-25')

    // An older follow-up entered later does not replace the newer plan.
    core.ok('activities.create', {
      customerId: c.id,
      kind: 'note',
      content: '补记上月拜访',
      occurredAt: NOW - 30 * DAY,
    })
    detail = core.ok('customers.get', { id: c.id })
    expect(detail.nextFollowUpDate).toBe('2026-11-25')

    // A newer one without a plan clears it.
    core.ok('activities.create', { customerId: c.id, kind: 'visit', content: '上门签约' })
    detail = core.ok('customers.get', { id: c.id })
    expect(detail.lastActivityAt).toBe(NOW)
    expect(detail.nextFollowUpDate).toBeNull()

    const list = core.ok('activities.list', { customerId: c.id })
    expect(list.total).toBe(3)
    expect(list.rows.map((a) => a.kind)).toEqual(['visit', 'call', 'note'])
    expect(list.rows[1]?.contactName).toBe('刘洋')
    core.close()
  })

  it('lists follow-ups due today and overdue across customers', () => {
    const core = openTestCore()
    const make = (name: string, next: string | null) => {
      const c = core.ok('customers.create', { name })
      core.ok('activities.create', {
        customerId: c.id,
        kind: 'call',
        content: '联系',
        nextFollowUpDate: next,
        nextAction: `跟进${name}`,
      })
      return c
    }
    make('逾期客户', '2026-11-20')
    make('今天客户', '2026-11-23')
    make('明天客户', '2026-11-24')
    make('无计划客户', null)
    const deleted = make('已删除客户', '2026-11-01')
    core.ok('customers.delete', { id: deleted.id })

    const due = core.ok('activities.due', {})
    expect(due.rows.map((r) => [r.customerName, r.overdue, r.nextAction])).toEqual([
      ['逾期客户', true, '跟进逾期客户'],
      ['今天客户', false, '跟进今天客户'],
    ])
    expect(core.ok('activities.due', { asOf: '2026-11-24' }).total).toBe(3)
    core.close()
  })

  it('refuses a contact of another customer and an empty content', () => {
    const core = openTestCore()
    const a = core.ok('customers.create', { name: '甲公司' })
    const b = core.ok('customers.create', { name: '乙公司' })
    const other = core.ok('contacts.create', { customerId: b.id, name: '乙的人' })
    const before = snapshotDatabase(core.dataDir)
    const wrong = core.call('activities.create', {
      customerId: a.id,
      contactId: other.id,
      kind: 'call',
      content: '打电话',
    })
    expect(wrong.ok === false && wrong.error.details?.[0]).toMatchObject({
      path: 'contactId',
      key: 'errors.contactNotOfCustomer',
    })
    const empty = core.call('activities.create', { customerId: a.id, kind: 'call', content: '' })
    expect(empty.ok === false && empty.error.code).toBe('VALIDATION')
    const kind = core.call('activities.create', { customerId: a.id, kind: 'fax', content: '传真' })
    expect(kind.ok === false && kind.error.code).toBe('VALIDATION')
    expect(snapshotDatabase(core.dataDir)).toBe(before)
    core.close()
  })
})

describe('corrections and undo', () => {
  it('restores a deleted contact, not as primary when another took over', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', { name: '撤销测试' })
    const a = core.ok('contacts.create', { customerId: c.id, name: '甲' })
    core.ok('contacts.create', { customerId: c.id, name: '乙' })
    core.ok('contacts.delete', { id: a.id })
    const back = core.ok('contacts.restore', { id: a.id })
    expect(back.isPrimary).toBe(false)
    expect(core.ok('contacts.list', { customerId: c.id }).map((x) => x.name)).toEqual(['乙', '甲'])
    const twice = core.call('contacts.restore', { id: a.id })
    expect(twice.ok === false && twice.error.key).toBe('errors.contactNotDeleted')
    core.close()
  })

  it('edits, deletes and restores a follow-up, re-deriving the customer’s dates each time', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', { name: '跟进修改' })
    core.ok('activities.create', {
      customerId: c.id,
      kind: 'call',
      content: '旧的',
      occurredAt: NOW - 5 * DAY,
      nextFollowUpDate: '2026-11-30',
    })
    const latest = core.ok('activities.create', {
      customerId: c.id,
      kind: 'visit',
      content: '错别子',
      nextFollowUpDate: '2026-12-05',
    })
    expect(core.ok('customers.get', { id: c.id }).nextFollowUpDate).toBe('2026-12-05')

    const fixed = core.ok('activities.update', {
      id: latest.id,
      content: '错别字',
      nextFollowUpDate: '2026-12-10',
    })
    expect(fixed.content).toBe('错别字')
    expect(core.ok('customers.get', { id: c.id }).nextFollowUpDate).toBe('2026-12-10')

    core.ok('activities.delete', { id: latest.id })
    let detail = core.ok('customers.get', { id: c.id })
    expect([detail.lastActivityAt, detail.nextFollowUpDate]).toEqual([NOW - 5 * DAY, '2026-11-30'])
    expect(core.ok('activities.list', { customerId: c.id }).total).toBe(1)

    core.ok('activities.restore', { id: latest.id })
    detail = core.ok('customers.get', { id: c.id })
    expect(detail.nextFollowUpDate).toBe('2026-12-10')
    const actions = core.ok('customers.history', { id: c.id }).rows.map((r) => r.action)
    expect(actions.slice(0, 3)).toEqual(['activity.restore', 'activity.delete', 'activity.update'])
    core.close()
  })

  it('counts the overdue part of the due list', () => {
    const core = openTestCore()
    for (const [name, next] of [
      ['甲', '2026-11-01'],
      ['乙', '2026-11-22'],
      ['丙', '2026-11-23'],
    ] as const) {
      const c = core.ok('customers.create', { name })
      core.ok('activities.create', {
        customerId: c.id,
        kind: 'call',
        content: '联系',
        nextFollowUpDate: next,
      })
    }
    expect(core.ok('activities.due', {})).toMatchObject({ total: 3, overdue: 2 })
    core.close()
  })

  it('still shows the contacts and timeline of a customer in the recycle bin, but refuses changes', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', { name: '回收站里的客户' })
    core.ok('contacts.create', { customerId: c.id, name: '联系人' })
    core.ok('activities.create', { customerId: c.id, kind: 'note', content: '记录' })
    core.ok('customers.delete', { id: c.id })
    expect(core.ok('contacts.list', { customerId: c.id })).toHaveLength(1)
    expect(core.ok('activities.list', { customerId: c.id }).total).toBe(1)
    const refused = core.call('activities.create', {
      customerId: c.id,
      kind: 'note',
      content: '新的',
    })
    expect(refused.ok === false && refused.error.key).toBe('errors.customerDeleted')
    core.close()
  })
})

describe('history of corrections and merges', () => {
  it('names the contact of a corrected follow-up, and clears a merged record’s follow-up dates', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', { name: '甲方', phone: '13700001111' })
    const zhang = core.ok('contacts.create', { customerId: c.id, name: '张工' })
    const a = core.ok('activities.create', { customerId: c.id, kind: 'call', content: '沟通' })
    core.ok('activities.update', { id: a.id, contactId: zhang.id })
    expect(core.ok('customers.history', { id: c.id }).rows[0]).toMatchObject({
      action: 'activity.update',
      changes: { contactId: { before: null, after: '张工' } },
    })

    const dup = core.ok('customers.create', { name: '甲方重复', phone: '13700001111' })
    core.ok('activities.create', {
      customerId: dup.id,
      kind: 'call',
      content: '重复的跟进',
      nextFollowUpDate: '2026-12-01',
    })
    core.ok('customers.merge', { keepId: c.id, mergeIds: [dup.id] })
    const merged = core.ok('customers.get', { id: dup.id })
    expect([merged.lastActivityAt, merged.nextFollowUpDate]).toEqual([null, null])
    expect(core.ok('customers.get', { id: c.id }).nextFollowUpDate).toBe('2026-12-01')
    core.close()
  })
})
