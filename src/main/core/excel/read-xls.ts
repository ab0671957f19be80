import * as XLSX from '@e965/xlsx'
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs'
import { MAX_SHEET_COLUMNS } from '../../../shared/api/excel'
import { utcCalendarDate, type Cell, type SheetRow } from './cells'
import { fileRefused, sheetLimits } from './refusals'

// Excel 95 (BIFF5) text is in the PC's code page (936 = GBK on Chinese Windows).
XLSX.set_cptable(cptable)

/**
 * Legacy .xls (BIFF8/BIFF5) through SheetJS CE 0.20.3. An .xls holds at most 65,536
 * rows, so reading it whole is bounded. Formulas come as their cached values; dates
 * as UTC dates (so the calendar day does not shift with the PC's time zone).
 */
export interface XlsBook {
  sheets: string[]
  rows(sheet: string): SheetRow[]
}

export function readXls(buffer: Buffer): XlsBook {
  let book: XLSX.WorkBook
  try {
    book = XLSX.read(buffer, {
      type: 'buffer',
      cellDates: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      dense: true,
      UTC: true,
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    if (/password|encrypt/i.test(message))
      throw fileRefused('errors.importEncrypted', 'The workbook is protected by a password')
    throw fileRefused('errors.importDamaged', 'The file is not a readable .xls workbook')
  }
  return {
    sheets: book.SheetNames,
    rows(sheet) {
      const ws = book.Sheets[sheet]
      if (!ws) throw fileRefused('errors.importSheetMissing', `No sheet named ${sheet}`, { sheet })
      const range = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']) : null
      if (range && range.e.c + 1 > MAX_SHEET_COLUMNS) throw sheetLimits.columns(range.e.c + 1)
      if (range && range.e.r + 1 > 1_048_576) throw sheetLimits.rows(range.e.r + 1)
      const arrays = XLSX.utils.sheet_to_json<unknown[]>(ws, {
        header: 1,
        raw: true,
        defval: null,
        blankrows: true,
        UTC: true,
      })
      const first = range ? range.s.r + 1 : 1
      return arrays.map((values, i) => ({ number: first + i, cells: values.map(xlsCell) }))
    },
  }
}

function xlsCell(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (value instanceof Date) {
    const date = utcCalendarDate(value)
    return date ? { date } : null
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value
  return null
}
