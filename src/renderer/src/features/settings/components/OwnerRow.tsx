import { Badge, Button, Group, Table, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Owner } from '../../../../../shared/api'
import { SaveCancelButtons } from '../../../components/SaveCancelButtons'
import { errorMessage, placeApiError } from '../../../lib/errors'
import { useUpdateOwner } from '../../../data/owners'

export interface OwnerRowProps {
  owner: Owner
}

/** One owner: rename in place (Enter saves, Esc cancels), deactivate or activate. */
export function OwnerRow({ owner }: OwnerRowProps) {
  const { t } = useTranslation()
  const update = useUpdateOwner()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const rename = () => {
    if (draft === null || draft.trim() === owner.name) {
      setDraft(null)
      return
    }
    update.mutate(
      { id: owner.id, name: draft.trim() },
      {
        onSuccess: () => {
          setDraft(null)
          setError(null)
        },
        onError: (failure) => {
          const placed = placeApiError(t, failure, ['name'], { 'errors.ownerNameTaken': 'name' })
          setError(placed.fields.name ?? placed.general)
        },
      },
    )
  }

  const toggleActive = () =>
    update.mutate(
      { id: owner.id, active: !owner.active },
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
    <Table.Tr data-testid="owner-row" data-owner-id={owner.id}>
      <Table.Td>
        {draft === null ? (
          owner.name
        ) : (
          <TextInput
            size="xs"
            aria-label={t('settings.owners.name')}
            value={draft}
            error={error}
            autoFocus
            onChange={(event) => setDraft(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') rename()
              if (event.key === 'Escape') {
                setDraft(null)
                setError(null)
              }
            }}
          />
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={owner.active ? 'green' : 'gray'}>
          {owner.active ? t('settings.owners.active') : t('settings.owners.inactive')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {draft === null ? (
            <Button size="compact-sm" variant="subtle" onClick={() => setDraft(owner.name)}>
              {t('common.rename')}
            </Button>
          ) : (
            <SaveCancelButtons
              onSave={rename}
              onCancel={() => setDraft(null)}
              saving={update.isPending}
            />
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            color={owner.active ? 'red' : 'green'}
            onClick={toggleActive}
          >
            {owner.active ? t('settings.owners.deactivate') : t('settings.owners.activate')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}
