import { Button, Group, Select, TagsInput, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CUSTOM_FIELD_TYPES, type CustomFieldType } from '../../../../../shared/api'
import { placeApiError } from '../../../lib/errors'
import { useCreateCustomField, type CustomFieldEntity } from '../../../data/customFields'

export interface CustomFieldAddFormProps {
  entity: CustomFieldEntity
}

const isChoice = (type: CustomFieldType) => type === 'single' || type === 'multi'

/** Adds a field: its label, its type and, for a choice, the options (Enter after each). */
export function CustomFieldAddForm({ entity }: CustomFieldAddFormProps) {
  const { t } = useTranslation()
  const create = useCreateCustomField()
  const [label, setLabel] = useState('')
  const [type, setType] = useState<CustomFieldType>('text')
  const [options, setOptions] = useState<string[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})

  const add = () =>
    create.mutate(
      { entity, label: label.trim(), type, ...(isChoice(type) ? { options } : {}) },
      {
        onSuccess: (field) => {
          setLabel('')
          setOptions([])
          setErrors({})
          notifications.show({
            color: 'green',
            message: t('customFields.added', { label: field.label }),
          })
        },
        onError: (failure) => {
          const placed = placeApiError(t, failure, ['label', 'options'], {
            'errors.customFieldLabelTaken': 'label',
            'errors.optionsRequired': 'options',
          })
          setErrors(placed.general ? { ...placed.fields, label: placed.general } : placed.fields)
        },
      },
    )

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        add()
      }}
    >
      <Group align="flex-start" gap="sm">
        <TextInput
          data-testid="custom-field-label"
          label={t('customFields.label')}
          placeholder={t('customFields.labelPlaceholder')}
          value={label}
          maxLength={40}
          error={errors.label}
          onChange={(event) => {
            setLabel(event.currentTarget.value)
            setErrors({})
          }}
          w={200}
        />
        <Select<string>
          data-testid="custom-field-type"
          label={t('customFields.type')}
          data={CUSTOM_FIELD_TYPES.map((value) => ({
            value,
            label: t(`customFields.types.${value}`),
          }))}
          value={type}
          onChange={(value) =>
            setType(CUSTOM_FIELD_TYPES.find((candidate) => candidate === value) ?? 'text')
          }
          allowDeselect={false}
          w={150}
        />
        {isChoice(type) && (
          <TagsInput
            data-testid="custom-field-options"
            label={t('customFields.options')}
            placeholder={t('customFields.optionsPlaceholder')}
            value={options}
            onChange={(value) => {
              setOptions(value)
              setErrors({})
            }}
            error={errors.options}
            w={260}
            clearable
          />
        )}
        <Button
          data-testid="custom-field-add"
          type="submit"
          variant="default"
          mt={22}
          leftSection={<IconPlus size={16} />}
          loading={create.isPending}
          disabled={label.trim() === ''}
        >
          {t('customFields.add')}
        </Button>
      </Group>
    </form>
  )
}
