import type { TFunction } from 'i18next'
import type { ImportField } from '../../../../shared/api'

/** A field's name in the user's language (a custom field's own label). */
export function fieldLabel(
  t: TFunction,
  field: ImportField | undefined,
  key: string | null,
): string {
  if (!key) return t('import.mapping.skip')
  if (!field) return key
  return field.label ?? t(field.labelKey, { defaultValue: key })
}
