import { ActionIcon, Button, Group, Popover, Stack, Text, Tooltip } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPencil, IconStar, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Contact } from '../../../../../shared/api'

export interface ContactRowActionsProps {
  contact: Contact
  onEdit: () => void
  onMakePrimary: () => void
  onDelete: () => void
  busy: boolean
}

/**
 * Make primary, edit, delete. Deleting asks first, in a small popover: the contract has
 * no contacts.restore, so the toast could not offer Undo.
 */
export function ContactRowActions({
  contact,
  onEdit,
  onMakePrimary,
  onDelete,
  busy,
}: ContactRowActionsProps) {
  const { t } = useTranslation()
  const [confirming, confirm] = useDisclosure(false)
  return (
    <Group gap={2} wrap="nowrap" justify="flex-end">
      {!contact.isPrimary && (
        <Tooltip label={t('contacts.makePrimary')} withArrow>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('contacts.makePrimary')}
            onClick={onMakePrimary}
            disabled={busy}
            data-testid="contact-make-primary"
          >
            <IconStar size={16} />
          </ActionIcon>
        </Tooltip>
      )}
      <Tooltip label={t('contacts.edit')} withArrow>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('contacts.edit')}
          onClick={onEdit}
          data-testid="contact-edit"
        >
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <Popover
        opened={confirming}
        onChange={confirm.set}
        position="bottom-end"
        withArrow
        shadow="md"
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('contacts.delete')}
            onClick={confirm.toggle}
            disabled={busy}
            data-testid="contact-delete"
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" maw={240}>
            <Text size="sm">{t('contacts.confirmDelete', { name: contact.name })}</Text>
            <Group gap="xs" justify="flex-end">
              <Button size="compact-sm" variant="default" onClick={confirm.close}>
                {t('common.cancel')}
              </Button>
              <Button
                size="compact-sm"
                color="red"
                data-testid="contact-delete-confirm"
                onClick={() => {
                  confirm.close()
                  onDelete()
                }}
              >
                {t('common.delete')}
              </Button>
            </Group>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  )
}
