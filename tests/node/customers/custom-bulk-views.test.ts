import { describe, expect, it } from 'vitest'
import { openTestCore, snapshotDatabase } from '../helpers'

describe('custom fields', () => {
  it('round-trips values of every type, filters on them and keeps values when the label changes', () => {
    const core = openTestCore()
    const text = core.ok('customFields.create', {
      entity: 'customer',
      label: '开户行',
      type: 'text',
    })
    const number = core.ok('customFields.create', {
      entity: 'customer',
      label: '员工数',
      type: 'number',
    })
    const money = core.ok('customFields.create', {
      entity: 'customer',
      label: '年采购额',
      type: 'money',
    })
    const date = core.ok('customFields.create', {
      entity: 'customer',
      label: '成立日期',
      type: 'date',
    })
    const single = core.ok('customFields.create', {
      entity: 'customer',
      label: '规模',
      type: 'single',
      options: ['小', '中', '大'],
    })
    const multi = core.ok('customFields.create', {
      entity: 'customer',
      label: '关注',
      type: 'multi',
      options: ['价格', '质量', '交期'],
    })
    expect([text.key, multi.key]).toEqual(['cf1', 'cf6'])
    const custom = {
      [text.key]: '工商银行',
      [number.key]: 120,
      [money.key]: 1_234_567,
      [date.key]: '2010-05-01',
      [single.key]: '中',
      [multi.key]: ['价格', '交期'],
    }
    const c = core.ok('customers.create', { name: '带自定义字段的客户', custom })
    core.ok('customers.create', { name: '另一个客户', custom: { [single.key]: '大' } })
    expect(core.ok('customers.get', { id: c.id }).custom).toEqual(custom)

    // A patch: unsent keys keep their value, null clears.
    const patched = core.ok('customers.update', { id: c.id, custom: { [number.key]: null } })
    expect(patched.custom).toMatchObject({ [text.key]: '工商银行', [number.key]: null })

    const filtered = (value: string) =>
      core.ok('customers.list', { filter: { custom: { [single.key]: value } } }).total
    expect([filtered('中'), filtered('大'), filtered('小')]).toEqual([1, 1, 0])
    expect(core.ok('customers.list', { filter: { custom: { [multi.key]: '交期' } } }).total).toBe(1)

    core.ok('customFields.update', { id: single.id, label: '企业规模' })
    expect(core.ok('customers.get', { id: c.id }).custom[single.key]).toBe('中')
    expect(core.ok('customFields.list', { entity: 'customer' }).map((f) => f.label)).toContain(
      '企业规模',
    )
    core.close()
  })

  it('refuses unknown fields, wrong types and values outside the choices, changing nothing', () => {
    const core = openTestCore()
    const single = core.ok('customFields.create', {
      entity: 'customer',
      label: '规模',
      type: 'single',
      options: ['小', '大'],
    })
    const money = core.ok('customFields.create', {
      entity: 'customer',
      label: '额度',
      type: 'money',
    })
    const before = snapshotDatabase(core.dataDir)
    const cases: [Record<string, unknown>, string][] = [
      [{ nope: 'x' }, 'errors.unknownCustomField'],
      [{ [single.key]: '中' }, 'errors.customChoice'],
      [{ [money.key]: 12.5 }, 'errors.customMoney'],
    ]
    for (const [custom, key] of cases) {
      const result = core.call('customers.create', { name: '客户', custom })
      expect(result.ok === false && result.error.details?.[0]?.key).toBe(key)
    }
    const noOptions = core.call('customFields.create', {
      entity: 'customer',
      label: '选项',
      type: 'multi',
    })
    expect(noOptions.ok === false && noOptions.error.details?.[0]?.key).toBe(
      'errors.optionsRequired',
    )
    const dup = core.call('customFields.create', {
      entity: 'customer',
      label: '规模',
      type: 'text',
    })
    expect(dup.ok === false && dup.error.key).toBe('errors.customFieldLabelTaken')
    expect(snapshotDatabase(core.dataDir)).toBe(before)
    core.close()
  })
})

