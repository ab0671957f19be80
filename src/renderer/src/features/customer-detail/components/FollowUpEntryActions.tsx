import { Group } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { IconActionButton } from '../../../components/IconActionButton'

export interface FollowUpEntryActionsProps {
  onEdit: () => void
  onDelete: () => void
  deleting: boolean
}

/** Correct a follow-up, or delete it at once (the toast offers Undo). */
export function FollowUpEntryActions({ onEdit, onDelete, deleting }: FollowUpEntryActionsProps) {
  const { t } = useTranslation()
  return (
    <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
      <IconActionButton
        label={t('followUps.edit')}
        icon={<IconPencil size={15} />}
        size="sm"
        onClick={onEdit}
        testId="followup-edit"
      />
      <IconActionButton
        label={t('followUps.delete')}
        icon={<IconTrash size={15} />}
        size="sm"
        onClick={onDelete}
        disabled={deleting}
        testId="followup-delete"
      />
    </Group>
  )
}
