import { z } from 'zod'
import { id, optionalDate, optionalEmail, optionalText } from './common'
import { customValue } from './customers'
import { method, type MethodTable, TOUCHES } from './method'
import type { Contact } from './customers'

const contactFields = {
  name: z.string().trim().min(1).max(100),
  title: optionalText(100),
  phone: optionalText(100),
  email: optionalEmail,
  wechat: optionalText(100),
  birthday: optionalDate,
  notes: optionalText(5000),
  isPrimary: z.boolean().optional(),
  custom: z.record(z.string().min(1).max(60), customValue).optional(),
}

export const contactCreateInput = z.strictObject({ customerId: id, ...contactFields })
export const contactUpdateInput = z.strictObject({
  id,
  ...contactFields,
  name: contactFields.name.optional(),
})
export const contactListInput = z.strictObject({ customerId: id })
export const contactIdInput = z.strictObject({ id })

export type ContactCreateInput = z.input<typeof contactCreateInput>
export type ContactUpdateInput = z.input<typeof contactUpdateInput>

export const contactMethods = {
  'contacts.create': method<Contact>()(contactCreateInput, { touches: TOUCHES.contact }),
  'contacts.update': method<Contact>()(contactUpdateInput, { touches: TOUCHES.contact }),
  'contacts.delete': method<null>()(contactIdInput, { touches: TOUCHES.contact }),
  'contacts.restore': method<Contact>()(contactIdInput, { touches: TOUCHES.contact }),
  'contacts.list': method<Contact[]>()(contactListInput),
} satisfies MethodTable
