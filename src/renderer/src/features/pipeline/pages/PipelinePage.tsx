import { IconChartFunnel } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PlaceholderPage } from '../../../components/PlaceholderPage'

export type PipelinePageProps = Record<string, never>

export function PipelinePage(_props: PipelinePageProps) {
  const { t } = useTranslation()
  return (
    <PlaceholderPage
      title={t('placeholder.pipeline.title')}
      description={t('placeholder.pipeline.description')}
      icon={<IconChartFunnel size={24} />}
    />
  )
}
