import { IconChartDots3 } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PlaceholderPage } from '../../../components/PlaceholderPage'

export type InsightPageProps = Record<string, never>

/** Skeleton: the page is being built (issue 8). */
export function InsightPage(_props: InsightPageProps) {
  const { t } = useTranslation()
  return (
    <PlaceholderPage
      title={t('nav.insight')}
      description={t('nav.insight')}
      icon={<IconChartDots3 size={24} />}
    />
  )
}
