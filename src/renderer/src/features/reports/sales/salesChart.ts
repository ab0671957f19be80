import type { TFunction } from 'i18next'
import type { SalesReport } from '../../../../../shared/api'
import { compactYuan, paletteColor } from '../../../components/chart/chartTheme'
import type { EChartsCoreOption } from '../../../components/chart/echarts'
import { salesPointLabel } from './salesLabels'

const TIME = new Set(['month', 'quarter', 'year'])

/**
 * Bars of the signed amount per bucket or key; over time with last year's line (同比) and
 * the target's, otherwise beside the previous period's bars (环比). Amounts are yuan on the
 * axis (compact), exact in the tooltip and the table.
 */
export function salesChartOption(
  report: SalesReport,
  t: TFunction,
  locale: string,
  exact: (c: number) => string,
): EChartsCoreOption {
  const time = TIME.has(report.groupBy)
  const names = report.series.map((s) => salesPointLabel(t, report.groupBy, s))
  const yuan = (cents: number) => cents / 100
  const hasTarget = report.series.some((s) => s.targetCents !== null)
  const series: object[] = [
    {
      name: t('reports.sales.amount'),
      type: 'bar',
      data: report.series.map((s) => yuan(s.amountCents)),
      itemStyle: { color: paletteColor('blue') },
      barMaxWidth: 36,
    },
    time
      ? {
          name: t('reports.sales.lastYear'),
          type: 'line',
          data: report.series.map((s) => yuan(s.lastYearAmountCents)),
          itemStyle: { color: paletteColor('gray', 5) },
          lineStyle: { type: 'dashed' },
          symbolSize: 5,
        }
      : {
          name: t('reports.sales.previous'),
          type: 'bar',
          data: report.series.map((s) => yuan(s.previousAmountCents)),
          itemStyle: { color: paletteColor('blue', 2) },
          barMaxWidth: 36,
        },
  ]
  if (hasTarget)
    series.push({
      name: t('reports.sales.target'),
      type: 'line',
      step: time ? 'middle' : undefined,
      data: report.series.map((s) => (s.targetCents === null ? null : yuan(s.targetCents))),
      itemStyle: { color: paletteColor('orange') },
      symbol: time ? 'none' : 'diamond',
      symbolSize: 9,
      lineStyle: time ? { width: 2 } : { width: 0 },
    })
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: number | null) =>
        value === null ? '—' : exact(Math.round(value * 100)),
    },
    xAxis: {
      type: 'category',
      data: names,
      axisLabel: { interval: 0, rotate: names.length > 12 ? 35 : 0, hideOverlap: true },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => compactYuan(v * 100, locale) } },
    series,
  }
}
