import { Divider, SimpleGrid } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomField } from '../../../shared/api'
import { customFormValue, type CustomFormValue } from '../lib/customFieldForm'
import type { CustomValue } from '../lib/customFieldValue'
import { CustomFieldInput } from './CustomFieldInput'

type EditedCustom = Record<string, CustomFormValue>

/**
 * What this needs of a Mantine form whose values hold `custom` (the values the user
 * has changed, by field key): the customer form and the contact form both fit.
 */
export interface CustomValuesForm {
  values: { custom: EditedCustom }
  errors: Record<string, ReactNode>
  getValues: () => { custom: EditedCustom }
  setFieldValue: (path: 'custom', value: EditedCustom) => void
  clearFieldError: (path: string) => void
}

export interface CustomFieldInputsProps {
  form: CustomValuesForm
  /** The active custom fields, in their order. */
  fields: readonly CustomField[]
  /** The record's stored values (empty for a new record). */
  stored: Readonly<Record<string, CustomValue>>
  /** See CustomFieldInput. */
  testIdPrefix: string
}

/**
 * The user-defined fields after a form's fixed ones, under a "自定义字段" divider; a field
 * shows its stored value until edited. Nothing when there are none.
 */
export function CustomFieldInputs({ form, fields, stored, testIdPrefix }: CustomFieldInputsProps) {
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
          <CustomFieldInput
            key={field.key}
            field={field}
            testIdPrefix={testIdPrefix}
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
