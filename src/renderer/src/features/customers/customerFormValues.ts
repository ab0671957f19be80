import type { TFunction } from 'i18next'
import { normalizeDateText } from '../../lib/dateText'
import type {
  Customer,
  CustomerCreateInput,
  CustomerType,
  Grade,
  Stage,
} from '../../../../shared/api'
import type { CustomFormValue } from '../../lib/customFieldForm'

/** What the form edits: every text as a string ('' = empty), the pick lists as their values. */
export interface CustomerFormValues {
  type: CustomerType
  name: string
  shortName: string
  code: string
  grade: Grade | null
  stage: Stage
  ownerId: number | null
  industry: string
  source: string
  /** Source campaign (市场活动). */
  campaignId: number | null
  province: string
  city: string
  address: string
  phone: string
  email: string
  wechat: string
  website: string
  birthday: string
  tags: string[]
  notes: string
  /**
   * Custom values the user has changed, by field key. Untouched fields show the stored
   * value and are not sent (the core patches `custom`), see lib/customFieldForm.ts.
   */
  custom: Record<string, CustomFormValue>
}

export type CustomerFormField = Exclude<keyof CustomerFormValues, 'custom'>

export const CUSTOMER_FORM_FIELDS: readonly CustomerFormField[] = [
  'type',
  'name',
  'shortName',
  'code',
  'grade',
  'stage',
  'ownerId',
  'industry',
  'source',
  'province',
  'city',
  'address',
  'phone',
  'email',
  'wechat',
  'website',
  'birthday',
  'campaignId',
  'tags',
  'notes',
]

/** Errors the core raises about one field without a VALIDATION detail. */
export const CUSTOMER_ERROR_FIELDS: Readonly<Record<string, CustomerFormField>> = {
  'errors.customerCodeTaken': 'code',
  'errors.unknownOwner': 'ownerId',
  'errors.dateInFuture': 'birthday',
}

const TEXT_FIELDS = [
  'shortName',
  'industry',
  'source',
  'province',
  'city',
  'address',
  'phone',
  'email',
  'wechat',
  'website',
  'birthday',
  'notes',
] as const

export function emptyCustomerValues(): CustomerFormValues {
  return {
    type: 'company',
    name: '',
    shortName: '',
    code: '',
    grade: null,
    stage: 'lead',
    ownerId: null,
    industry: '',
    source: '',
    campaignId: null,
    province: '',
    city: '',
    address: '',
    phone: '',
    email: '',
    wechat: '',
    website: '',
    birthday: '',
    tags: [],
    notes: '',
    custom: {},
  }
}

export function customerToValues(customer: Customer): CustomerFormValues {
  const values = emptyCustomerValues()
  for (const field of TEXT_FIELDS) values[field] = customer[field] ?? ''
  return {
    ...values,
    type: customer.type,
    name: customer.name,
    code: customer.code,
    grade: customer.grade,
    stage: customer.stage,
    ownerId: customer.ownerId,
    campaignId: customer.campaignId,
    tags: customer.tags.map((tag) => tag.name),
  }
}

/**
 * The input for customers.create / customers.update. Every field is sent, so
 * clearing a field in the form clears it in the record; a blank code is left
 * out so the core numbers a new customer (and keeps an existing one's code).
 */
export function valuesToInput(values: CustomerFormValues): CustomerCreateInput {
  const input: CustomerCreateInput = {
    type: values.type,
    name: values.name.trim(),
    grade: values.grade,
    stage: values.stage,
    ownerId: values.ownerId,
    campaignId: values.campaignId,
    tags: values.tags,
  }
  for (const field of TEXT_FIELDS) {
    const text = values[field].trim()
    input[field] = text === '' ? null : text
  }
  if (input.birthday) input.birthday = normalizeDateText(input.birthday) ?? input.birthday
  const code = values.code.trim()
  if (code !== '') input.code = code
  return input
}

/** The checks worth making before a round trip; the core checks everything again. */
export function validateLocally(
  values: CustomerFormValues,
  t: TFunction,
): Partial<Record<CustomerFormField, string>> {
  const errors: Partial<Record<CustomerFormField, string>> = {}
  if (values.name.trim() === '') errors.name = t('errors.required')
  return errors
}
