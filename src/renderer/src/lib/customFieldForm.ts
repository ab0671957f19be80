import type { TFunction } from 'i18next'
import type { CustomField } from '../../../shared/api'
import { parseYuan } from '../../../shared/money'
import type { CustomValue } from './customFieldValue'
import { normalizeDateText } from './dateText'
import { centsToYuanText } from './moneyText'

/**
 * Custom field values in a form (a customer's, a contact's): what the inputs hold and
 * what the contract takes.
 *
 * A custom value while the form edits it: text, date and money (in yuan) as text,
 * number as NumberInput gives it (a number, or '' when empty), single as the option
 * or null, multi as the chosen options.
 */
export type CustomFormValue = string | number | string[] | null

/** The form's starting value for one field from the stored one. */
export function customFormValue(
  field: CustomField,
  stored: CustomValue | undefined,
): CustomFormValue {
  switch (field.type) {
    case 'money':
      return typeof stored === 'number' ? centsToYuanText(stored) : ''
    case 'number':
      return typeof stored === 'number' ? stored : ''
    case 'multi':
      return Array.isArray(stored) ? stored : []
    case 'single':
      return typeof stored === 'string' && stored !== '' ? stored : null
    case 'text':
    case 'date':
      return stored === null || stored === undefined ? '' : String(stored)
  }
}

export type CustomInputResult = { ok: true; value: CustomValue } | { ok: false; key: string }

const ok = (value: CustomValue): CustomInputResult => ({ ok: true, value })

function asText(value: CustomFormValue): string {
  if (value === null) return ''
  return Array.isArray(value) ? value.join(',') : String(value).trim()
}

/**
 * What the contract takes for one field, or the translation key of why it cannot be
 * sent. Empty is null (it clears the value). Money is integer 分 via parseYuan.
 */
export function customInputValue(field: CustomField, value: CustomFormValue): CustomInputResult {
  switch (field.type) {
    case 'money': {
      const text = asText(value)
      if (text === '') return ok(null)
      const amount = parseYuan(text)
      return amount === null ? { ok: false, key: 'errors.customMoney' } : ok(amount)
    }
    case 'number': {
      if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : ok(null)
      const text = asText(value).replace(/,/g, '')
      if (text === '') return ok(null)
      const number = Number(text)
      return Number.isFinite(number) ? ok(number) : { ok: false, key: 'errors.customNumber' }
    }
    case 'date': {
      const text = asText(value)
      if (text === '') return ok(null)
      const date = normalizeDateText(text)
      return date === null ? { ok: false, key: 'errors.date' } : ok(date)
    }
    case 'multi':
      return ok(Array.isArray(value) && value.length > 0 ? value : null)
    case 'single':
    case 'text': {
      const text = asText(value)
      return ok(text === '' ? null : text)
    }
  }
}

export interface CustomPatch {
  /** Only the fields the user changed: the core treats `custom` as a patch. */
  custom: Record<string, CustomValue>
  /** Translation key per form path (`custom.<key>`) of a value that cannot be sent. */
  errors: Record<string, string>
}

export function customPatch(
  fields: readonly CustomField[],
  edited: Readonly<Record<string, CustomFormValue>>,
): CustomPatch {
  const patch: CustomPatch = { custom: {}, errors: {} }
  for (const field of fields) {
    if (!Object.prototype.hasOwnProperty.call(edited, field.key)) continue
    const result = customInputValue(field, edited[field.key] ?? null)
    if (result.ok) patch.custom[field.key] = result.value
    else patch.errors[`custom.${field.key}`] = result.key
  }
  return patch
}

/** The patch's errors in the user's language, by form path, to show under their inputs. */
export function customErrorTexts(t: TFunction, patch: CustomPatch): Record<string, string> {
  return Object.fromEntries(Object.entries(patch.errors).map(([path, key]) => [path, t(key)]))
}
