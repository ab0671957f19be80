import { useMutation, useQuery } from '@tanstack/react-query'
import type { CustomField, MethodInput } from '../../../shared/api'
import { api } from '../lib/api'
import { TOUCHES } from '../../../shared/api'
import { useRefresh } from '../lib/queries'

export const customFieldsKey = ['customFields'] as const

export type CustomFieldEntity = CustomField['entity']

/** Every custom field of one entity, active or not, in their order. */
export function useCustomFields(entity: CustomFieldEntity) {
  return useQuery({
    queryKey: [...customFieldsKey, entity],
    queryFn: () => api.call('customFields.list', { entity }),
  })
}

/**
 * The active custom fields of customers (optional list columns, filters, form fields)
 * or of contacts (the contact form and table); [] until the list arrives.
 */
export function useActiveCustomFields(entity: CustomFieldEntity): CustomField[] {
  return (useCustomFields(entity).data ?? []).filter((field) => field.active)
}

function useInvalidateCustomFields() {
  // Labels and options show up in customer lists, filters and the contacts tab too.
  return useRefresh(TOUCHES.customFields)
}

export function useCreateCustomField() {
  const invalidate = useInvalidateCustomFields()
  return useMutation({
    mutationFn: (input: MethodInput<'customFields.create'>) =>
      api.call('customFields.create', input),
    onSuccess: invalidate,
  })
}

export function useUpdateCustomField() {
  const invalidate = useInvalidateCustomFields()
  return useMutation({
    mutationFn: (input: MethodInput<'customFields.update'>) =>
      api.call('customFields.update', input),
    onSuccess: invalidate,
  })
}

/** Several position changes (a move up or down renumbers the neighbours), one after another. */
export function useReorderCustomFields() {
  const invalidate = useInvalidateCustomFields()
  return useMutation({
    mutationFn: async (changes: { id: number; position: number }[]) => {
      for (const change of changes) await api.call('customFields.update', change)
    },
    onSettled: invalidate,
  })
}
