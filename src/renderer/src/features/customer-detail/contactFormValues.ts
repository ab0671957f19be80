import type { TFunction } from 'i18next'
import type { Contact, ContactCreateInput } from '../../../../shared/api'
import type { CustomFormValue } from '../../lib/customFieldForm'
import { normalizeDateText } from '../../lib/dateText'

export interface ContactFormValues {
  name: string
  title: string
  phone: string
  email: string
  wechat: string
  birthday: string
  notes: string
  isPrimary: boolean
  /** Custom values the user has changed, by field key; see lib/customFieldForm.ts. */
  custom: Record<string, CustomFormValue>
}

export type ContactFormField = Exclude<keyof ContactFormValues, 'custom'>

/** In the order of the form; also the labels' keys (contacts.fields.<field>). */
export const CONTACT_FORM_FIELDS: readonly ContactFormField[] = [
  'name',
  'title',
  'phone',
  'email',
  'wechat',
  'birthday',
  'notes',
  'isPrimary',
]

export const CONTACT_ERROR_FIELDS: Readonly<Record<string, ContactFormField>> = {
  'errors.dateInFuture': 'birthday',
}

const TEXT_FIELDS = ['title', 'phone', 'email', 'wechat', 'birthday', 'notes'] as const

export function contactToValues(contact: Contact | null): ContactFormValues {
  return {
    name: contact?.name ?? '',
    title: contact?.title ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    wechat: contact?.wechat ?? '',
    birthday: contact?.birthday ?? '',
    notes: contact?.notes ?? '',
    isPrimary: contact?.isPrimary ?? false,
    custom: {},
  }
}

/** Every fixed field is sent, so clearing one in the form clears it in the record (custom: see customPatch). */
export function contactValuesToInput(
  values: ContactFormValues,
): Omit<ContactCreateInput, 'customerId'> {
  const input: Omit<ContactCreateInput, 'customerId'> = { name: values.name.trim() }
  for (const field of TEXT_FIELDS) {
    const text = values[field].trim()
    input[field] = text === '' ? null : text
  }
  if (input.birthday) input.birthday = normalizeDateText(input.birthday) ?? input.birthday
  // false would not un-make a primary contact (the core keeps exactly one); only true is meaningful.
  if (values.isPrimary) input.isPrimary = true
  return input
}

export function validateContact(
  values: ContactFormValues,
  t: TFunction,
): Partial<Record<ContactFormField, string>> {
  return values.name.trim() === '' ? { name: t('errors.required') } : {}
}
