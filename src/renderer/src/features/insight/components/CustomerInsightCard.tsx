import { Anchor, Divider, Group, Paper, Stack, Text, Tooltip } from '@mantine/core'
import { IconChartDots3 } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CustomerInsight } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'
import { useCustomerInsight } from '../../../data/insight'
import { RiskReasons } from './RiskReasons'
import { SegmentBadge } from './SegmentBadge'

export interface CustomerInsightCardProps {
  customerId: number
}

/** The facts behind the scores, as one line of plain figures. */
function facts(t: ReturnType<typeof useTranslation>['t'], i: CustomerInsight): string[] {
  const parts = [t('insight.card.purchases', { count: i.purchases })]
  if (i.avgIntervalDays !== null)
    parts.push(t('insight.card.interval', { days: Math.round(i.avgIntervalDays) }))
  if (i.daysSinceLastPurchase !== null)
    parts.push(t('insight.card.lastPurchase', { days: i.daysSinceLastPurchase }))
  if (i.daysSinceLastContact !== null)
    parts.push(t('insight.card.lastContact', { days: i.daysSinceLastContact }))
  parts.push(t('insight.card.revenue12m', { amount: formatCents(i.revenue12mCents) }))
  if (i.openReceivablesCents > 0)
    parts.push(t('insight.card.open', { amount: formatCents(i.openReceivablesCents) }))
  return parts
}

/**
 * 客户分析 on the customer's page: the RFM segment and scores, churn risk in words with the
 * revenue at stake, and the CLV with its formula written out in the customer's own figures.
 */
export function CustomerInsightCard({ customerId }: CustomerInsightCardProps) {
  const { t } = useTranslation()
  const query = useCustomerInsight(customerId)
  const insight = query.data
  if (!insight) return null
  return (
    <Paper withBorder px="md" py="sm" data-testid="customer-insight" data-at-risk={insight.atRisk}>
      <Group gap="md" wrap="nowrap" align="flex-start">
        <Group gap={6} wrap="nowrap" c="dimmed" style={{ flexShrink: 0 }} pt={2}>
          <IconChartDots3 size={16} />
          <Text size="sm">{t('insight.card.title')}</Text>
        </Group>
        {insight.purchases === 0 ? (
          <Group gap="sm">
            <SegmentBadge segment="none" />
            <Text size="sm" c="dimmed">
              {t('insight.card.noPurchase')}
            </Text>
          </Group>
        ) : (
          <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
            <Group gap="sm" wrap="wrap">
              <SegmentBadge segment={insight.segment} />
              {insight.rfm && (
                <Tooltip label={t('insight.card.scoresHint')} withArrow>
                  <Text
                    size="sm"
                    fw={500}
                    style={{ fontVariantNumeric: 'tabular-nums' }}
                    data-testid="insight-scores"
                  >
                    {t('insight.card.scores', {
                      r: insight.rfm.r,
                      f: insight.rfm.f,
                      m: insight.rfm.m,
                    })}
                  </Text>
                </Tooltip>
              )}
              <Divider orientation="vertical" />
              <Text size="sm" c="dimmed">
                {facts(t, insight).join(' · ')}
              </Text>
            </Group>
            <Group gap="lg" wrap="wrap" align="flex-start">
              {insight.atRisk ? (
                <Stack gap={2}>
                  <RiskReasons reasons={insight.reasons} />
                  <Text size="xs" c="dimmed">
                    {t('insight.card.stake', { amount: formatCents(insight.atStakeCents) })} ·{' '}
                    <Anchor component={Link} to="/insight?risk=1" size="xs">
                      {t('insight.card.viewAll')}
                    </Anchor>
                  </Text>
                </Stack>
              ) : (
                <Text size="sm" c="teal.7" data-testid="insight-not-at-risk">
                  {t('insight.card.notAtRisk')}
                </Text>
              )}
              {insight.clv && (
                <Text size="sm" data-testid="insight-clv">
                  <Text span c="dimmed" size="sm">
                    CLV{' '}
                  </Text>
                  {t('insight.card.clvFormula', {
                    order: formatCents(insight.clv.averageOrderCents),
                    perYear: insight.clv.ordersPerYear,
                    years: insight.clv.years,
                    clv: formatCents(insight.clv.cents),
                  })}
                </Text>
              )}
            </Group>
          </Stack>
        )}
      </Group>
    </Paper>
  )
}
