import ExcelJS from 'exceljs'
import { Readable } from 'node:stream'
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../../../shared/api/excel'
import { utcCalendarDate, type Cell, type SheetRow } from './cells'
import { fileRefused, sheetLimits } from './refusals'
import { partsInReadingOrder } from './zip-check'

/**
 * Streams one worksheet of an .xlsx with exceljs's WorkbookReader (styles cached, so
 * date-formatted numbers arrive as dates). Memory stays bounded: rows are handed over
 * one at a time and forgotten.
 */
export async function* readXlsxRows(
  buffer: Buffer,
  sheet: string,
  part: string,
): AsyncGenerator<SheetRow> {
  const ordered = await partsInReadingOrder(buffer)
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([ordered.buffer]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  })
  // Zip writers order parts as they finish, so a sheet can come before xl/workbook.xml or
  // xl/styles.xml: the parts are put in reading order first (partsInReadingOrder), and
  // patches/exceljs+4.4.0.patch makes the reader wait for both in any case (unpatched, such a
  // sheet lost its name and dates, or the reader threw).
  // No shared strings part (inline strings, as our own exports write): nothing to wait for,
  // or exceljs would park every sheet in a temp file.
  if (!ordered.names.includes('xl/sharedStrings.xml'))
    (reader as unknown as { sharedStrings?: unknown[] }).sharedStrings = []
  const partNumber = /sheet(\d+)\.xml$/.exec(part)?.[1]
  let found = false
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as {
      id?: number
      name?: string
      [Symbol.asyncIterator](): AsyncIterator<unknown>
    }
    // exceljs names a sheet from workbook.xml; read before it, a sheet is "Sheet<part number>".
    const named =
      ws.name === sheet || (ws.name === `Sheet${String(ws.id)}` && String(ws.id) === partNumber)
    if (!named) continue
    found = true
    for await (const row of ws as AsyncIterable<{ number: number; values: unknown }>) {
      if (row.number > MAX_SHEET_ROWS) throw sheetLimits.rows(row.number)
      const values = row.values as unknown[]
      if (values.length - 1 > MAX_SHEET_COLUMNS) throw sheetLimits.columns(values.length - 1)
      const cells: Cell[] = []
      for (let i = 1; i < values.length; i++) cells.push(toCell(values[i]))
      yield { number: row.number, cells }
    }
    break
  }
  if (!found) throw fileRefused('errors.importSheetMissing', `No sheet named ${sheet}`, { sheet })
}

/** exceljs cell values (text, numbers, dates, rich text, formulas, links, errors) → Cell. */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value
  if (value instanceof Date) {
    const date = utcCalendarDate(value)
    return date ? { date } : null
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>
    if (Array.isArray(v.richText))
      return (v.richText as { text?: unknown }[])
        .map((r) => (typeof r.text === 'string' ? r.text : ''))
        .join('')
    // A formula: its cached result, never evaluated.
    if ('formula' in v || 'sharedFormula' in v) return toCell(v.result ?? null)
    if ('text' in v) return toCell(v.text)
    if ('error' in v) return typeof v.error === 'string' ? v.error : null
  }
  return null
}
