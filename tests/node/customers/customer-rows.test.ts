import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Customer } from '../../../src/shared/api'
import { fixedClock } from '../../../src/main/core/clock'
import { openDatabase } from '../../../src/main/core/db/open'
import { customersByIds } from '../../../src/main/core/customers/customer-rows'
import { MIGRATIONS, NOW, openTestCore } from '../helpers'
import { createCtx } from '../../../src/main/core/domain-wiring'

/**
 * customersByIds (the exports' reader, plain SQL with aliases from the schema) gives each
 * customer exactly as the list does through drizzle and toCustomer: owner, tags, custom
 * fields, a live and a deleted campaign, a record merged into another, and the ids' order.
 */
describe('customersByIds', () => {
  it('equals customers.list for every kind of field, in the order of the ids', () => {
    const core = openTestCore()
    const owner = core.ok('owners.create', { name: '张经理' })
    const field = core.ok('customFields.create', {
      entity: 'customer',
      label: '员工数',
      type: 'number',
    })
    const fair = core.ok('campaigns.create', {
      name: '春季展会',
      channel: 'exhibition',
      startDate: '2026-10-01',
      costCents: 0,
    })
    const gone = core.ok('campaigns.create', {
      name: '旧广告',
      channel: 'onlineAds',
      startDate: '2026-09-01',
      costCents: 0,
    })
    const a = core.ok('customers.create', {
      name: '杭州华达贸易有限公司',
      ownerId: owner.id,
      grade: 'A',
      phone: '138 0013 8000',
      tags: ['老客户', '重点客户'],
      custom: { [field.key]: 120 },
      campaignId: fair.id,
      birthday: '1980-02-29',
    })
    const b = core.ok('customers.create', { name: '温州远达', campaignId: gone.id })
    core.ok('campaigns.delete', { id: gone.id })
    const c = core.ok('customers.create', { name: '宁波东方', notes: '备注\n第二行' })
    const dup = core.ok('customers.create', { name: '宁波东方（重复）' })
    core.ok('customers.merge', { keepId: c.id, mergeIds: [dup.id] })
    const live = core.ok('customers.list', { pageSize: 100 }).rows
    const binned = core.ok('customers.list', { pageSize: 100, filter: { deleted: true } }).rows
    const expected = new Map<number, Customer>([...live, ...binned].map((r) => [r.id, r]))
    const database = openDatabase({
      file: join(core.dataDir, 'kehu.db'),
      migrationsFolder: MIGRATIONS,
    })
    try {
      const ctx = createCtx({ db: database.db, sqlite: database.sqlite, clock: fixedClock(NOW) })
      const ids = [dup.id, b.id, a.id, c.id]
      const got = customersByIds(ctx, ids)
      expect(got).toEqual(ids.map((id) => expected.get(id)))
      expect(got[0]).toMatchObject({ mergedIntoName: '宁波东方' })
      expect(got[1]).toMatchObject({ campaignName: '旧广告', campaignDeleted: true })
      expect(got[2]!.tags.map((t) => t.name).sort()).toEqual(['老客户', '重点客户'])
      expect(customersByIds(ctx, [])).toEqual([])
    } finally {
      database.close()
      core.close()
    }
  })
})
