import { isCalendarDate } from '../../../shared/dates'
import { parseYuan } from '../../../shared/money'
import { toHalfWidth } from '../../../shared/text'

/**
 * A cell as every reader hands it over: text, a number, a boolean, a date (a calendar
 * date 'YYYY-MM-DD' marked as such), or nothing. Formulas arrive as their cached
 * value; they are never evaluated.
 */
export type Cell = string | number | boolean | { date: string } | null

export interface SheetRow {
  /** 1-based row number in the sheet. */
  number: number
  cells: Cell[]
}

export function isDateCell(cell: Cell): cell is { date: string } {
  return typeof cell === 'object' && cell !== null
}

/** The calendar date of a Date that a spreadsheet library built from a serial (UTC midnight). */
export function utcCalendarDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null
  const y = date.getUTCFullYear()
  if (y < 1 || y > 9999) return null
  return `${String(y).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`
}

/** A number as a person typed it: 13800138000, not 1.3800138e10; 12.5, not 12.500000001. */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return value.toFixed(0)
  return String(Number(value.toPrecision(15)))
}

/** What a cell shows, as text: the preview and the rejected-rows file use this. */
export function cellText(cell: Cell): string {
  if (cell === null) return ''
  if (typeof cell === 'string') return cell
  if (typeof cell === 'number') return numberText(cell)
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE'
  return cell.date
}

/**
 * Trimmed text of a cell, full-width spaces included; '' for an empty cell. The apostrophe
 * our exports put before text that looks like a formula ('=…, '+86…) is taken off again.
 */
export function cellString(cell: Cell): string {
  const text = cellText(cell)
  const unquoted = typeof cell === 'string' && /^'[=+\-@\t\r\n]/.test(text) ? text.slice(1) : text
  return unquoted.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)

/**
 * An Excel serial day number (1900 date system) → 'YYYY-MM-DD'. Serial 60 is Lotus's
 * 1900-02-29, which never existed; counting from 1899-12-30 makes every later serial right.
 */
export function serialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null
  return utcCalendarDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000))
}

function calendar(y: number, m: number, d: number): string | null {
  const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  return isCalendarDate(text) ? text : null
}

/**
 * A date cell in any form people keep: a real date, an Excel serial, '2024年3月5日',
 * '2024/3/5', '2024.03.05', '2024-3-5', '20240305', with or without a time after it.
 * Returns null when the cell is not a date (an empty cell is not a date either).
 */
export function parseDateCell(cell: Cell): string | null {
  if (isDateCell(cell)) return cell.date
  if (typeof cell === 'number') {
    if (cell >= 19000101 && cell <= 99991231 && Number.isInteger(cell)) {
      return calendar(Math.floor(cell / 10000), Math.floor(cell / 100) % 100, cell % 100)
    }
    return serialToDate(cell)
  }
  if (typeof cell !== 'string') return null
  const text = toHalfWidth(cell).trim()
  let match =
    /^(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*[日号]?(?:[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?)?\s*$/.exec(
      text,
    )
  if (match) return calendar(Number(match[1]), Number(match[2]), Number(match[3]))
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (match) return calendar(Number(match[1]), Number(match[2]), Number(match[3]))
  if (/^\d+(\.\d+)?$/.test(text)) return serialToDate(Number(text))
  return null
}

/**
 * A phone cell as it should be stored: full-width digits and spaces made half-width,
 * the outside trimmed, a number cell written without exponent. Separators and +86 stay
 * as entered (API.md: phones are shown as entered and matched on their digits).
 */
export function phoneText(cell: Cell): string {
  if (typeof cell === 'number') return numberText(cell)
  return toHalfWidth(cellString(cell)).replace(/\s+/g, ' ').trim()
}

/** A number cell, or text that is a number ('1,234.5', '１２'); null otherwise. */
export function parseNumberCell(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null
  if (typeof cell !== 'string') return null
  const text = toHalfWidth(cell).replace(/[,\s]/g, '')
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null
  return Number(text)
}

/** Money in 分 from a number of yuan (12.5 → 1250) or text ('¥1,234.56'); null when not money. */
export function parseMoneyCell(cell: Cell): number | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return null
    return parseYuan(numberText(Math.round(cell * 100) / 100))
  }
  if (typeof cell !== 'string') return null
  return parseYuan(cell.trim())
}

/** Whether a whole row holds nothing but blanks. */
export function isBlankRow(cells: Cell[]): boolean {
  return cells.every((cell) => cellString(cell) === '')
}
