import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EmptyMessage } from '../../../components/EmptyMessage'

export interface TrashedFollowUpsProps {
  /** Merged into another customer: its follow-ups live there now. */
  merged: boolean
}

/**
 * activities.list refuses a customer in the recycle bin (errors.customerDeleted), so the
 * timeline of a deleted record can only be read after restoring it.
 */
export function TrashedFollowUps({ merged }: TrashedFollowUpsProps) {
  const { t } = useTranslation()
  return (
    <EmptyMessage
      icon={<IconTrash size={28} />}
      title={t('followUps.trashed.title')}
      description={t(merged ? 'followUps.trashed.mergedText' : 'followUps.trashed.text')}
    />
  )
}
