import type { TFunction } from 'i18next'
import type { ServiceReport } from '../../../../../shared/api/aftersales'
import { paletteColor } from '../../../components/chart/chartTheme'
import type { EChartsCoreOption } from '../../../components/chart/echarts'

/** The charts of the after-sales report, from the core's series as they are. */

const grid = { left: 8, right: 16, top: 32, bottom: 8, containLabel: true }

/** Open tickets per age bucket, complaints stacked apart from the rest. */
export function openByAgeOption(report: ServiceReport, t: TFunction): EChartsCoreOption {
  return {
    grid,
    legend: { top: 0, left: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: report.openByAge.map((b) => t(`service.report.age.${b.bucket}`)),
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('service.report.complaints'),
        type: 'bar',
        stack: 'open',
        barMaxWidth: 36,
        itemStyle: { color: paletteColor('red') },
        data: report.openByAge.map((b) => b.complaints),
      },
      {
        name: t('service.report.otherTickets'),
        type: 'bar',
        stack: 'open',
        barMaxWidth: 36,
        itemStyle: { color: paletteColor('blue') },
        data: report.openByAge.map((b) => b.count - b.complaints),
      },
    ],
  }
}

export function complaintsOption(report: ServiceReport, t: TFunction): EChartsCoreOption {
  return {
    grid,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: report.complaintsByMonth.map((m) => m.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('service.report.complaints'),
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: paletteColor('red') },
        data: report.complaintsByMonth.map((m) => m.count),
      },
    ],
  }
}

/** The month's average score as a line on 0–10; a month without scores leaves a gap. */
export function satisfactionMonthOption(report: ServiceReport, t: TFunction): EChartsCoreOption {
  return {
    grid,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: report.satisfactionByMonth.map((m) => m.month) },
    yAxis: { type: 'value', min: 0, max: 10, interval: 2 },
    series: [
      {
        name: t('service.report.averageScore'),
        type: 'line',
        connectNulls: false,
        symbolSize: 7,
        itemStyle: { color: paletteColor('teal') },
        label: {
          show: true,
          position: 'top',
          formatter: (p: { value: number | null }) => (p.value === null ? '' : p.value.toFixed(1)),
        },
        data: report.satisfactionByMonth.map((m) => m.average),
      },
    ],
  }
}

export function satisfactionOwnerOption(report: ServiceReport, t: TFunction): EChartsCoreOption {
  const rows = report.satisfactionByOwner
  return {
    grid: { ...grid, top: 16 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', min: 0, max: 10, interval: 2 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((o) => (o.ownerId === null ? t('service.unassigned') : o.ownerName)),
    },
    series: [
      {
        name: t('service.report.averageScore'),
        type: 'bar',
        barMaxWidth: 20,
        itemStyle: { color: paletteColor('teal') },
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: number }) => p.value.toFixed(1),
        },
        data: rows.map((o) => o.average),
      },
    ],
  }
}
