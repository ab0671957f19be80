import { Divider, SimpleGrid } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { CustomField } from '../../../../../shared/api'
import type { CustomValue } from '../../../lib/customFieldValue'
import { customFormValue } from '../customFieldValues'
import type { CustomerFormValues } from '../customerFormValues'
import { CustomerFormCustomField } from './CustomerFormCustomField'

export interface CustomerFormCustomFieldsProps {
  form: UseFormReturnType<CustomerFormValues>
  /** The active custom fields, in their order. */
  fields: CustomField[]
  /** The record's stored values (empty for a new customer). */
  stored: Record<string, CustomValue>
}

/** The user-defined fields after the fixed ones; a field shows its stored value until edited. */
export function CustomerFormCustomFields({ form, fields, stored }: CustomerFormCustomFieldsProps) {
  const { t } = useTranslation()
  if (fields.length === 0) return null
  const edited = form.values.custom
  return (
    <>
      <Divider
        label={t('detail.form.customFields')}
        labelPosition="left"
        mt="lg"
        mb="xs"
        data-testid="custom-fields-divider"
      />
      <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
        {fields.map((field) => (
          <CustomerFormCustomField
            key={field.key}
            field={field}
            value={
              Object.prototype.hasOwnProperty.call(edited, field.key)
                ? (edited[field.key] ?? null)
                : customFormValue(field, stored[field.key])
            }
            error={form.errors[`custom.${field.key}`]}
            onChange={(value) => {
              form.setFieldValue('custom', { ...form.getValues().custom, [field.key]: value })
              form.clearFieldError(`custom.${field.key}`)
            }}
          />
        ))}
      </SimpleGrid>
    </>
  )
}
