import type { CustomField } from '../../../shared/api'
import { formatCents } from '../../../shared/money'

/** What a custom field's value can be (the contract's customValue). */
export type CustomValue = string | number | boolean | null | string[]

/**
 * A custom field's value as text, by the field's type: money from 分 as ¥1,234.56,
 * a multi choice joined with 、, numbers with thousands separators. '' when empty.
 */
export function formatCustomValue(
  field: Pick<CustomField, 'type'>,
  value: CustomValue | undefined,
): string {
  if (value === null || value === undefined || value === '') return ''
  if (Array.isArray(value)) return value.join('、')
  switch (field.type) {
    case 'money':
      return typeof value === 'number' ? formatCents(value) : String(value)
    case 'number':
      return typeof value === 'number' ? value.toLocaleString('zh-CN') : String(value)
    default:
      return String(value)
  }
}
