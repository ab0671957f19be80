import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { call, ok, readBack } from '../excel/helpers'
import { ledgerSetup, newContract } from './helpers'

/**
 * The customer statement exported to .xlsx through exports.list: title row with company,
 * customer and period; opening balance, every line with its running balance, totals and
 * closing balance; real dates and numbers (money from exact 分) — opened with exceljs.
 */
describe('statement export', () => {
  it('writes the statement with real dates, money and a title, in both languages', async () => {
    const core = openTestCore()
    core.ok('settings.update', { companyName: '杭州小微软件有限公司' })
    const { customer } = ledgerSetup(core)
    // Before the period: a contract of ¥32,500.00 and ¥100.01 paid → opening ¥32,399.99.
    const old = newContract(core, customer.id)
    core.ok('payments.create', {
      contractId: old.id,
      receivedDate: '2026-09-20',
      amountCents: 10_001,
      method: 'cash',
    })
    // In the period: a second contract, a payment, and its reversal.
    const current = newContract(core, customer.id, {
      title: '二期扩容',
      signedDate: '2026-10-10',
      items: [{ description: '扩容', quantity: 1, unitPriceCents: 1_234_567 }],
      plan: [{ dueDate: '2026-12-01', amountCents: 1_234_567 }],
    })
    const paid = core.ok('payments.create', {
      contractId: current.id,
      receivedDate: '2026-10-20',
      amountCents: 500_000,
      method: 'bank',
      reference: '=HYPERLINK("x")',
      note: '首付',
    })
    core.ok('payments.reverse', { id: paid.id, reason: '银行退票', date: '2026-10-25' })
    const statement = core.ok('receivables.statement', {
      customerId: customer.id,
      from: '2026-10-01',
      to: '2026-11-30',
    })

    const file = await ok(core, 'exports.list', {
      entity: 'statement',
      filter: { customerId: customer.id, from: '2026-10-01', to: '2026-11-30' },
      locale: 'zh-CN',
    })
    expect(file.name).toBe('对账单-杭州鑫源贸易有限公司-2026-10-01至2026-11-30.xlsx')
    const book = await readBack(file.base64)
    const sheet = book.getWorksheet('对账单')!
    expect(sheet).toBeDefined()
    expect(sheet.getCell('A1').value).toBe(
      '杭州小微软件有限公司  客户对账单  杭州鑫源贸易有限公司  2026-10-01 至 2026-11-30',
    )
    const values = (row: number) =>
      Array.from({ length: 8 }, (_, i) => sheet.getRow(row).getCell(i + 1).value ?? null)
    expect(values(2)).toEqual([
      '日期',
      '合同编号',
      '摘要',
      '付款方式',
      '凭证号',
      '应收（借方）',
      '已收（贷方）',
      '余额',
    ])
    const day = (date: string) => new Date(`${date}T00:00:00Z`)
    expect(values(3)).toEqual([
      day('2026-10-01'),
      null,
      '期初余额',
      null,
      null,
      null,
      null,
      32_399.99,
    ])
    expect(values(4)).toEqual([
      day('2026-10-10'),
      current.number,
      '签订合同《二期扩容》',
      null,
      null,
      12_345.67,
      null,
      44_745.66,
    ])
    // Text a spreadsheet would run as a formula stays text.
    expect(values(5)).toEqual([
      day('2026-10-20'),
      current.number,
      '回款：首付',
      '银行转账',
      `'=HYPERLINK("x")`,
      null,
      5000,
      39_745.66,
    ])
    expect(values(6)).toEqual([
      day('2026-10-25'),
      current.number,
      '红冲：银行退票',
      '银行转账',
      `'=HYPERLINK("x")`,
      5000,
      null,
      44_745.66,
    ])
    expect(values(7)).toEqual([null, null, '本期合计', null, null, 17_345.67, 5000, null])
    expect(values(8)).toEqual([
      day('2026-11-30'),
      null,
      '期末余额',
      null,
      null,
      null,
      null,
      44_745.66,
    ])
    expect(sheet.rowCount).toBe(8)
    // The figures are the statement's, exactly.
    expect(Math.round((sheet.getCell('H8').value as number) * 100)).toBe(
      statement.closingBalanceCents,
    )
    expect(Math.round((sheet.getCell('H3').value as number) * 100)).toBe(
      statement.openingBalanceCents,
    )
    // Real types: dates are dates, money is a number formatted in yuan.
    expect(sheet.getCell('A4').type).toBe(4) // ExcelJS.ValueType.Date
    expect(sheet.getCell('A4').numFmt).toBe('yyyy-mm-dd')
    expect(sheet.getCell('F4').type).toBe(2) // ExcelJS.ValueType.Number
    expect(sheet.getCell('F4').numFmt).toBe('"¥"#,##0.00')
    expect(sheet.getCell('H8').numFmt).toBe('"¥"#,##0.00')

    const english = await ok(core, 'exports.list', {
      entity: 'statement',
      filter: { customerId: customer.id, from: '2026-10-01', to: '2026-11-30' },
      locale: 'en',
    })
    expect(english.name).toBe('Statement-杭州鑫源贸易有限公司-2026-10-01-to-2026-11-30.xlsx')
    const en = (await readBack(english.base64)).getWorksheet('Statement')!
    expect(en.getCell('A1').value).toBe(
      '杭州小微软件有限公司  Customer statement  杭州鑫源贸易有限公司  2026-10-01 to 2026-11-30',
    )
    expect(en.getCell('C3').value).toBe('Opening balance')
    expect(en.getCell('D5').value).toBe('Bank transfer')
    expect(en.getCell('C8').value).toBe('Closing balance')
    core.close()
  })

  it('refuses a missing customer, a reversed range or no filter', async () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const refused = async (filter: unknown) => {
      const result = await call(core, 'exports.list', { entity: 'statement', filter })
      expect(result.ok).toBe(false)
      return result.ok
        ? null
        : [result.error.code, result.error.details?.[0]?.key ?? result.error.key]
    }
    expect(await refused({ customerId: 999, from: '2026-01-01', to: '2026-12-31' })).toEqual([
      'NOT_FOUND',
      'errors.notFound',
    ])
    expect(
      await refused({ customerId: customer.id, from: '2026-12-31', to: '2026-01-01' }),
    ).toEqual(['VALIDATION', 'errors.statementRange'])
    expect(await refused(undefined)).toEqual(['VALIDATION', 'errors.invalid_value'])
    core.close()
  })
})
