import { MultiSelect, NumberInput, Select, TextInput } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomField } from '../../../shared/api'
import type { CustomFormValue } from '../lib/customFieldForm'
import { DateField } from './DateField'
import { MoneyInput } from './MoneyInput'

export interface CustomFieldInputProps {
  field: CustomField
  value: CustomFormValue
  error?: ReactNode
  onChange: (value: CustomFormValue) => void
  /** data-testid is `<testIdPrefix>-custom.<key>`: "field" in the customer form, "contact-field" in the contact form. */
  testIdPrefix: string
}

const asText = (value: CustomFormValue) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : ''

/** The options, plus a stored choice that has since been taken off the list (so it still shows). */
function optionsWith(options: string[], value: CustomFormValue): string[] {
  const chosen = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : []
  return [...options, ...chosen.filter((option) => !options.includes(option))]
}

/** The input for one user-defined field of a customer or a contact, chosen by its type. */
export function CustomFieldInput({
  field,
  value,
  error,
  onChange,
  testIdPrefix,
}: CustomFieldInputProps) {
  const { t } = useTranslation()
  const common = { label: field.label, error, 'data-testid': `${testIdPrefix}-custom.${field.key}` }
  switch (field.type) {
    case 'text':
      return (
        <TextInput
          {...common}
          value={asText(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )
    case 'number':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={onChange}
          thousandSeparator=","
          hideControls
          styles={{ input: { textAlign: 'right' } }}
        />
      )
    case 'money':
      return <MoneyInput {...common} value={asText(value)} onChange={onChange} />
    case 'date':
      return <DateField {...common} value={asText(value)} onChange={onChange} />
    case 'single':
      return (
        <Select<string>
          {...common}
          placeholder={t('customers.form.selectPlaceholder')}
          data={optionsWith(field.options, value)}
          value={typeof value === 'string' && value !== '' ? value : null}
          onChange={onChange}
          clearable
          searchable={field.options.length > 8}
        />
      )
    case 'multi':
      return (
        <MultiSelect
          {...common}
          placeholder={
            Array.isArray(value) && value.length > 0
              ? undefined
              : t('customers.form.selectPlaceholder')
          }
          data={optionsWith(field.options, value)}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          clearable
          searchable={field.options.length > 8}
        />
      )
  }
}
