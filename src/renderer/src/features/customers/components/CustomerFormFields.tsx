import {
  Input,
  SegmentedControl,
  Select,
  SimpleGrid,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { CUSTOMER_TYPES, GRADES, STAGES, type Owner } from '../../../../../shared/api'
import { DateField } from '../../../components/DateField'
import { CampaignSelect } from '../../campaigns'
import type { CustomerFormField, CustomerFormValues } from '../customerFormValues'
import { CustomerFormRegion } from './CustomerFormRegion'

export interface CustomerFormFieldsProps {
  form: UseFormReturnType<CustomerFormValues>
  owners: Owner[]
  tagSuggestions: string[]
}

/** The inputs of the customer form, two columns, labels above, each findable by its label and data-testid="field-<name>". */
export function CustomerFormFields({ form, owners, tagSuggestions }: CustomerFormFieldsProps) {
  const { t } = useTranslation()
  const label = (field: CustomerFormField) => t(`customers.form.fields.${field}`)
  const text = (field: CustomerFormField, extra: { placeholder?: string; type?: string } = {}) => ({
    label: label(field),
    'data-testid': `field-${field}`,
    ...extra,
    ...form.getInputProps(field),
  })
  const currentOwner = form.values.ownerId
  const ownerOptions = owners
    .filter((owner) => owner.active || owner.id === currentOwner)
    .map((owner) => ({ value: owner.id, label: owner.name }))

  return (
    <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
      <TextInput {...text('name')} withAsterisk data-autofocus style={{ gridColumn: '1 / -1' }} />
      <TextInput {...text('shortName')} />
      <TextInput {...text('code', { placeholder: t('customers.form.codeAuto') })} />
      <Input.Wrapper label={label('type')} labelElement="div" error={form.errors.type}>
        <SegmentedControl
          data-testid="field-type"
          aria-label={label('type')}
          fullWidth
          data={CUSTOMER_TYPES.map((type) => ({ value: type, label: t(`customerType.${type}`) }))}
          {...form.getInputProps('type')}
        />
      </Input.Wrapper>
      <Select<number>
        {...text('ownerId', { placeholder: t('customers.form.noOwner') })}
        data={ownerOptions}
        clearable
        searchable
      />
      <Select<string>
        {...text('grade', { placeholder: t('grade.none') })}
        data={GRADES.map((grade) => ({ value: grade, label: t('grade.label', { grade }) }))}
        clearable
      />
      <Select<string>
        {...text('stage')}
        data={STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
        allowDeselect={false}
      />
      <TextInput {...text('industry')} />
      <TextInput {...text('source')} />
      <CustomerFormRegion form={form} />
      <TextInput {...text('address')} style={{ gridColumn: '1 / -1' }} />
      <TextInput {...text('phone')} />
      <TextInput {...text('email', { type: 'email' })} />
      <TextInput {...text('wechat')} />
      <TextInput {...text('website')} />
      <DateField
        {...text('birthday')}
        onChange={(value) => form.setFieldValue('birthday', value)}
      />
      {/* Beside the birthday while campaigns exist; an empty cell keeps the grid otherwise. */}
      <CampaignSelect
        label={label('campaignId')}
        testId="field-campaignId"
        value={form.values.campaignId}
        onChange={(value) => form.setFieldValue('campaignId', value)}
        error={form.errors.campaignId}
        fallback={<div />}
      />
      <TagsInput
        {...text('tags', { placeholder: t('customers.form.tagsPlaceholder') })}
        data={tagSuggestions}
        clearable
        style={{ gridColumn: '1 / -1' }}
      />
      <Textarea
        {...text('notes')}
        autosize
        minRows={3}
        maxRows={8}
        style={{ gridColumn: '1 / -1' }}
      />
    </SimpleGrid>
  )
}
