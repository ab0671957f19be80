import { describe, expect, it } from 'vitest'
import { normaliseCompanyName } from '../../../src/main/core/customers/duplicates'
import { openTestCore, snapshotDatabase } from '../helpers'

describe('normalised company names', () => {
  it.each([
    ['北京张三贸易有限公司', '北京张三贸易'],
    ['北京张三贸易(北京)有限公司', '北京张三贸易'],
    ['北京张三贸易（北京）有限责任公司', '北京张三贸易'],
    ['北京 张三贸易股份有限公司', '北京张三贸易'],
    ['ACME Trading Co., Ltd.', 'acmetrading'],
    ['华为技术集团', '华为技术'],
  ])('%s → %s', (name, expected) => {
    expect(normaliseCompanyName(name)).toBe(expected)
  })
})

describe('duplicates', () => {
  it('groups by phone digits, email and normalised name, ignoring deleted records', () => {
    const core = openTestCore()
    const a = core.ok('customers.create', { name: '杭州鑫源贸易有限公司', phone: '138-0013-8000' })
    const b = core.ok('customers.create', {
      name: '杭州鑫源贸易（杭州）股份有限公司',
      email: 'X@Y.cn',
    })
    const c = core.ok('customers.create', {
      name: '王伟',
      type: 'individual',
      phone: '+86 13800138000',
      email: 'x@y.cn',
    })
    const gone = core.ok('customers.create', { name: '杭州鑫源贸易', phone: '13800138000' })
    core.ok('customers.delete', { id: gone.id })
    core.ok('customers.create', { name: '毫不相干有限公司', phone: '13912345678' })

    const groups = core.ok('customers.duplicates', {})
    const summary = groups.map((g) => [g.reason, g.key, g.customers.map((x) => x.id)])
    expect(summary).toEqual(
      expect.arrayContaining([
        ['phone', '13800138000', [a.id, c.id]],
        ['email', 'x@y.cn', [b.id, c.id]],
        ['name', '杭州鑫源贸易', [a.id, b.id]],
      ]),
    )
    expect(groups).toHaveLength(3)
    core.close()
  })
})

