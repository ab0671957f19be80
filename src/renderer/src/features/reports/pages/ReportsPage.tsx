import { IconChartBar } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PlaceholderPage } from '../../../components/PlaceholderPage'

export type ReportsPageProps = Record<string, never>

export function ReportsPage(_props: ReportsPageProps) {
  const { t } = useTranslation()
  return (
    <PlaceholderPage
      title={t('placeholder.reports.title')}
      description={t('placeholder.reports.description')}
      icon={<IconChartBar size={24} />}
    />
  )
}
