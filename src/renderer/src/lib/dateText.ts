import { isCalendarDate } from '../../../shared/dates'

/**
 * What people type for a date, turned into the contract's 'YYYY-MM-DD':
 * 2026-11-23, 2026/11/23, 2026.11.23, 2026-1-5, 20261123, 2026年11月23日, full-width digits.
 * Returns null when the text is not a real calendar date (the field then keeps
 * what was typed and the core's errors.date explains it).
 */
export function normalizeDateText(text: string): string | null {
  const halfWidth = text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/日$/, '')
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(halfWidth)
  const separated = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})$/.exec(halfWidth)
  const match = compact ?? separated
  if (!match) return null
  const [, y = '', m = '', d = ''] = match
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  return isCalendarDate(date) ? date : null
}
