import { IconGitMerge } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EmptyMessage } from '../../../components/EmptyMessage'

export type MergedFollowUpsProps = Record<string, never>

/**
 * A record merged into another has no follow-ups of its own any more: the merge moved
 * them to the kept customer (the banner above links there, and can undo the merge).
 */
export function MergedFollowUps(_props: MergedFollowUpsProps) {
  const { t } = useTranslation()
  return (
    <EmptyMessage
      icon={<IconGitMerge size={28} />}
      title={t('followUps.merged.title')}
      description={t('followUps.merged.text')}
    />
  )
}
