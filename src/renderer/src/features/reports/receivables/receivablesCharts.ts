import type { TFunction } from 'i18next'
import {
  AGING_BUCKETS,
  type AgingAmounts,
  type AgingBucket,
  type ForecastMonth,
  type ReceivablesMonth,
} from '../../../../../shared/api'
import { compactYuan, paletteColor } from '../../../components/chart/chartTheme'
import type { EChartsCoreOption } from '../../../components/chart/echarts'

/** Older is redder: the aging colours of the receivables screens (features/contracts/ledgerColors.ts). */
export const AGING_COLORS: Record<AgingBucket, string> = {
  notDue: paletteColor('gray', 5),
  d1to30: paletteColor('yellow', 6),
  d31to60: paletteColor('orange', 6),
  d61to90: paletteColor('red', 6),
  over90: paletteColor('red', 9),
}

type Exact = (cents: number) => string
const yuan = (cents: number) => cents / 100
const money = (exact: Exact) => (value: number | null) =>
  value === null ? '—' : exact(Math.round(value * 100))

/** Per month: due and received bars, the collection rate as a line on the right axis. */
export function monthlyOption(
  months: ReceivablesMonth[],
  t: TFunction,
  locale: string,
  exact: Exact,
): EChartsCoreOption {
  return {
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: [
      { type: 'value', axisLabel: { formatter: (v: number) => compactYuan(v * 100, locale) } },
      {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { formatter: '{value}%' },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: t('reports.receivables.due'),
        type: 'bar',
        data: months.map((m) => yuan(m.dueCents)),
        itemStyle: { color: paletteColor('gray', 5) },
        tooltip: { valueFormatter: money(exact) },
        barMaxWidth: 28,
      },
      {
        name: t('reports.receivables.received'),
        type: 'bar',
        data: months.map((m) => yuan(m.receivedCents)),
        itemStyle: { color: paletteColor('green', 6) },
        tooltip: { valueFormatter: money(exact) },
        barMaxWidth: 28,
      },
      {
        name: t('reports.receivables.collectionRate'),
        type: 'line',
        yAxisIndex: 1,
        data: months.map((m) =>
          m.collectionRate === null ? null : Math.round(m.collectionRate * 1000) / 10,
        ),
        itemStyle: { color: paletteColor('blue', 6) },
        tooltip: { valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`) },
      },
    ],
  }
}

/** One stacked bar of the aging buckets (the dashboard's and the report's 账龄条). */
export function agingBarOption(
  aging: AgingAmounts,
  t: TFunction,
  exact: Exact,
  height = 'compact',
): EChartsCoreOption {
  return {
    grid: {
      left: 0,
      right: 0,
      top: height === 'compact' ? 28 : 32,
      bottom: 0,
      containLabel: false,
    },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10 },
    tooltip: { trigger: 'item', valueFormatter: money(exact) },
    xAxis: { type: 'value', show: false, max: Math.max(yuan(aging.totalCents), 0.01) },
    yAxis: { type: 'category', show: false, data: [''] },
    series: AGING_BUCKETS.map((bucket) => ({
      name: t(`reports.aging.${bucket}`),
      type: 'bar',
      stack: 'aging',
      barWidth: 22,
      data: [yuan(aging[`${bucket}Cents`])],
      itemStyle: { color: AGING_COLORS[bucket] },
    })),
  }
}

/** The coming months' open instalments, the overdue apart in red. */
export function forecastOption(
  overdueCents: number,
  months: ForecastMonth[],
  t: TFunction,
  locale: string,
  exact: Exact,
): EChartsCoreOption {
  return {
    grid: { left: 8, right: 8, top: 12, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: money(exact) },
    xAxis: {
      type: 'category',
      data: [t('reports.receivables.overdue'), ...months.map((m) => m.month)],
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => compactYuan(v * 100, locale) } },
    series: [
      {
        name: t('reports.receivables.forecastDue'),
        type: 'bar',
        barMaxWidth: 36,
        data: [
          { value: yuan(overdueCents), itemStyle: { color: paletteColor('red', 6) } },
          ...months.map((m) => ({
            value: yuan(m.dueCents),
            itemStyle: { color: paletteColor('blue', 5) },
          })),
        ],
      },
    ],
  }
}
