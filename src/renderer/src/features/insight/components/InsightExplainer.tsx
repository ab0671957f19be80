import { Accordion, List, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSettings } from '../../../data/settings'

export type InsightExplainerProps = Record<string, never>

/** No black box: how each figure is worked out, with the thresholds in force. */
export function InsightExplainer(_props: InsightExplainerProps) {
  const { t } = useTranslation()
  const settings = useSettings().data
  if (!settings) return null
  return (
    <Accordion variant="contained" chevronPosition="left" data-testid="insight-explainer">
      <Accordion.Item value="how">
        <Accordion.Control icon={<IconInfoCircle size={16} />}>
          <Text size="sm">{t('insight.explain.title')}</Text>
        </Accordion.Control>
        <Accordion.Panel>
          <List size="sm" spacing={4}>
            <List.Item>{t('insight.explain.purchase')}</List.Item>
            <List.Item>{t('insight.explain.interval')}</List.Item>
            <List.Item>{t('insight.explain.rfm')}</List.Item>
            <List.Item>
              {t('insight.explain.risk', {
                factor: settings.churnIntervalFactor,
                single: settings.churnSingleOrderDays,
                contact: settings.churnNoContactDays,
              })}
            </List.Item>
            <List.Item>{t('insight.explain.stake')}</List.Item>
            <List.Item>{t('insight.explain.clv', { years: settings.clvYears })}</List.Item>
          </List>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  )
}
