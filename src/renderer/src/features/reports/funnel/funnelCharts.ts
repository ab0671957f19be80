import type { TFunction } from 'i18next'
import type { FunnelReport } from '../../../../../shared/api'
import { paletteColor, SERIES_COLORS } from '../../../components/chart/chartTheme'

/** The funnel (open stages in blue, darker first; won in green) and the lost reasons' ring. */
export function funnelOptions(report: FunnelReport, t: TFunction) {
  const funnel = {
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '8%',
        width: '84%',
        top: 8,
        bottom: 8,
        minSize: '12%',
        gap: 2,
        label: { position: 'inside', formatter: '{b}  {c}', color: '#fff', fontWeight: 600 },
        data: report.stages.map((s, i) => ({
          name: s.name,
          value: s.count,
          itemStyle: {
            color:
              s.kind === 'won' ? paletteColor('green') : paletteColor('blue', Math.max(3, 7 - i)),
          },
        })),
      },
    ],
  }
  const lost = {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    color: SERIES_COLORS,
    series: [
      {
        type: 'pie',
        radius: ['35%', '70%'],
        center: ['35%', '50%'],
        label: { show: false },
        data: report.lostReasons.map((r) => ({
          name: r.reason || t('reports.funnel.noReason'),
          value: r.count,
        })),
      },
    ],
  }
  return { funnel, lost }
}
