import type { TFunction } from 'i18next'
import type { InsightSummary } from '../../../../../shared/api'
import { paletteColor } from '../../../components/chart/chartTheme'
import { SEGMENT_COLORS, segmentLabel } from '../../insight'

/** Customers per RFM segment, each bar in its segment's colour (horizontal: the names are long). */
export function segmentOption(summary: InsightSummary, t: TFunction) {
  const segments = [...summary.segments].reverse()
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: segments.map((s) => segmentLabel(t, s.segment)) },
    series: [
      {
        name: t('insight.report.count'),
        type: 'bar',
        barMaxWidth: 18,
        label: { show: true, position: 'right' },
        data: segments.map((s) => ({
          value: s.count,
          itemStyle: {
            color: paletteColor(SEGMENT_COLORS[s.segment], s.segment === 'none' ? 4 : 6),
          },
        })),
      },
    ],
  }
}
