import { IconFileInvoice } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PlaceholderPage } from '../../../components/PlaceholderPage'

export type ContractsPageProps = Record<string, never>

export function ContractsPage(_props: ContractsPageProps) {
  const { t } = useTranslation()
  return (
    <PlaceholderPage
      title={t('placeholder.contracts.title')}
      description={t('placeholder.contracts.description')}
      icon={<IconFileInvoice size={24} />}
    />
  )
}
