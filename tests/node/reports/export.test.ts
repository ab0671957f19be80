import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { openTestCore, type TestCore } from '../helpers'
import { buildReportsFixture } from './fixture'

async function exported(core: TestCore, input: Record<string, unknown>): Promise<ExcelJS.Workbook> {
  const result = await core.api.dispatchAsync('reports.export', {
    from: '2026-11-01',
    to: '2026-11-30',
    ...input,
  })
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  const file = result.value
  expect(file.name).toMatch(/2026-11-01_2026-11-30\.xlsx$/)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer)
  return book
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) =>
  (sheet.getRow(n).values as unknown[]).slice(1)

describe('reports.export', () => {
  it('writes the sales table with real numbers, exact money and a total row', async () => {
    const core = openTestCore()
    const f = buildReportsFixture(core)
    core.ok('settings.update', { companyName: '杭州客户科技有限公司' })
    const book = await exported(core, { report: 'sales', groupBy: 'owner' })
    const sheet = book.getWorksheet('负责人')!
    expect(String(rowValues(sheet, 1)[0])).toContain(
      '杭州客户科技有限公司 · 销售报表 · 期间 2026-11-01 – 2026-11-30',
    )
    expect(rowValues(sheet, 2).slice(0, 3)).toEqual(['负责人', '签约金额', '合同数'])
    expect(rowValues(sheet, 3).slice(0, 3)).toEqual(['李娜', 17_500, 1])
    expect(rowValues(sheet, 4).slice(0, 5)).toEqual(['王强', 14_845.7, 1, 30_000, -50.5])
    expect(rowValues(sheet, 6).slice(0, 3)).toEqual(['合计', 32_345.7, 2])
    expect(sheet.getRow(3).getCell(2).numFmt).toBe('"¥"#,##0.00')
    expect(f.w.name).toBe('王强')
  })

  it('writes every table of the receivables, funnel and customer reports, in English too', async () => {
    const core = openTestCore()
    buildReportsFixture(core)
    const receivables = await exported(core, { report: 'receivables' })
    expect(receivables.worksheets.map((s) => s.name)).toEqual([
      '应收报表',
      '账龄',
      '回款预测',
      '逾期客户',
    ])
    const aging = receivables.getWorksheet('账龄')!
    expect(rowValues(aging, aging.rowCount)).toEqual([
      '合计',
      27_345.7,
      18_000,
      0,
      0,
      6_000,
      51_345.7,
    ])
    const funnel = await exported(core, { report: 'funnel', locale: 'en' })
    expect(funnel.worksheets.map((s) => s.name)).toEqual(['Stages', 'Summary', 'Lost reasons'])
    expect(rowValues(funnel.getWorksheet('Stages')!, 3).slice(0, 3)).toEqual(['初步接洽', 3, 3_500])
    const customers = await exported(core, { report: 'customers' })
    expect(customers.worksheets.map((s) => s.name)).toEqual([
      '客户构成',
      '新增与流失',
      '大客户',
      '跟进活动',
    ])
    const activity = customers.getWorksheet('跟进活动')!
    expect(rowValues(activity, 2)).toEqual(['周（周一）', '王强', '李娜', '合计'])
    expect(rowValues(activity, activity.rowCount)).toEqual(['合计', 2, 1, 3])
  })
})