describe('merge', () => {
  function setup() {
    const core = openTestCore()
    const owner = core.ok('owners.create', { name: '张经理' })
    const field = core.ok('customFields.create', {
      entity: 'customer',
      label: '行业细分',
      type: 'text',
    })
    const keep = core.ok('customers.create', {
      name: '上海李四科技有限公司',
      phone: '021-5555 0000',
      tags: ['老客户'],
      grade: 'B',
    })
    const dup = core.ok('customers.create', {
      name: '上海李四科技',
      email: 'li4@tech.cn',
      ownerId: owner.id,
      grade: 'A',
      tags: ['重点客户'],
      custom: { [field.key]: '软件' },
    })
    core.ok('contacts.create', { customerId: keep.id, name: '李四' })
    const moved = core.ok('contacts.create', {
      customerId: dup.id,
      name: '赵六',
      phone: '13611112222',
    })
    core.ok('activities.create', {
      customerId: dup.id,
      kind: 'call',
      content: '沟通续约',
      nextFollowUpDate: '2026-12-01',
    })
    return { core, owner, keep, dup, moved }
  }

  it('moves contacts and follow-ups, fills blanks, honours picked values and sends the other to the recycle bin', () => {
    const { core, owner, keep, dup, moved } = setup()
    const result = core.ok('customers.merge', {
      keepId: keep.id,
      mergeIds: [dup.id],
      fields: { grade: dup.id },
    })
    expect(result).toMatchObject({
      id: keep.id,
      name: '上海李四科技有限公司',
      email: 'li4@tech.cn',
      ownerId: owner.id,
      grade: 'A',
    })
    expect(result.mergeId).toBeGreaterThan(0)
    expect(result.tags.map((t) => t.name).sort()).toEqual(['老客户', '重点客户'].sort())
    expect(result.custom).toEqual({ cf1: '软件' })
    expect(result.contacts.map((c) => [c.name, c.isPrimary])).toEqual([
      ['李四', true],
      ['赵六', false],
    ])
    expect(result.nextFollowUpDate).toBe('2026-12-01')
    expect(core.ok('activities.list', { customerId: keep.id }).total).toBe(1)
    expect(core.ok('customers.list', { q: '赵六' }).rows.map((r) => r.id)).toEqual([keep.id])

    const bin = core.ok('customers.list', { filter: { deleted: true } }).rows
    expect(bin.map((r) => [r.id, r.mergedInto])).toEqual([[dup.id, keep.id]])
    // The merged record names the merge that can be undone; its history says where it went.
    expect(core.ok('customers.get', { id: dup.id }).mergeId).toBe(result.mergeId)
    expect(core.ok('customers.get', { id: keep.id }).mergeId).toBeNull()
    const history = core.ok('customers.history', { id: keep.id }).rows
    expect(history[0]).toMatchObject({
      action: 'merge',
      changes: { grade: { before: 'B', after: 'A' } },
    })
    expect(moved.customerId).toBe(dup.id)
    core.close()
  })

  it('undo puts every row back where it was', () => {
    const { core, keep, dup } = setup()
    const before = snapshotDatabase(core.dataDir)
    const { mergeId } = core.ok('customers.merge', {
      keepId: keep.id,
      mergeIds: [dup.id],
      fields: { grade: dup.id },
    })
    const restored = core.ok('customers.unmerge', { mergeId })
    expect(restored).toMatchObject({ grade: 'B', email: null, ownerId: null })
    expect(restored.contacts.map((c) => c.name)).toEqual(['李四'])
    expect(core.ok('customers.get', { id: dup.id })).toMatchObject({
      deletedAt: null,
      mergedInto: null,
      email: 'li4@tech.cn',
    })
    expect(core.ok('customers.get', { id: dup.id }).contacts.map((c) => c.name)).toEqual(['赵六'])
    expect(core.ok('customers.get', { id: dup.id }).nextFollowUpDate).toBe('2026-12-01')
    // Same rows as before the merge, apart from timestamps, the merge record and the history.
    const strip = (s: string) =>
      s
        .split('\n')
        .filter((line) => !line.startsWith('audit_log') && !line.startsWith('merges'))
        .join('\n')
        .replace(/"updated_at":\d+/g, '')
    expect(strip(snapshotDatabase(core.dataDir))).toBe(strip(before))
    const again = core.call('customers.unmerge', { mergeId })
    expect(again.ok === false && again.error.key).toBe('errors.mergeAlreadyUndone')
    core.close()
  })

  it('refuses to merge into itself, with a deleted record, or an unknown field, and changes nothing', () => {
    const { core, keep, dup } = setup()
    const before = snapshotDatabase(core.dataDir)
    const self = core.call('customers.merge', { keepId: keep.id, mergeIds: [keep.id] })
    expect(self.ok === false && self.error.details?.[0]?.key).toBe('errors.mergeIntoSelf')
    const field = core.call('customers.merge', {
      keepId: keep.id,
      mergeIds: [dup.id],
      fields: { code: dup.id },
    })
    expect(field.ok === false && field.error.details?.[0]?.key).toBe('errors.unknownField')
    const outsider = core.call('customers.merge', {
      keepId: keep.id,
      mergeIds: [dup.id],
      fields: { name: 999 },
    })
    expect(outsider.ok === false && outsider.error.details?.[0]?.key).toBe('errors.notInMerge')
    expect(snapshotDatabase(core.dataDir)).toBe(before)
    core.ok('customers.delete', { id: dup.id })
    const deleted = snapshotDatabase(core.dataDir)
    const intoDeleted = core.call('customers.merge', { keepId: keep.id, mergeIds: [dup.id] })
    expect(intoDeleted.ok === false && intoDeleted.error.key).toBe('errors.customerDeleted')
    expect(snapshotDatabase(core.dataDir)).toBe(deleted)
    core.close()
  })
})

