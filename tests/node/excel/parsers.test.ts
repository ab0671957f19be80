import ExcelJS from 'exceljs'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseDateCell, phoneText, serialToDate } from '../../../src/main/core/excel/cells'
import { detectEncoding } from '../../../src/main/core/excel/read-text'
import { openTestCore } from '../helpers'
import { call, csvFile, file, ok, xlsFile, xlsxFile, zipEntries, zipOf } from './helpers'

describe('cells', () => {
  it('reads every date form people keep', () => {
    for (const cell of [
      { date: '2024-03-05' },
      45356,
      '2024年3月5日',
      '2024年03月05号',
      '2024/3/5',
      '2024.03.05',
      '2024-3-5',
      '20240305',
      20240305,
      '2024/3/5 14:30',
      '２０２４年３月５日',
    ])
      expect(parseDateCell(cell), JSON.stringify(cell)).toBe('2024-03-05')
    expect(parseDateCell('2024/2/30')).toBeNull()
    expect(parseDateCell('明天')).toBeNull()
    expect(serialToDate(61)).toBe('1900-03-01')
  })

  it('keeps phones as entered but half-width and without exponents', () => {
    expect(phoneText('１３８ ００１３ ８０００')).toBe('138 0013 8000')
    expect(phoneText(13800138000)).toBe('13800138000')
    expect(phoneText('  +86 139-0000-1234 ')).toBe('+86 139-0000-1234')
  })

  it('detects UTF-8, a BOM, and GBK', () => {
    expect(detectEncoding(Buffer.from('客户名称,电话\n华达,138', 'utf8'))).toBe('utf-8')
    expect(detectEncoding(csvFile([['客户名称']], 'utf-8-bom'))).toBe('utf-8')
    expect(
      detectEncoding(
        csvFile(
          [
            ['客户名称', '电话'],
            ['温州永创鞋业有限公司', '13900001111'],
          ],
          'gbk',
        ),
      ),
    ).toBe('gb18030')
  })
})

