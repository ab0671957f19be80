import { Group } from '@mantine/core'
import { IconPencil, IconStar, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Contact } from '../../../../../shared/api'
import { IconActionButton } from '../../../components/IconActionButton'

export interface ContactRowActionsProps {
  contact: Contact
  onEdit: () => void
  onMakePrimary: () => void
  onDelete: () => void
  busy: boolean
}

/** Make primary, edit, delete. Deleting acts at once; the toast offers Undo. */
export function ContactRowActions({
  contact,
  onEdit,
  onMakePrimary,
  onDelete,
  busy,
}: ContactRowActionsProps) {
  const { t } = useTranslation()
  return (
    <Group gap={2} wrap="nowrap" justify="flex-end">
      {!contact.isPrimary && (
        <IconActionButton
          label={t('contacts.makePrimary')}
          icon={<IconStar size={16} />}
          onClick={onMakePrimary}
          disabled={busy}
          testId="contact-make-primary"
        />
      )}
      <IconActionButton
        label={t('contacts.edit')}
        icon={<IconPencil size={16} />}
        onClick={onEdit}
        testId="contact-edit"
      />
      <IconActionButton
        label={t('contacts.delete')}
        ariaLabel={t('contacts.deleteNamed', { name: contact.name })}
        icon={<IconTrash size={16} />}
        color="red"
        onClick={onDelete}
        disabled={busy}
        testId="contact-delete"
      />
    </Group>
  )
}
