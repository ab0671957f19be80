import { Anchor, Button, Group, Table, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { placeApiError } from '../../../lib/errors'
import { useCreateOwner, useOwners } from '../../../data/owners'
import { OwnerRow } from './OwnerRow'
import { SettingsSection } from '../../../components/SettingsSection'

export type OwnersPanelProps = Record<string, never>

/** 负责人: list, add, rename, deactivate / activate. Owners are never deleted: records keep pointing at them. */
export function OwnersPanel(_props: OwnersPanelProps) {
  const { t } = useTranslation()
  const owners = useOwners()
  const create = useCreateOwner()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  const add = () =>
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: (owner) => {
          setName('')
          setError(null)
          notifications.show({
            color: 'green',
            message: t('settings.owners.added', { name: owner.name }),
          })
        },
        onError: (failure) => {
          const placed = placeApiError(t, failure, ['name'], { 'errors.ownerNameTaken': 'name' })
          setError(placed.fields.name ?? placed.general)
        },
      },
    )

  const list = owners.data ?? []
  return (
    <SettingsSection
      title={t('settings.owners.title')}
      description={t('settings.owners.description')}
    >
      {list.length > 0 ? (
        <Table verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.owners.name')}</Table.Th>
              <Table.Th w={110}>{t('settings.owners.status')}</Table.Th>
              <Table.Th w={200}>{t('settings.owners.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((owner) => (
              <OwnerRow key={owner.id} owner={owner} />
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {owners.isPending ? t('common.loading') : t('settings.owners.none')}
        </Text>
      )}
      {list.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="owners-reassign-hint">
          {t('bulk.reassignHint')}{' '}
          <Anchor component={Link} to="/customers" size="sm">
            {t('bulk.toCustomers')}
          </Anchor>
        </Text>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault()
          add()
        }}
        noValidate
      >
        <Group align="flex-start" gap="sm">
          <TextInput
            data-testid="owner-new-name"
            aria-label={t('settings.owners.newName')}
            placeholder={t('settings.owners.newName')}
            value={name}
            error={error}
            onChange={(event) => {
              setName(event.currentTarget.value)
              setError(null)
            }}
            w={260}
          />
          <Button
            data-testid="owner-add"
            type="submit"
            variant="default"
            leftSection={<IconPlus size={16} />}
            loading={create.isPending}
            disabled={name.trim() === ''}
          >
            {t('settings.owners.add')}
          </Button>
        </Group>
      </form>
    </SettingsSection>
  )
}
