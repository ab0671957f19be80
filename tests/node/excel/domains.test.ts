import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { file, ok, readBack, xlsxFile, zipEntries, zipOf } from './helpers'

describe('importing deals, products and payments', () => {
  it('deals: customer by name, stage by name, amount in 分; undo deletes them', async () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '杭州华达贸易有限公司' })
    const stage = core.ok('pipeline.stages', null).find((s) => s.kind === 'open')!
    const sheet = [
      ['客户名称', '商机名称', '预计金额', '阶段', '预计成交日期'],
      ['杭州华达贸易', '年度采购', '¥12,345.60', stage.name, '2026/12/31'],
      ['不存在的公司', '试用', 100, null, null],
      ['杭州华达贸易有限公司', '年度采购', 1, null, null],
    ]
    const summary = await ok(core, 'imports.commit', {
      entity: 'deals',
      file: file('d.xlsx', await xlsxFile(sheet)),
      onDuplicate: 'skip',
    })
    // The rejected rows' reasons first: a wrong count then says which row went wrong and why.
    const rejected = await readBack(summary.rejectedFile!.base64)
    const reasons = rejected.worksheets[0]!.getSheetValues()
      .slice(2)
      .map((r) => {
        const values = r as unknown[]
        return [values[1], values[values.length - 1]]
      })
    expect(reasons).toEqual([['不存在的公司', '找不到客户：不存在的公司']])
    expect(summary).toMatchObject({ created: 1, skipped: 1, rejected: 1 })
    const deals = core.ok('deals.list', {}).rows
    expect(deals).toMatchObject([
      {
        title: '年度采购',
        amountCents: 1_234_560,
        stageId: stage.id,
        expectedCloseDate: '2026-12-31',
      },
    ])
    core.ok('imports.undo', { id: summary.importId })
    expect(core.ok('deals.list', {}).total).toBe(0)
  })

  it('products: created, matched by SKU on the next import, deactivated by undo', async () => {
    const core = openTestCore()
    const sheet = [
      ['产品名称', '编码', '单位', '单价'],
      ['A4 复印纸', 'P-001', '箱', 120.5],
      ['订书机', null, null, '35'],
    ]
    const first = await ok(core, 'imports.commit', {
      entity: 'products',
      file: file('p.xlsx', await xlsxFile(sheet)),
      onDuplicate: 'skip',
    })
    expect(first).toMatchObject({ created: 2 })
    const again = await ok(core, 'imports.commit', {
      entity: 'products',
      file: file('p.xlsx', await xlsxFile([sheet[0]!, ['A4 纸（新）', 'P-001', '箱', 130]])),
      onDuplicate: 'update',
    })
    expect(again).toMatchObject({ updated: 1, created: 0 })
    expect(core.ok('products.list', { q: 'P-001' }).rows[0]).toMatchObject({
      name: 'A4 纸（新）',
      priceCents: 13_000,
    })
    core.ok('imports.undo', { id: again.importId })
    expect(core.ok('products.list', { q: 'P-001' }).rows[0]).toMatchObject({
      name: 'A4 复印纸',
      priceCents: 12_050,
    })
    core.ok('imports.undo', { id: first.importId })
    expect(core.ok('products.list', { filter: { active: true } }).total).toBe(0)
  })

  it('payments: by contract number, reversed by undo', async () => {
    const core = openTestCore()
    core.ok('demo.load', { customers: 20, deals: 0, contracts: 10 })
    const open = core
      .ok('contracts.list', { pageSize: 100 })
      .rows.find((c) => c.state === 'active' && c.outstandingCents >= 100)!
    const sheet = [
      ['合同编号', '回款日期', '回款金额', '收款方式', '凭证号'],
      [open.number, '2026-11-20', 1, '银行转账', 'IMP-1'],
      ['HT-0000-0000', '2026-11-20', 1, '现金', null],
    ]
    const summary = await ok(core, 'imports.commit', {
      entity: 'payments',
      file: file('pay.xlsx', await xlsxFile(sheet)),
      onDuplicate: 'skip',
    })
    expect(summary).toMatchObject({ created: 1, rejected: 1 })
    expect(core.ok('contracts.get', { id: open.id }).receivedCents).toBe(open.receivedCents + 100)
    core.ok('imports.undo', { id: summary.importId })
    expect(core.ok('contracts.get', { id: open.id }).receivedCents).toBe(open.receivedCents)
  })
})

describe('blank templates of every importable entity', () => {
  it('map themselves back with no manual mapping', async () => {
    const core = openTestCore()
    for (const entity of ['customers', 'contacts', 'deals', 'products', 'payments'] as const) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const template = await ok(core, 'imports.blankTemplate', { entity, locale })
        const preview = await ok(core, 'imports.preview', {
          entity,
          file: file(template.name, Buffer.from(template.base64, 'base64')),
        })
        expect(
          preview.mapping.every(Boolean),
          `${entity} ${locale}: ${JSON.stringify(preview.columns)}`,
        ).toBe(true)
      }
    }
  }, 60_000)
})

describe('a deal sheet whose parts come in any order', () => {
  it('imports the same deals whichever part of the .xlsx comes first or last', async () => {
    const sheet = [
      ['客户名称', '商机名称', '预计金额', '预计成交日期'],
      ['杭州华达贸易', '年度采购', '¥12,345.60', new Date(Date.UTC(2026, 11, 31))],
      ['不存在的公司', '试用', 100, null],
      ['杭州华达贸易有限公司', '年度采购', 1, null],
    ]
    const parts = await zipEntries(await xlsxFile(sheet, { dateColumns: [4] }))
    const orders = [
      parts,
      [...parts].reverse(),
      ...parts.map((p) => [p, ...parts.filter((q) => q !== p)]),
      ...parts.map((p) => [...parts.filter((q) => q !== p), p]),
    ]
    for (const order of orders) {
      const core = openTestCore()
      try {
        core.ok('customers.create', { name: '杭州华达贸易有限公司' })
        const summary = await ok(core, 'imports.commit', {
          entity: 'deals',
          file: file('d.xlsx', zipOf(order)),
          onDuplicate: 'skip',
        })
        const names = order.map((p) => p.name).join(' ')
        expect(summary, names).toMatchObject({ created: 1, skipped: 1, rejected: 1 })
        expect(core.ok('deals.list', {}).rows, names).toMatchObject([
          { title: '年度采购', amountCents: 1_234_560, expectedCloseDate: '2026-12-31' },
        ])
      } finally {
        core.close()
      }
    }
    // Twenty imports, each through a fresh core and its own reader thread.
  }, 90_000)
})
