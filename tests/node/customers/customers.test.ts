import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Customer } from '../../../src/shared/api'
import { openTestCore, snapshotDatabase, type TestCore } from '../helpers'

function audit(
  core: TestCore,
): { entity: string; entity_id: number; action: string; changes: string }[] {
  const db = new Database(join(core.dataDir, 'kehu.db'), { readonly: true })
  const rows = db
    .prepare('SELECT entity, entity_id, action, changes FROM audit_log ORDER BY id')
    .all()
  db.close()
  return rows as { entity: string; entity_id: number; action: string; changes: string }[]
}

const names = (rows: Customer[]) => rows.map((r) => r.name)

describe('customers', () => {
  it('numbers codes KH000001… and skips a code typed by hand', () => {
    const core = openTestCore()
    expect(core.ok('customers.create', { name: '甲' }).code).toBe('KH000001')
    core.ok('customers.create', { name: '乙', code: 'KH000003' })
    expect(core.ok('customers.create', { name: '丙' }).code).toBe('KH000004')
    core.close()
  })

  it('records every write in the history with before and after', () => {
    const core = openTestCore()
    const owner = core.ok('owners.create', { name: '李娜' })
    const c = core.ok('customers.create', { name: '宁波恒达机械有限公司', grade: 'C' })
    core.ok('customers.update', { id: c.id, grade: 'A', ownerId: owner.id })
    core.ok('customers.update', { id: c.id, grade: 'A' }) // no change: no history row
    core.ok('customers.delete', { id: c.id })
    core.ok('customers.restore', { id: c.id })
    const rows = audit(core).filter((r) => r.entity === 'customer')
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'delete', 'restore'])
    expect(JSON.parse(rows[0]!.changes)).toMatchObject({
      name: { after: '宁波恒达机械有限公司' },
      grade: { after: 'C' },
    })
    expect(JSON.parse(rows[1]!.changes)).toEqual({
      grade: { before: 'C', after: 'A' },
      ownerId: { before: null, after: owner.id },
    })
    core.close()
  })

  it('keeps phones as entered but matches on their digits', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', {
      name: '王伟',
      type: 'individual',
      phone: '+86 １３８-0013-8000',
    })
    expect(c.phone).toBe('+86 １３８-0013-8000')
    expect(names(core.ok('customers.list', { q: '13800138000' }).rows)).toEqual(['王伟'])
    expect(names(core.ok('customers.list', { q: '0013 8000' }).rows)).toEqual(['王伟'])
    // What a phone holds besides digits is searched as written.
    core.ok('customers.create', { name: '杭州华达', phone: '0571-8888 6666 转801' })
    expect(names(core.ok('customers.list', { q: '转801' }).rows)).toEqual(['杭州华达'])
    expect(names(core.ok('customers.list', { q: '88886666' }).rows)).toEqual(['杭州华达'])
    core.close()
  })

  it('finds customers by Chinese fragments, pinyin full and initials, code, email and 1–2 characters', () => {
    const core = openTestCore()
    core.ok('customers.create', {
      name: '北京张三贸易有限公司',
      shortName: '张三贸易',
      email: 'zs@trade.cn',
    })
    core.ok('customers.create', { name: '上海李四科技有限公司' })
    const find = (q: string) => names(core.ok('customers.list', { q }).rows)
    expect(find('张三贸')).toEqual(['北京张三贸易有限公司'])
    expect(find('bjzs')).toEqual(['北京张三贸易有限公司'])
    expect(find('beijing')).toEqual(['北京张三贸易有限公司'])
    expect(find('BeiJing')).toEqual(['北京张三贸易有限公司'])
    expect(find('shanghai')).toEqual(['上海李四科技有限公司'])
    expect(find('trade.cn')).toEqual(['北京张三贸易有限公司'])
    expect(find('李')).toEqual(['上海李四科技有限公司'])
    expect(find('有限').length).toBe(2)
    expect(find('KH000002')).toEqual(['上海李四科技有限公司'])
    expect(find('不存在的公司')).toEqual([])
    expect(find('"')).toEqual([])
    core.close()
  })

  it('matches 1–2 characters inside one name only, never across names or in phone digits', () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '华通', shortName: '技术', phone: '13912345678' })
    core.ok('customers.create', { name: '李四' })
    expect(core.ok('customers.list', { q: '通' }).total).toBe(1)
    expect(core.ok('customers.list', { q: 'ht' }).total).toBe(1)
    expect(core.ok('customers.list', { q: '通技' }).total).toBe(0)
    expect(core.ok('customers.list', { q: '12' }).total).toBe(0)
    expect(core.ok('customers.list', { q: '-' }).total).toBe(0)
    core.close()
  })

  it('rebuilds the search index at open when it does not hold every customer', () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '北京张三贸易有限公司' })
    const dataDir = core.dataDir
    core.close()
    const raw = new Database(join(dataDir, 'kehu.db'))
    raw.exec('DELETE FROM customer_search; DELETE FROM customer_search_chars;')
    raw.close()
    const reopened = openTestCore(dataDir)
    expect(reopened.ok('customers.list', { q: 'bjzs' }).total).toBe(1)
    expect(reopened.ok('customers.list', { q: '张三' }).total).toBe(1)
    reopened.close()
  })

  it('re-indexes search text when a name changes', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', { name: '广州旧名有限公司' })
    core.ok('customers.update', { id: c.id, name: '深圳新名有限公司' })
    expect(core.ok('customers.list', { q: '旧名' }).total).toBe(0)
    expect(core.ok('customers.list', { q: 'szxm' }).total).toBe(1)
    core.close()
  })

  it('filters by stage, grade, owner, tag and province, and pages stably', () => {
    const core = openTestCore()
    const a = core.ok('owners.create', { name: '张经理' })
    for (let i = 0; i < 30; i++) {
      core.ok('customers.create', {
        name: `客户${String(i).padStart(2, '0')}`,
        stage: i % 2 ? 'customer' : 'lead',
        grade: (['A', 'B', 'C'] as const)[i % 3],
        ownerId: i % 5 === 0 ? a.id : null,
        province: i < 10 ? '浙江省' : '广东省',
        tags: i % 10 === 0 ? ['重点客户'] : [],
      })
      core.clock.advance(1000)
    }
    const tag = core.ok('tags.list', {})[0]!
    const count = (filter: object) => core.ok('customers.list', { filter }).total
    expect(count({ stage: 'customer' })).toBe(15)
    expect(count({ grade: 'A' })).toBe(10)
    expect(count({ ownerId: a.id })).toBe(6)
    expect(count({ province: '浙江省' })).toBe(10)
    expect(count({ tag: tag.id })).toBe(3)
    expect(count({ stage: 'customer', grade: 'B' })).toBe(5)

    const pages = [1, 2, 3].flatMap((page) =>
      names(
        core.ok('customers.list', { sort: { field: 'name', dir: 'asc' }, page, pageSize: 12 }).rows,
      ),
    )
    expect(pages).toEqual([...pages].sort())
    expect(new Set(pages).size).toBe(30)
    const newest = core.ok('customers.list', { pageSize: 1 }).rows[0]
    expect(newest?.name).toBe('客户29')
    const byGrade = core.ok('customers.list', {
      sort: { field: 'grade', dir: 'desc' },
      pageSize: 50,
    }).rows
    expect(byGrade.map((r) => r.grade)).toEqual([...byGrade.map((r) => r.grade)].sort().reverse())
    core.close()
  })

  it('refuses a birthday in the future, an unknown owner and editing a deleted customer', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', { name: '测试', birthday: '1990-05-01' })
    const before = snapshotDatabase(core.dataDir)
    const future = core.call('customers.update', { id: c.id, birthday: '2030-01-01' })
    expect(future.ok === false && future.error.details?.[0]).toMatchObject({
      path: 'birthday',
      key: 'errors.dateInFuture',
    })
    const owner = core.call('customers.create', { name: '测试2', ownerId: 77 })
    expect(owner.ok === false && owner.error.details?.[0]).toMatchObject({
      path: 'ownerId',
      key: 'errors.unknownOwner',
    })
    expect(snapshotDatabase(core.dataDir)).toBe(before)

    core.ok('customers.delete', { id: c.id })
    const edit = core.call('customers.update', { id: c.id, name: '改名' })
    expect(edit.ok === false && edit.error.key).toBe('errors.customerDeleted')
    const again = core.call('customers.delete', { id: c.id })
    expect(again.ok === false && again.error).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.alreadyDeleted',
    })
    core.ok('customers.restore', { id: c.id })
    const twice = core.call('customers.restore', { id: c.id })
    expect(twice.ok === false && twice.error.key).toBe('errors.notDeleted')
    core.close()
  })

  it('clears optional fields with empty strings and keeps tags unique', () => {
    const core = openTestCore()
    const c = core.ok('customers.create', {
      name: '清空测试',
      email: 'a@b.cn',
      tags: ['VIP', 'VIP', ' 老客户 '],
    })
    expect(c.tags.map((t) => t.name).sort()).toEqual(['VIP', '老客户'])
    const cleared = core.ok('customers.update', { id: c.id, email: '', tags: [] })
    expect(cleared.email).toBeNull()
    expect(cleared.tags).toEqual([])
    core.close()
  })

  it('loads demo data that lists, filters and searches', () => {
    const core = openTestCore()
    const loaded = core.ok('demo.load', { customers: 300 })
    expect(loaded).toMatchObject({ customers: 300, owners: 5 })
    // About two contacts and three follow-ups per customer on average.
    expect(loaded.contacts).toBeGreaterThan(400)
    expect(loaded.activities).toBeGreaterThan(600)
    expect(core.ok('activities.due', {}).total).toBeGreaterThan(0)
    expect(core.ok('customers.list', {}).total).toBe(300)
    expect(core.ok('owners.list', {}).length).toBe(5)
    const first = core.ok('customers.list', { sort: { field: 'code', dir: 'asc' }, pageSize: 1 })
      .rows[0]!
    expect(first.code).toBe('KH000001')
    expect(core.ok('customers.list', { q: first.name.slice(0, 4) }).total).toBeGreaterThan(0)
    // A second load continues the numbering instead of colliding.
    core.ok('demo.load', { customers: 10 })
    expect(core.ok('customers.list', {}).total).toBe(310)
    core.close()
  })
})

