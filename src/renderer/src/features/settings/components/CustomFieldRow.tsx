import { ActionIcon, Badge, Button, Group, Table, TagsInput, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomField } from '../../../../../shared/api'
import { SaveCancelButtons } from '../../../components/SaveCancelButtons'
import { errorMessage, placeApiError } from '../../../lib/errors'
import { useUpdateCustomField } from '../../../data/customFields'

export interface CustomFieldRowProps {
  field: CustomField
  first: boolean
  last: boolean
  onMove: (by: -1 | 1) => void
  moving: boolean
}

interface Draft {
  label: string
  options: string[]
}

/** One custom field: move up/down, rename (and edit a choice's options) in place, deactivate or reactivate. */
export function CustomFieldRow({ field, first, last, onMove, moving }: CustomFieldRowProps) {
  const { t } = useTranslation()
  const update = useUpdateCustomField()
  const [draft, setDraft] = useState<Draft | null>(null)
  const [error, setError] = useState<string | null>(null)
  const choice = field.type === 'single' || field.type === 'multi'

  const save = () => {
    if (!draft) return
    update.mutate(
      {
        id: field.id,
        label: draft.label.trim(),
        ...(choice ? { options: draft.options } : {}),
      },
      {
        onSuccess: () => {
          setDraft(null)
          setError(null)
        },
        onError: (failure) => {
          const placed = placeApiError(t, failure, ['label', 'options'])
          setError(placed.fields.label ?? placed.fields.options ?? placed.general)
        },
      },
    )
  }
  const toggleActive = () =>
    update.mutate(
      { id: field.id, active: !field.active },
      {
        onError: (failure) =>
          notifications.show({
            color: 'red',
            title: t('common.failed'),
            message: errorMessage(t, failure),
          }),
      },
    )

  return (
    <Table.Tr data-testid="custom-field-row" data-field-key={field.key} data-active={field.active}>
      <Table.Td>
        <Group gap={2} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            disabled={first || moving}
            aria-label={t('customFields.moveUp', { label: field.label })}
            onClick={() => onMove(-1)}
          >
            <IconArrowUp size={14} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            disabled={last || moving}
            aria-label={t('customFields.moveDown', { label: field.label })}
            onClick={() => onMove(1)}
          >
            <IconArrowDown size={14} />
          </ActionIcon>
        </Group>
      </Table.Td>
      <Table.Td>
        {draft === null ? (
          <Text size="sm" c={field.active ? undefined : 'dimmed'}>
            {field.label}
          </Text>
        ) : (
          <TextInput
            size="xs"
            aria-label={t('customFields.label')}
            value={draft.label}
            error={error}
            maxLength={40}
            autoFocus
            onChange={(event) => setDraft({ ...draft, label: event.currentTarget.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') save()
              if (event.key === 'Escape') setDraft(null)
            }}
          />
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color="gray">
          {t(`customFields.types.${field.type}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {draft !== null && choice ? (
          <TagsInput
            size="xs"
            aria-label={t('customFields.options')}
            value={draft.options}
            onChange={(options) => setDraft({ ...draft, options })}
          />
        ) : (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {choice ? field.options.join('、') : '—'}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={field.active ? 'green' : 'gray'}>
          {field.active ? t('settings.owners.active') : t('settings.owners.inactive')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {draft === null ? (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => setDraft({ label: field.label, options: field.options })}
            >
              {choice ? t('customFields.edit') : t('common.rename')}
            </Button>
          ) : (
            <SaveCancelButtons
              onSave={save}
              onCancel={() => setDraft(null)}
              saving={update.isPending}
            />
          )}
          <Button
            data-testid="custom-field-toggle"
            size="compact-sm"
            variant="subtle"
            color={field.active ? 'red' : 'green'}
            onClick={toggleActive}
          >
            {field.active ? t('settings.owners.deactivate') : t('settings.owners.activate')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}
