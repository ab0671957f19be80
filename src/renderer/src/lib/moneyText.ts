import { formatCents } from '../../../shared/money'

/** Cents as the text a money input shows: 123456 → "1,234.56" (no ¥; the input shows it beside). */
export function centsToYuanText(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isSafeInteger(value) ? formatCents(value, '') : ''
}

/** An amount for reading: ¥1,234.56, or '—' for nothing yet (0 or null). */
export function moneyOrDash(value: number | null | undefined): string {
  return typeof value === 'number' && value !== 0 ? formatCents(value) : '—'
}