describe('settings and owners', () => {
  it('stores the language, theme and company name, and refuses a duplicate owner name', () => {
    const core = openTestCore()
    expect(core.ok('settings.get', {})).toEqual({
      locale: 'zh-CN',
      theme: 'auto',
      companyName: '',
      onboarded: false,
      reminderWindowDays: 7,
      renewalWindowDays: 30,
      companyAddress: '',
      companyPhone: '',
      amountsInWan: false,
      homeCurrency: 'CNY',
      churnIntervalFactor: 2,
      churnNoContactDays: 90,
      churnSingleOrderDays: 365,
      clvYears: 3,
      notifyDaily: true,
      notifyTime: '09:00',
      returnVisitDays: 7,
    })
    core.ok('settings.update', { locale: 'en', companyName: '杭州小店' })
    expect(core.ok('app.info', {}).locale).toBe('en')
    expect(core.ok('settings.get', {})).toMatchObject({ locale: 'en', companyName: '杭州小店' })
    core.ok('owners.create', { name: '王强' })
    const dup = core.call('owners.create', { name: '王强' })
    expect(dup.ok === false && dup.error).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.ownerNameTaken',
    })
    const renamed = core.ok('owners.update', { id: 1, name: '王强强', active: false })
    expect(renamed).toEqual({ id: 1, name: '王强强', active: false })
    core.close()
  })
})

