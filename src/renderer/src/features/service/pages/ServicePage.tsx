import { IconHeadset } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PlaceholderPage } from '../../../components/PlaceholderPage'

export type ServicePageProps = Record<string, never>

/** Skeleton: the page is being built (issue 8). */
export function ServicePage(_props: ServicePageProps) {
  const { t } = useTranslation()
  return (
    <PlaceholderPage
      title={t('nav.service')}
      description={t('nav.service')}
      icon={<IconHeadset size={24} />}
    />
  )
}