describe('recycle bin and history', () => {
  it('purges only from the recycle bin, with contacts and follow-ups, keeping the history', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', { name: '要清除的客户', tags: ['临时'] })
    core.ok('contacts.create', { customerId: c.id, name: '联系人' })
    core.ok('activities.create', { customerId: c.id, kind: 'note', content: '备注' })
    const live = core.call('customers.purge', { id: c.id })
    expect(live.ok === false && live.error.key).toBe('errors.purgeLive')
    core.ok('customers.delete', { id: c.id })
    core.ok('customers.purge', { id: c.id })
    const gone = core.call('customers.get', { id: c.id })
    expect(gone.ok === false && gone.error.code).toBe('NOT_FOUND')
    expect(core.ok('customers.list', { filter: { deleted: true } }).total).toBe(0)
    const dump = snapshotDatabase(core.dataDir)
    expect(dump).not.toContain('联系人"')
    expect(dump).not.toContain('"content":"备注"')
    const history = core.ok('customers.history', { id: c.id }).rows.map((r) => r.action)
    expect(history).toEqual(['purge', 'delete', 'activity.create', 'contact.create', 'create'])
    core.close()
  })
})

describe('duplicates and the recycle bin, continued', () => {
  it('matches a landline written with +86 and lists records matched twice as one group', () => {
    const core = openTestCore()
    const a = core.ok('customers.create', { name: '温州华通电器有限公司', phone: '0577-8888 1234' })
    const b = core.ok('customers.create', { name: '温州华通电器', phone: '+86 577 8888 1234' })
    const groups = core.ok('customers.duplicates', {})
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({
      reasons: ['phone', 'name'],
      customers: [{ id: a.id }, { id: b.id }],
    })
    core.close()
  })

  it('names the record a merged one went into, sorts the bin by deletion time and empties it at once', () => {
    const core = openTestCore()
    const keep = core.ok('customers.create', { name: '保留的客户', phone: '13900001111' })
    const dup = core.ok('customers.create', { name: '重复的客户', phone: '13900001111' })
    const other = core.ok('customers.create', { name: '普通删除' })
    core.ok('customers.merge', { keepId: keep.id, mergeIds: [dup.id] })
    core.clock.advance(60_000)
    core.ok('customers.delete', { id: other.id })
    const bin = core.ok('customers.list', {
      filter: { deleted: true },
      sort: { field: 'deletedAt', dir: 'asc' },
    }).rows
    expect(bin.map((r) => [r.name, r.mergedIntoName])).toEqual([
      ['重复的客户', '保留的客户'],
      ['普通删除', null],
    ])
    // Live lists ignore a deletedAt sort rather than sorting a column that is all empty.
    expect(
      core
        .ok('customers.list', { sort: { field: 'deletedAt', dir: 'asc' } })
        .rows.map((r) => r.name),
    ).toEqual(['保留的客户'])

    const live = core.call('customers.bulkPurge', { ids: [dup.id, keep.id] })
    expect(live.ok === false && live.error.key).toBe('errors.purgeLive')
    expect(core.ok('customers.list', { filter: { deleted: true } }).total).toBe(2)
    expect(core.ok('customers.bulkPurge', { ids: [dup.id, other.id] })).toEqual({ purged: 2 })
    expect(core.ok('customers.list', { filter: { deleted: true } }).total).toBe(0)
    expect(core.ok('customers.list', { q: '重复' }).total).toBe(0)
    core.close()
  })
})

describe('custom field labels', () => {
  it('refuses renaming a field to a label another field has', () => {
    const core = openTestCore()
    core.ok('customFields.create', { entity: 'customer', label: '开户行', type: 'text' })
    const b = core.ok('customFields.create', { entity: 'customer', label: '账号', type: 'text' })
    const result = core.call('customFields.update', { id: b.id, label: '开户行' })
    expect(result.ok === false && result.error.key).toBe('errors.customFieldLabelTaken')
    core.close()
  })
})