describe('sorting by name', () => {
  it('follows pinyin order, as a Chinese reader expects', () => {
    const core = openTestCore()
    for (const name of ['上海华通', '北京张三', '安徽合力', 'Zeta Ltd', '重庆小面', '阿里'])
      core.ok('customers.create', { name })
    const rows = core.ok('customers.list', { sort: { field: 'name', dir: 'asc' } }).rows
    expect(rows.map((r) => r.name)).toEqual([
      '阿里',
      '安徽合力',
      '北京张三',
      '重庆小面',
      '上海华通',
      'Zeta Ltd',
    ])
    const renamed = core.ok('customers.update', { id: rows[0]!.id, name: '中山电器' })
    const after = core.ok('customers.list', {
      sort: { field: 'name', dir: 'desc' },
      pageSize: 1,
    }).rows
    expect(after[0]?.name).toBe(renamed.name)
    core.close()
  })
})

describe('list filters that name something missing', () => {
  it('refuses an unknown owner or tag id instead of listing nothing', () => {
    const core = openTestCore()
    const owner = core.call('customers.list', { filter: { ownerId: 42 } })
    expect(owner.ok === false && owner.error.details?.[0]).toMatchObject({
      path: 'filter.ownerId',
      key: 'errors.unknownOwner',
    })
    const tag = core.call('customers.list', { filter: { tag: 7 } })
    expect(tag.ok === false && tag.error.details?.[0]).toMatchObject({
      path: 'filter.tag',
      key: 'errors.unknownTag',
    })
    core.close()
  })
})
