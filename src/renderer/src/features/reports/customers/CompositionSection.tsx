import { SegmentedControl, SimpleGrid } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  COMPOSITION_DIMENSIONS,
  type CompositionDimension,
  type CompositionRow,
  type CustomersReport,
} from '../../../../../shared/api'
import { Chart } from '../../../components/chart/Chart'
import { paletteColor, SERIES_COLORS } from '../../../components/chart/chartTheme'
import { GRADE_COLORS, STAGE_COLORS } from '../../../lib/colors'
import { ReportSection } from '../components/ReportSection'
import { ReportTable } from '../components/ReportTable'
import type { ReportViewProps } from '../components/ReportViewProps'
import { compositionLabel } from './compositionLabels'

export interface CompositionSectionProps extends Pick<ReportViewProps, 'onDrill' | 'print'> {
  report: CustomersReport
}

function colorOf(dimension: CompositionDimension, key: string, index: number): string {
  if (dimension === 'grade' && key in GRADE_COLORS)
    return paletteColor(GRADE_COLORS[key as keyof typeof GRADE_COLORS])
  if (dimension === 'stage' && key in STAGE_COLORS)
    return paletteColor(STAGE_COLORS[key as keyof typeof STAGE_COLORS])
  if (key === 'none' || key === 'others') return paletteColor('gray', 4)
  return SERIES_COLORS[index % SERIES_COLORS.length]!
}

/** 客户构成 by grade, stage, industry, source and region: a ring and a table (all five on paper). */
export function CompositionSection({ report, onDrill, print }: CompositionSectionProps) {
  const { t } = useTranslation()
  const [dimension, setDimension] = useState<CompositionDimension>('grade')
  const rows = report.composition[dimension]
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
      series: [
        {
          type: 'pie',
          radius: ['40%', '72%'],
          center: ['38%', '50%'],
          label: { show: false },
          data: rows.map((r, i) => ({
            name: compositionLabel(t, dimension, r.key),
            value: r.count,
            itemStyle: { color: colorOf(dimension, r.key, i) },
          })),
        },
      ],
    }),
    [rows, dimension, t],
  )
  const table = (d: CompositionDimension) => (
    <ReportTable<CompositionRow>
      key={d}
      testId={`composition-table-${d}`}
      rows={report.composition[d].filter((r) => !print || r.count > 0)}
      rowKey={(r) => r.key}
      onRowClick={
        onDrill
          ? (r) => onDrill({ dimension: d, key: r.key }, compositionLabel(t, d, r.key))
          : undefined
      }
      columns={[
        {
          id: 'value',
          header: t(`reports.customers.dimension.${d}`),
          cell: (r) => compositionLabel(t, d, r.key),
        },
        { id: 'count', header: t('reports.customers.count'), align: 'right', cell: (r) => r.count },
        {
          id: 'share',
          header: t('reports.customers.share'),
          align: 'right',
          cell: (r) =>
            report.customers === 0 ? '—' : `${((r.count / report.customers) * 100).toFixed(1)}%`,
        },
      ]}
    />
  )
  if (print)
    return (
      <ReportSection
        print
        testId="composition-section"
        title={t('reports.customers.composition')}
        hint={t('reports.customers.compositionHint')}
      >
        <div className="kp-columns">{COMPOSITION_DIMENSIONS.map(table)}</div>
      </ReportSection>
    )
  return (
    <ReportSection
      testId="composition-section"
      title={t('reports.customers.composition')}
      hint={t('reports.customers.compositionHint')}
      actions={
        <SegmentedControl
          size="xs"
          value={dimension}
          onChange={(value) => setDimension(value)}
          data={COMPOSITION_DIMENSIONS.map((d) => ({
            value: d,
            label: t(`reports.customers.dimension.${d}`),
          }))}
          data-testid="composition-dimension"
        />
      }
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Chart
          option={option}
          height={260}
          label={t('reports.customers.composition')}
          testId="composition-chart"
          onSelect={
            onDrill
              ? (e) => {
                  const r = rows[e.dataIndex]
                  if (r) onDrill({ dimension, key: r.key }, compositionLabel(t, dimension, r.key))
                }
              : undefined
          }
        />
        {table(dimension)}
      </SimpleGrid>
    </ReportSection>
  )
}
