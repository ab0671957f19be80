import { Card, Group, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { DashboardFigures } from '../../../../../shared/api'
import { Chart } from '../../../components/chart/Chart'
import { compactYuan, paletteColor } from '../../../components/chart/chartTheme'
import { useMoney } from '../../../lib/useMoney'
import { reportLink } from '../../reports'
import { monthEnd } from '../../reports'

export interface SalesTrendCardProps {
  figures: DashboardFigures
}

/** 近 12 个月签约: a bar per month; a bar opens that month's contracts. */
export function SalesTrendCard({ figures }: SalesTrendCardProps) {
  const { t, i18n } = useTranslation()
  const { exact } = useMoney()
  const navigate = useNavigate()
  const option = useMemo(
    () => ({
      grid: { left: 4, right: 8, top: 12, bottom: 4, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v: number) => exact(Math.round(v * 100)),
      },
      xAxis: { type: 'category', data: figures.trend.map((m) => m.month.slice(2)) },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => compactYuan(v * 100, i18n.language) },
      },
      series: [
        {
          name: t('reports.sales.amount'),
          type: 'bar',
          barMaxWidth: 26,
          data: figures.trend.map((m, i) => ({
            value: m.amountCents / 100,
            itemStyle: { color: paletteColor('blue', i === figures.trend.length - 1 ? 7 : 4) },
          })),
        },
      ],
    }),
    [figures.trend, t, i18n.language, exact],
  )
  const total = figures.trend.reduce((s, m) => s + m.amountCents, 0)
  return (
    <Card withBorder padding="md" data-testid="dash-trend">
      <Group justify="space-between" mb="xs">
        <Title order={3}>{t('dashboard.trend')}</Title>
        <Text size="sm" c="dimmed">
          {exact(total)}
        </Text>
      </Group>
      <Chart
        option={option}
        height={220}
        label={t('dashboard.trend')}
        testId="dash-trend-chart"
        onSelect={(e) => {
          const month = figures.trend[e.dataIndex]?.month
          if (month)
            void navigate(
              reportLink('sales', {
                from: `${month}-01`,
                to: monthEnd(`${month}-01`),
                drill: { dimension: 'month', key: month },
              }),
            )
        }}
      />
    </Card>
  )
}
