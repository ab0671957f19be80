import { z } from 'zod'
import { id } from './common'
import { method, type MethodTable, TOUCHES } from './method'

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'money', 'date', 'single', 'multi'] as const
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number]
export const CUSTOM_FIELD_ENTITIES = ['customer', 'contact'] as const

const options = z.array(z.string().trim().min(1).max(50)).max(100)

export const customFieldCreateInput = z
  .strictObject({
    entity: z.enum(CUSTOM_FIELD_ENTITIES),
    label: z.string().trim().min(1).max(40),
    type: z.enum(CUSTOM_FIELD_TYPES),
    options: options.optional(),
  })
  .refine((v) => !(v.type === 'single' || v.type === 'multi') || (v.options?.length ?? 0) > 0, {
    message: 'A choice field needs at least one option',
    path: ['options'],
    params: { key: 'errors.optionsRequired' },
  })
export const customFieldUpdateInput = z.strictObject({
  id,
  label: z.string().trim().min(1).max(40).optional(),
  options: options.optional(),
  position: z.number().int().min(0).max(1000).optional(),
  active: z.boolean().optional(),
})
export const customFieldListInput = z
  .strictObject({ entity: z.enum(CUSTOM_FIELD_ENTITIES).optional() })
  .nullish()

export interface CustomField {
  id: number
  entity: (typeof CUSTOM_FIELD_ENTITIES)[number]
  key: string
  label: string
  type: CustomFieldType
  options: string[]
  position: number
  active: boolean
}

export const savedViewSaveInput = z.strictObject({
  entity: z.enum(['customers']),
  name: z.string().trim().min(1).max(40),
  /** Filters, columns and sort as the list page keeps them. */
  state: z.record(z.string().max(40), z.unknown()),
})
export interface SavedView {
  id: number
  entity: string
  name: string
  state: Record<string, unknown>
}

export const customFieldMethods = {
  'customFields.list': method<CustomField[]>()(customFieldListInput),
  'customFields.create': method<CustomField>()(customFieldCreateInput, {
    touches: TOUCHES.customFields,
  }),
  'customFields.update': method<CustomField>()(customFieldUpdateInput, {
    touches: TOUCHES.customFields,
  }),
  'views.list': method<SavedView[]>()(z.strictObject({ entity: z.enum(['customers']) })),
  'views.save': method<SavedView>()(savedViewSaveInput, { touches: TOUCHES.views }),
  'views.delete': method<null>()(z.strictObject({ id }), { touches: TOUCHES.views }),
} satisfies MethodTable
