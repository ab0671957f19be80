import type { SpreadsheetFile } from '../../../shared/api/excel'
import type { SheetRow } from './cells'
import { countCsvRows, detectEncoding, looksLikeText, readCsvRows } from './read-text'
import { readXls } from './read-xls'
import { readXlsxRows } from './read-xlsx'
import { fileRefused } from './refusals'
import type { ReadHints, Reader } from './xlsx-thread'
import { inspectXlsx } from './zip-check'

/**
 * A workbook to import, whatever it was: .xlsx, .xls or .csv, decided by its bytes and
 * checked against its name. Everything that makes a file unreadable is found here,
 * before a row is handed out and long before anything is written.
 */
export interface WorkbookSource {
  format: 'xlsx' | 'xls' | 'csv'
  encoding?: string
  sheets: string[]
  /** Rows of the sheet as the file records them (blank rows may count). */
  rowCount(sheet: string): Promise<number>
  /**
   * Given a reader thread, an .xlsx is unzipped and parsed there (xlsx-thread.ts), which
   * takes the file's bytes over: once only. `hints` tell that thread what else it may
   * work out for the import (the names' pinyin).
   */
  rows(sheet: string, reader?: Reader | null, hints?: ReadHints): AsyncGenerator<SheetRow>
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function startsWith(buffer: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => buffer[i] === byte)
}

export function decodeFile(file: SpreadsheetFile): Buffer {
  const base64 = file.base64.replace(/^data:[^,]*,/, '')
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(base64))
    throw fileRefused('errors.importNotBase64', 'The file did not arrive intact (not base64)')
  const buffer = Buffer.from(base64, 'base64')
  if (buffer.length === 0) throw fileRefused('errors.importEmpty', 'The file is empty (0 bytes)')
  return buffer
}

function extension(name: string): string {
  return /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? ''
}

function notWhatItClaims(name: string, actual: string): never {
  throw fileRefused(
    'errors.importWrongType',
    `${name} is not a spreadsheet of the kind its name says (it looks like ${actual})`,
    { name, actual },
  )
}

export async function openSource(file: SpreadsheetFile): Promise<WorkbookSource> {
  const buffer = decodeFile(file)
  const ext = extension(file.name)
  if (!['xlsx', 'xlsm', 'xls', 'csv', 'txt'].includes(ext))
    throw fileRefused('errors.importUnsupported', `Kehu imports .xlsx, .xls and .csv files`, {
      name: file.name,
    })
  if (startsWith(buffer, ZIP)) {
    if (ext !== 'xlsx' && ext !== 'xlsm') notWhatItClaims(file.name, 'xlsx')
    const inspection = await inspectXlsx(buffer)
    const parts = new Map(inspection.sheets.map((s) => [s.name, s]))
    let handedOver = false
    return {
      format: 'xlsx',
      sheets: inspection.sheets.map((s) => s.name),
      rowCount: (sheet) => Promise.resolve(parts.get(sheet)?.rows ?? 0),
      rows: (sheet, reader, hints) => {
        const part = parts.get(sheet)?.part ?? ''
        if (!reader) return readXlsxRows(buffer, sheet, part)
        // The reader takes the bytes over; the file is read so once, by the import.
        if (handedOver) throw new Error('This workbook was handed to a reader thread already')
        handedOver = true
        return reader.rows(buffer, sheet, part, hints)
      },
    }
  }
  if (startsWith(buffer, OLE)) {
    // An encrypted .xlsx is an OLE container too; SheetJS says so and we refuse it.
    if (ext !== 'xls' && ext !== 'xlsx') notWhatItClaims(file.name, 'xls')
    const book = readXls(buffer)
    return {
      format: 'xls',
      sheets: book.sheets,
      rowCount: (sheet) => Promise.resolve(book.rows(sheet).length),
      // eslint-disable-next-line @typescript-eslint/require-await -- an .xls is read whole
      rows: async function* (sheet) {
        yield* book.rows(sheet)
      },
    }
  }
  if (ext !== 'csv' && ext !== 'txt')
    notWhatItClaims(file.name, looksLikeText(buffer) ? 'text' : 'binary')
  if (!looksLikeText(buffer)) notWhatItClaims(file.name, 'binary')
  const encoding = detectEncoding(buffer)
  const sheet = file.name.replace(/\.[^.]+$/, '') || 'CSV'
  return {
    format: 'csv',
    encoding,
    sheets: [sheet],
    rowCount: () => countCsvRows(buffer, encoding),
    rows: () => readCsvRows(buffer, encoding),
  }
}
