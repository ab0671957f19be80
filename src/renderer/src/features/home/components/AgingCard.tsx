import { Anchor, Card, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { AGING_BUCKETS, type DashboardFigures } from '../../../../../shared/api'
import { Chart } from '../../../components/chart/Chart'
import { useMoney } from '../../../lib/useMoney'
import { reportLink } from '../../reports'
import { AGING_COLORS, agingBarOption } from '../../reports'

export interface AgingCardProps {
  figures: DashboardFigures
}

/** 应收账龄: the bar of the five buckets and their amounts; each opens its instalments. */
export function AgingCard({ figures }: AgingCardProps) {
  const { t } = useTranslation()
  const { money, exact } = useMoney()
  const navigate = useNavigate()
  const option = useMemo(
    () => ({ ...agingBarOption(figures.aging, t, exact), legend: { show: false } }),
    [figures.aging, t, exact],
  )
  const open = (bucket: string) =>
    reportLink('receivables', { drill: { dimension: 'aging', key: bucket } })
  return (
    <Card withBorder padding="md" data-testid="dash-aging">
      <Group justify="space-between" mb={4}>
        <Title order={3}>{t('dashboard.aging', { asOf: figures.asOf })}</Title>
        <Anchor
          size="sm"
          fw={600}
          component={Link}
          to={reportLink('receivables', { drill: { dimension: 'aging' } })}
        >
          {exact(figures.aging.totalCents)}
        </Anchor>
      </Group>
      <Chart
        option={option}
        height={34}
        label={t('dashboard.aging', { asOf: figures.asOf })}
        testId="dash-aging-chart"
        onSelect={(e) => void navigate(open(AGING_BUCKETS[e.seriesIndex]!))}
      />
      <Stack gap={2} mt="xs">
        {AGING_BUCKETS.map((bucket) => (
          <UnstyledButton
            key={bucket}
            component={Link}
            to={open(bucket)}
            data-testid={`dash-aging-${bucket}`}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Group gap={6} wrap="nowrap">
                <span
                  style={{
                    width: 8,
                    height: 8,
                    borderRadius: 2,
                    background: AGING_COLORS[bucket],
                    flex: 'none',
                  }}
                />
                <Text size="sm" c="dimmed">
                  {t(`reports.aging.${bucket}`)}
                </Text>
              </Group>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {money(figures.aging[`${bucket}Cents`])}
              </Text>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Card>
  )
}
