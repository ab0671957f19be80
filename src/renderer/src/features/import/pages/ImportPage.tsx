import { IconFileSpreadsheet } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PlaceholderPage } from '../../../components/PlaceholderPage'

export type ImportPageProps = Record<string, never>

export function ImportPage(_props: ImportPageProps) {
  const { t } = useTranslation()
  return (
    <PlaceholderPage
      title={t('placeholder.import.title')}
      description={t('placeholder.import.description')}
      icon={<IconFileSpreadsheet size={24} />}
    />
  )
}
