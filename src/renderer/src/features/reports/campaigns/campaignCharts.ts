import type { TFunction } from 'i18next'
import type { Campaign } from '../../../../../shared/api'
import { compactYuan, paletteColor } from '../../../components/chart/chartTheme'
import type { EChartsCoreOption } from '../../../components/chart/echarts'

/** Names under the bars: cut with an ellipsis at the width (the table has them whole). */
function categoryLabels(count: number) {
  return {
    interval: 0,
    rotate: count > 8 ? 30 : 0,
    width: count > 8 ? 110 : 140,
    overflow: 'truncate',
    hideOverlap: true,
  }
}

/** The campaigns in the charts' order: the oldest on the left, as time reads. */
export function chartOrder(rows: Campaign[]): Campaign[] {
  return [...rows].reverse()
}

/** The campaigns of the ROI chart: those with a cost (no cost, no ROI). */
export function costed(rows: Campaign[]): Campaign[] {
  return chartOrder(rows).filter((c) => c.roi !== null)
}

/**
 * Per campaign: its actual cost beside the revenue it won, in yuan on the axis (compact),
 * exact in the tooltip and the table.
 */
export function costRevenueOption(
  rows: Campaign[],
  t: TFunction,
  locale: string,
  exact: (cents: number) => string,
): EChartsCoreOption {
  const ordered = chartOrder(rows)
  const names = ordered.map((c) => c.name)
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: number) => exact(Math.round(value * 100)),
    },
    xAxis: {
      type: 'category',
      data: names,
      axisLabel: categoryLabels(names.length),
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => compactYuan(v * 100, locale) } },
    series: [
      {
        name: t('campaigns.fields.cost'),
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: paletteColor('orange') },
        data: ordered.map((c) => c.costCents / 100),
      },
      {
        name: t('campaigns.fields.wonRevenue'),
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: paletteColor('teal') },
        data: ordered.map((c) => c.wonRevenueCents / 100),
      },
    ],
  }
}

/** ROI per campaign with a cost, as a percent: green bars paid off, red ones lost money. */
export function roiOption(rows: Campaign[], t: TFunction): EChartsCoreOption {
  const bars = costed(rows)
  const percent = (roi: number) => Math.round(roi * 1000) / 10
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: number) => `${value.toFixed(1)}%`,
    },
    xAxis: {
      type: 'category',
      data: bars.map((c) => c.name),
      axisLabel: categoryLabels(bars.length),
    },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: t('campaigns.fields.roi'),
        type: 'bar',
        barMaxWidth: 28,
        label: {
          show: true,
          position: 'top',
          formatter: (p: { value: number }) => `${p.value.toFixed(1)}%`,
        },
        data: bars.map((c) => ({
          value: percent(c.roi ?? 0),
          itemStyle: { color: paletteColor((c.roi ?? 0) >= 0 ? 'green' : 'red') },
          label: { position: (c.roi ?? 0) >= 0 ? 'top' : 'bottom' },
        })),
      },
    ],
  }
}
