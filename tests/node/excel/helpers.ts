import ExcelJS from 'exceljs'
import * as XLSX from '@e965/xlsx'
import iconv from 'iconv-lite'
import { crc32, deflateRawSync } from 'node:zlib'
import type { MethodName, MethodOutput, Result } from '../../../src/shared/api'
import type { TestCore } from '../helpers'

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

/** The parts of a zip, in order (an .xlsx as its writer laid it out). */
export async function zipEntries(buffer: Buffer): Promise<{ name: string; data: Buffer }[]> {
  const yauzl = await import('yauzl')
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true })
  const entries: { name: string; data: Buffer }[] = []
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: import('yauzl').Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error)
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => {
          entries.push({ name: entry.fileName, data: Buffer.concat(chunks) })
          zip.readEntry()
        })
      })
    })
    zip.on('end', () => resolve())
    zip.on('error', reject)
    zip.readEntry()
  })
  return entries
}

/** A zip of the given parts in the given order, deflated, with honest sizes and CRCs. */
export function zipOf(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data)
    const crc = crc32(data)
    const nameBytes = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, packed)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + packed.length
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, ...centrals, end])
}

/** A plain customers sheet of `rows` rows; row `bad` (0-based) has a grade no one knows. */
export async function bigSheet(rows: number, bad?: number): Promise<Buffer> {
  const body: (string | null)[][] = [['客户名称', '手机', '客户级别', '省份']]
  for (let i = 0; i < rows; i++)
    body.push([
      `批量客户${i}号`,
      `139${String(i).padStart(8, '0')}`,
      i === bad ? 'Z级' : 'A',
      '浙江省',
    ])
  return xlsxFile(body)
}