describe('bulk actions', () => {
  it('change owner, grade, stage and tags of many customers in one go, with history per record', () => {
    const core = openTestCore()
    const owner = core.ok('owners.create', { name: '陈静' })
    const ids = [1, 2, 3].map(
      (i) => core.ok('customers.create', { name: `批量${i}`, tags: i === 1 ? ['旧标签'] : [] }).id,
    )
    expect(
      core.ok('customers.bulkUpdate', {
        ids,
        set: { ownerId: owner.id, grade: 'A' },
        addTags: ['新标签'],
        removeTags: ['旧标签'],
      }),
    ).toEqual({ updated: 3 })
    for (const id of ids) {
      const c = core.ok('customers.get', { id })
      expect([c.ownerId, c.grade, c.tags.map((t) => t.name)]).toEqual([owner.id, 'A', ['新标签']])
      expect(core.ok('customers.history', { id }).rows[0]?.action).toBe('bulkUpdate')
    }
    expect(core.ok('customers.bulkUpdate', { ids, set: { grade: 'A' } })).toEqual({ updated: 0 })
    core.close()
  })

  it('deletes and restores many at once, and refuses the whole call if one id is unknown', () => {
    const core = openTestCore()
    const ids = [1, 2, 3].map((i) => core.ok('customers.create', { name: `删除${i}` }).id)
    const before = snapshotDatabase(core.dataDir)
    const bad = core.call('customers.bulkDelete', { ids: [...ids, 999] })
    expect(bad.ok === false && bad.error.details?.[0]).toMatchObject({
      key: 'errors.bulkUnknownIds',
      params: { count: 1 },
    })
    const badOwner = core.call('customers.bulkUpdate', { ids, set: { ownerId: 55 } })
    expect(badOwner.ok === false && badOwner.error.details?.[0]?.key).toBe('errors.unknownOwner')
    expect(snapshotDatabase(core.dataDir)).toBe(before)
    expect(core.ok('customers.bulkDelete', { ids })).toEqual({ deleted: 3 })
    expect(core.ok('customers.list', {}).total).toBe(0)
    expect(core.ok('customers.bulkRestore', { ids })).toEqual({ restored: 3 })
    expect(core.ok('customers.list', {}).total).toBe(3)
    core.close()
  })
})

describe('saved views', () => {
  it('saves, replaces by name, lists and deletes', () => {
    const core = openTestCore()
    const a = core.ok('views.save', {
      entity: 'customers',
      name: 'A 级客户',
      state: { filter: { grade: 'A' } },
    })
    core.ok('views.save', {
      entity: 'customers',
      name: 'A 级客户',
      state: { filter: { grade: 'A' }, columns: ['name'] },
    })
    const listed = core.ok('views.list', { entity: 'customers' })
    expect(listed).toEqual([
      {
        id: a.id,
        entity: 'customers',
        name: 'A 级客户',
        state: { filter: { grade: 'A' }, columns: ['name'] },
      },
    ])
    core.ok('views.delete', { id: a.id })
    expect(core.ok('views.list', { entity: 'customers' })).toEqual([])
    const again = core.call('views.delete', { id: a.id })
    expect(again.ok === false && again.error.code).toBe('NOT_FOUND')
    core.close()
  })
})

describe('contact custom fields', () => {
  it('stores checked values on contacts, patched like a customer’s', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', { name: '有联系人字段的客户' })
    const role = core.ok('customFields.create', {
      entity: 'contact',
      label: '决策角色',
      type: 'single',
      options: ['决策人', '影响者'],
    })
    const since = core.ok('customFields.create', {
      entity: 'contact',
      label: '认识时间',
      type: 'date',
    })
    const contact = core.ok('contacts.create', {
      customerId: c.id,
      name: '钱总',
      custom: { [role.key]: '决策人' },
    })
    expect(contact.custom).toEqual({ [role.key]: '决策人' })
    const patched = core.ok('contacts.update', {
      id: contact.id,
      custom: { [since.key]: '2020-03-01' },
    })
    expect(patched.custom).toEqual({ [role.key]: '决策人', [since.key]: '2020-03-01' })
    const customerField = core.ok('customFields.create', {
      entity: 'customer',
      label: '客户字段',
      type: 'text',
    })
    const before = snapshotDatabase(core.dataDir)
    const wrong = core.call('contacts.update', { id: contact.id, custom: { [role.key]: '路人' } })
    expect(wrong.ok === false && wrong.error.details?.[0]).toMatchObject({
      path: `custom.${role.key}`,
      key: 'errors.customChoice',
    })
    // A customer field's key is not a contact field.
    const misplaced = core.call('contacts.create', {
      customerId: c.id,
      name: '孙',
      custom: { [customerField.key]: 'x' },
    })
    expect(misplaced.ok === false && misplaced.error.details?.[0]?.key).toBe(
      'errors.unknownCustomField',
    )
    expect(snapshotDatabase(core.dataDir)).toBe(before)
    core.close()
  })
})
