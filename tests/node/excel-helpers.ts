import ExcelJS from 'exceljs'
import * as XLSX from '@e965/xlsx'
import iconv from 'iconv-lite'
import type { MethodName, MethodOutput, Result } from '../../src/shared/api'
import type { TestCore } from './helpers'

/** Spreadsheets built in code for the importer's tests: each shape people really keep. */
export type Cellish = string | number | boolean | Date | null | { formula: string; result: unknown }

export function file(name: string, buffer: Buffer | Uint8Array) {
  return { name, base64: Buffer.from(buffer).toString('base64') }
}

/** An .xlsx with a merged title row over the headers (the 2024年客户信息表 shape). */
export async function xlsxFile(
  rows: Cellish[][],
  options: { title?: string; sheet?: string; dateColumns?: number[]; extraSheets?: string[] } = {},
): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  for (const name of options.extraSheets ?? []) book.addWorksheet(name).addRow(['说明'])
  const sheet = book.addWorksheet(options.sheet ?? '客户')
  if (options.title) {
    sheet.addRow([options.title])
    sheet.mergeCells(1, 1, 1, Math.max(2, rows[0]?.length ?? 2))
  }
  for (const row of rows) sheet.addRow(row)
  for (const column of options.dateColumns ?? []) sheet.getColumn(column).numFmt = 'yyyy-mm-dd'
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** A legacy .xls (BIFF8) written by SheetJS. */
export function xlsFile(rows: unknown[][], sheet = '客户'): Buffer {
  const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, UTC: true })
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, ws, sheet)
  return XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer
}

export function csvFile(
  rows: string[][],
  encoding: 'utf-8' | 'utf-8-bom' | 'gbk' = 'utf-8',
): Buffer {
  const text = rows
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
    .join('\r\n')
  if (encoding === 'gbk') return iconv.encode(text, 'gbk')
  return Buffer.from((encoding === 'utf-8-bom' ? '\uFEFF' : '') + text, 'utf8')
}

export async function call(
  core: TestCore,
  method: string,
  input?: unknown,
): Promise<Result<unknown>> {
  return core.api.dispatchAsync(method, input)
}

export async function ok<M extends MethodName>(
  core: TestCore,
  method: M,
  input?: unknown,
): Promise<MethodOutput<M>> {
  const result = await core.api.dispatchAsync(method, input)
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`)
  return result.value
}

/** Reads an .xlsx the core wrote, the way a test looks at it: rows of cell values. */
export async function readBack(base64: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer)
  return book
}

export const MESSY_HEADERS = [
  '序号',
  '单位名称',
  '联系人',
  '手机号码',
  '所属行业',
  '客户级别',
  '录入日期',
  '备注',
]