describe('reading files', () => {
  it('a CSV with a BOM and a GBK CSV give the same rows', async () => {
    const core = openTestCore()
    const rows = [
      ['客户名称', '手机', '录入日期'],
      ['温州永创鞋业有限公司', '139 0000 1111', '2024/3/5'],
    ]
    const bom = await ok(core, 'imports.preview', {
      entity: 'customers',
      file: file('a.csv', csvFile(rows, 'utf-8-bom')),
    })
    const gbk = await ok(core, 'imports.preview', {
      entity: 'customers',
      file: file('b.csv', csvFile(rows, 'gbk')),
    })
    expect(bom.columns.map((c) => c.header)).toEqual(['客户名称', '手机', '录入日期'])
    expect(gbk.rows[0]!.cells).toEqual(bom.rows[0]!.cells)
    expect(bom.mapping).toEqual(['name', 'phone', 'createdDate'])
  })

  it('an .xls (BIFF8) with a title row', async () => {
    const core = openTestCore()
    const xls = xlsFile([
      ['2024年客户表'],
      ['单位名称', '手机号码', '录入日期'],
      ['华达', '１３８ 0013 8000', new Date(Date.UTC(2024, 2, 5))],
    ])
    const preview = await ok(core, 'imports.preview', {
      entity: 'customers',
      file: file('old.xls', xls),
    })
    expect(preview).toMatchObject({
      format: 'xls',
      headerRow: 2,
      mapping: ['name', 'phone', 'createdDate'],
    })
    expect(preview.rows[0]!.cells).toEqual(['华达', '１３８ 0013 8000', '2024-03-05'])
  })

  it('a formula cell imports as its cached value, never evaluated', async () => {
    const core = openTestCore()
    const buffer = await xlsxFile([
      ['客户名称', '备注'],
      ['华达', { formula: 'CONCATENATE("老","客户")', result: '老客户' }],
    ])
    await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('f.xlsx', buffer),
      onDuplicate: 'skip',
    })
    expect(core.ok('customers.list', {}).rows[0]!.notes).toBe('老客户')
  })

  it('refuses what is not a spreadsheet, before anything is written', async () => {
    const core = openTestCore()
    const refusal = async (name: string, bytes: Buffer) => {
      const result = await call(core, 'imports.commit', {
        entity: 'customers',
        file: file(name, bytes),
        onDuplicate: 'skip',
      })
      return result.ok ? 'accepted' : result.error.key
    }
    expect(await refusal('a.xlsx', Buffer.alloc(0))).toBe('errors.importEmpty')
    expect(await refusal('notes.xlsx', Buffer.from('just some notes'))).toBe(
      'errors.importWrongType',
    )
    expect(await refusal('a.docx', Buffer.from('PK'))).toBe('errors.importUnsupported')
    expect(await refusal('a.xlsx', Buffer.from('PK\u0003\u0004 broken zip'))).toBe(
      'errors.importDamaged',
    )
    expect(await refusal('a.csv', Buffer.from([0x00, 0x01, 0x02, 0x03]))).toBe(
      'errors.importWrongType',
    )
    expect(core.ok('backups.list', null)).toHaveLength(0)
  })

  it('reads a workbook whose worksheet comes before workbook.xml in the zip', async () => {
    const core = openTestCore()
    const original = await xlsxFile(
      [
        ['客户名称', '录入日期'],
        ['华达', new Date(Date.UTC(2024, 2, 5))],
      ],
      { dateColumns: [2] },
    )
    const parts = await zipEntries(original)
    // Relationships and shared strings first, then the sheet, then the rest (workbook.xml).
    const rank = (name: string) =>
      name === 'xl/_rels/workbook.xml.rels' || name === 'xl/sharedStrings.xml'
        ? 0
        : name.startsWith('xl/worksheets/')
          ? 1
          : 2
    const sheetFirst = [...parts].sort((a, b) => rank(a.name) - rank(b.name))
    const names = sheetFirst.map((p) => p.name)
    expect(names.indexOf('xl/workbook.xml')).toBeGreaterThan(
      names.indexOf('xl/worksheets/sheet1.xml'),
    )
    expect(names).toContain('xl/sharedStrings.xml')
    const preview = await ok(core, 'imports.preview', {
      entity: 'customers',
      file: file('order.xlsx', zipOf(sheetFirst)),
    })
    expect(preview.rows[0]!.cells[0]).toBe('华达')
    expect(preview.mapping).toEqual(['name', 'createdDate'])
  })

  it('refuses a zip bomb by its inflate ratio', async () => {
    const core = openTestCore()
    const bomb = zipWith('xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x20))
    const result = await call(core, 'imports.preview', {
      entity: 'customers',
      file: file('bomb.xlsx', bomb),
    })
    expect(result).toMatchObject({ ok: false, error: { key: 'errors.importZipBomb' } })
  })

  it('streams a sheet of many rows and counts them', async () => {
    const core = openTestCore()
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('客户')
    sheet.addRow(['客户名称', '电话'])
    for (let i = 0; i < 20_000; i++)
      sheet.addRow([`客户${i}号`, `138${String(i).padStart(8, '0')}`])
    const buffer = Buffer.from(await book.xlsx.writeBuffer())
    const preview = await ok(core, 'imports.preview', {
      entity: 'customers',
      file: file('big.xlsx', buffer),
    })
    expect(preview.totalRows).toBe(20_000)
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('big.xlsx', buffer),
      onDuplicate: 'create',
    })
    expect(summary.created).toBe(20_000)
    expect(core.ok('customers.list', { q: '13800019999' }).total).toBe(1)
  }, 60_000)
})

/** A one-entry zip (deflated), its sizes declared honestly: the ratio alone gives it away. */
function zipWith(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content, { level: 9 })
  const nameBytes = Buffer.from(name)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(0, 14)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(nameBytes.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(0, 16)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(content.length, 24)
  central.writeUInt16LE(nameBytes.length, 28)
  central.writeUInt32LE(0, 42)
  const centralOffset = local.length + nameBytes.length + data.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + nameBytes.length, 12)
  end.writeUInt32LE(centralOffset, 16)
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end])
}

describe('the parts of an .xlsx in any order', () => {
  it('read the same rows, dates and text whichever part comes first or last', async () => {
    const original = await xlsxFile(
      [
        ['客户名称', '录入日期', '金额'],
        ['杭州华达贸易', new Date(Date.UTC(2024, 2, 5)), '¥12,345.60'],
        ['不存在的公司', null, 100],
        ['杭州华达贸易有限公司', new Date(Date.UTC(2025, 1, 28)), 1],
      ],
      { dateColumns: [2] },
    )
    const parts = await zipEntries(original)
    const orders = [
      [...parts].reverse(),
      ...parts.map((p) => [p, ...parts.filter((q) => q !== p)]),
      ...parts.map((p) => [...parts.filter((q) => q !== p), p]),
    ]
    const core = openTestCore()
    const read = async (buffer: Buffer) => {
      const preview = await ok(core, 'imports.preview', {
        entity: 'customers',
        file: file('order.xlsx', buffer),
      })
      return { rows: preview.rows.map((r) => r.cells), mapping: preview.mapping }
    }
    const expected = await read(original)
    expect(expected.rows).toHaveLength(3)
    for (const order of orders)
      expect(await read(zipOf(order)), order.map((p) => p.name).join(' ')).toEqual(expected)
  })
})
