import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Customer } from '../../../src/shared/api'
import { openTestCore } from '../helpers'
import { file, ok, readBack } from './helpers'

function seeded() {
  const core = openTestCore()
  const money = core.ok('customFields.create', {
    entity: 'customer',
    label: '年采购额',
    type: 'money',
  })
  const owner = core.ok('owners.create', { name: '张经理' })
  const a = core.ok('customers.create', {
    name: '杭州华达贸易有限公司',
    grade: 'A',
    stage: 'customer',
    ownerId: owner.id,
    province: '浙江省',
    city: '杭州市',
    phone: '138 0013 8000',
    email: 'info@huada.cn',
    birthday: '1980-05-06',
    tags: ['重点客户', '老客户'],
    notes: '年底有采购计划',
    custom: { [money.key]: 12_345_67 },
  })
  core.ok('contacts.create', {
    customerId: a.id,
    name: '王伟',
    title: '采购经理',
    phone: '13900001234',
  })
  core.ok('activities.create', {
    customerId: a.id,
    kind: 'call',
    content: '电话沟通了报价',
    nextFollowUpDate: '2026-11-30',
  })
  core.ok('customers.create', { name: '=HYPERLINK("http://evil")', grade: 'B' })
  return { core, moneyKey: money.key }
}

describe('exports.list', () => {
  it('writes real numbers and dates, ¥ money, a title, a frozen filtered header', async () => {
    const { core, moneyKey } = seeded()
    const exported = await ok(core, 'exports.list', {
      entity: 'customers',
      sort: { field: 'name', dir: 'asc' },
      columns: ['code', 'name', 'grade', 'birthday', `custom.${moneyKey}`, 'createdAt'],
      locale: 'zh-CN',
    })
    expect(exported.name).toBe('客户-2026-11-23.xlsx')
    const sheet = (await readBack(exported.base64)).worksheets[0]!
    expect(sheet.name).toBe('客户')
    expect(sheet.getCell('A1').value).toBe('客户  2026-11-23')
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '客户编号',
      '客户名称',
      '客户级别',
      '生日',
      '年采购额',
      '创建时间',
    ])
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    expect(sheet.autoFilter).toBe('A2:F2')
    const huada = sheet.getRow(4)
    expect(huada.getCell(2).value).toBe('杭州华达贸易有限公司')
    expect(huada.getCell(4).value).toEqual(new Date(Date.UTC(1980, 4, 6)))
    expect(huada.getCell(4).numFmt).toBe('yyyy-mm-dd')
    expect(huada.getCell(5).value).toBe(12345.67)
    expect(huada.getCell(5).numFmt).toBe('"¥"#,##0.00')
    expect(huada.getCell(6).value).toBeInstanceOf(Date)
    // Formula injection: text starting with = is written as text with an apostrophe.
    expect(sheet.getRow(3).getCell(2).value).toBe('\'=HYPERLINK("http://evil")')
    expect(sheet.getColumn(2).width).toBeGreaterThan(20)
  })

  it('keeps the list filter and search', async () => {
    const { core } = seeded()
    const exported = await ok(core, 'exports.list', {
      entity: 'customers',
      filter: { grade: 'A' },
      columns: ['name'],
    })
    const sheet = (await readBack(exported.base64)).worksheets[0]!
    expect(sheet.rowCount).toBe(3)
    const bad = await core.api.dispatchAsync('exports.list', {
      entity: 'customers',
      filter: { ownerId: 999 },
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('exports contacts and follow-ups', async () => {
    const { core } = seeded()
    const contacts = (
      await readBack((await ok(core, 'exports.list', { entity: 'contacts' })).base64)
    ).worksheets[0]!
    expect(contacts.getRow(3).getCell(3).value).toBe('王伟')
    const followUps = (
      await readBack((await ok(core, 'exports.list', { entity: 'followUps' })).base64)
    ).worksheets[0]!
    expect(followUps.getRow(3).getCell(1).value).toBeInstanceOf(Date)
    expect(followUps.getRow(3).getCell(6).value).toBe('电话沟通了报价')
    expect(followUps.getRow(3).getCell(7).value).toEqual(new Date(Date.UTC(2026, 10, 30)))
  })

  it('round trip: an export imports into an empty database as the same records', async () => {
    const { core } = seeded()
    const exported = await ok(core, 'exports.list', { entity: 'customers', locale: 'zh-CN' })
    const target = openTestCore()
    target.ok('customFields.create', { entity: 'customer', label: '年采购额', type: 'money' })
    const preview = await ok(target, 'imports.preview', {
      entity: 'customers',
      file: file(exported.name, Buffer.from(exported.base64, 'base64')),
    })
    expect(preview.headerRow).toBe(2)
    expect(preview.rows.every((r) => r.problems.length === 0)).toBe(true)
    await ok(target, 'imports.commit', {
      entity: 'customers',
      file: file(exported.name, Buffer.from(exported.base64, 'base64')),
      onDuplicate: 'create',
    })
    const fields = (c: Customer) => {
      const {
        id: _i,
        createdAt: _c,
        updatedAt: _u,
        lastActivityAt: _l,
        nextFollowUpDate: _n,
        ownerId: _o,
        tags,
        ...rest
      } = c
      return { ...rest, tags: tags.map((t) => t.name) }
    }
    const original = core
      .ok('customers.list', { sort: { field: 'code', dir: 'asc' } })
      .rows.map(fields)
    const imported = target
      .ok('customers.list', { sort: { field: 'code', dir: 'asc' } })
      .rows.map(fields)
    expect(imported).toEqual(original)
  })
})

describe('exports.database and templates', () => {
  it('writes every table to its own sheet', async () => {
    const { core } = seeded()
    const exported = await ok(core, 'exports.database', null)
    const book = await readBack(exported.base64)
    const names = book.worksheets.map((s) => s.name)
    expect(names).toEqual(
      expect.arrayContaining(['customers', 'contacts', 'activities', 'audit_log', 'settings']),
    )
    expect(names.some((n) => n.startsWith('customer_search'))).toBe(false)
    const customers = book.getWorksheet('customers')!
    expect(customers.rowCount).toBe(3)
    expect(exported.tables).toBe(book.worksheets.length)
  })

  it('a blank template has the headers, a sample row and drop-down lists', async () => {
    const core = openTestCore()
    const template = await ok(core, 'imports.blankTemplate', {
      entity: 'customers',
      locale: 'zh-CN',
    })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(template.base64, 'base64') as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]!
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(headers[0]).toBe('客户名称*')
    const gradeColumn = headers.indexOf('客户级别') + 1
    const validation = sheet.getCell(2, gradeColumn).dataValidation
    expect(validation).toMatchObject({ type: 'list', formulae: ['"A,B,C,D"'] })
    const preview = await ok(core, 'imports.preview', {
      entity: 'customers',
      file: file(template.name, Buffer.from(template.base64, 'base64')),
    })
    expect(preview.rows[0]!.problems).toEqual([])
    expect(preview.mapping.filter(Boolean)).toHaveLength(headers.length)
  })

  it('a saved template maps the next sheet with the same headers', async () => {
    const core = openTestCore()
    const { xlsxFile } = await import('./helpers')
    const buffer = await xlsxFile([
      ['公司全名XX', '电话号'],
      ['华达', '13800138000'],
    ])
    const first = await ok(core, 'imports.preview', {
      entity: 'customers',
      file: file('a.xlsx', buffer),
    })
    expect(first.mapping).toEqual([null, null])
    core.ok('imports.saveTemplate', {
      entity: 'customers',
      name: '老表',
      headers: ['公司全名XX', '电话号'],
      mapping: ['name', 'phone'],
    })
    const second = await ok(core, 'imports.preview', {
      entity: 'customers',
      file: file('b.xlsx', buffer),
    })
    expect(second).toMatchObject({ mapping: ['name', 'phone'], template: { name: '老表' } })
  })
})

describe('contacts import', () => {
  it('finds the customer by name or code and skips a contact it already has', async () => {
    const core = openTestCore()
    const customer = core.ok('customers.create', { name: '杭州华达贸易有限公司' })
    core.ok('contacts.create', { customerId: customer.id, name: '王伟', phone: '13900001234' })
    const { xlsxFile } = await import('./helpers')
    const buffer = await xlsxFile([
      ['客户名称', '姓名', '职务', '手机'],
      ['杭州华达贸易有限公司', '李娜', '财务', '13700001111'],
      [customer.code, '王伟', null, '139 0000 1234'],
      ['不存在的公司', '张三', null, null],
    ])
    const summary = await ok(core, 'imports.commit', {
      entity: 'contacts',
      file: file('c.xlsx', buffer),
      onDuplicate: 'skip',
    })
    expect(summary).toMatchObject({ created: 1, skipped: 1, rejected: 1 })
    expect(core.ok('contacts.list', { customerId: customer.id }).map((c) => c.name)).toEqual([
      '王伟',
      '李娜',
    ])
    core.ok('imports.undo', { id: summary.importId })
    expect(core.ok('contacts.list', { customerId: customer.id }).map((c) => c.name)).toEqual([
      '王伟',
    ])
  })
})

describe('pipeline and ledger lists', () => {
  it('export through their own list services, money as ¥ from 分', async () => {
    const core = openTestCore()
    core.ok('demo.load', { customers: 40, deals: 20, contracts: 15 })
    const sheets: Record<string, ExcelJS.Worksheet> = {}
    for (const entity of ['deals', 'products', 'contracts', 'payments', 'receivables'] as const) {
      const exported = await ok(core, 'exports.list', { entity, locale: 'zh-CN' })
      sheets[entity] = (await readBack(exported.base64)).worksheets[0]!
      expect(sheets[entity].rowCount, entity).toBeGreaterThan(2)
    }
    const contracts = core.ok('contracts.list', { pageSize: 500 })
    expect(sheets.contracts!.rowCount).toBe(contracts.total + 2)
    const headers = (sheets.contracts!.getRow(2).values as unknown[]).slice(1)
    const total = headers.indexOf('合同金额') + 1
    const first = sheets.contracts!.getRow(3).getCell(total)
    expect(first.numFmt).toBe('"¥"#,##0.00')
    expect(typeof first.value).toBe('number')
    const all = contracts.rows.map((c) => c.totalCents / 100)
    expect(all).toContain(first.value)
  })
})
