import { IconBell } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PlaceholderPage } from '../../../components/PlaceholderPage'

export type RemindersPageProps = Record<string, never>

/** Skeleton: the page is being built (issue 8). */
export function RemindersPage(_props: RemindersPageProps) {
  const { t } = useTranslation()
  return (
    <PlaceholderPage
      title={t('nav.reminders')}
      description={t('nav.reminders')}
      icon={<IconBell size={24} />}
    />
  )
}
