import { IconSpeakerphone } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PlaceholderPage } from '../../../components/PlaceholderPage'

export type CampaignsPageProps = Record<string, never>

/** Skeleton: the page is being built (issue 8). */
export function CampaignsPage(_props: CampaignsPageProps) {
  const { t } = useTranslation()
  return (
    <PlaceholderPage
      title={t('nav.campaigns')}
      description={t('nav.campaigns')}
      icon={<IconSpeakerphone size={24} />}
    />
  )
}
