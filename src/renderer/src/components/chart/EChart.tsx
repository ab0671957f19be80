import { useComputedColorScheme } from '@mantine/core'
import { use, useEffect, useRef } from 'react'
import { PrintWidthContext } from '../print/printWidth'
import { baseOption } from './chartTheme'
import { echarts, type ECharts, type EChartsCoreOption } from './echarts'

export interface ChartSelectEvent {
  seriesIndex: number
  dataIndex: number
  /** The category (x value) or the item's name. */
  name: string
}

export interface ChartProps {
  option: EChartsCoreOption
  height: number
  /** A fixed width in px (the print layout); else the container's, followed on resize. */
  width?: number
  /** The light look whatever the screen's scheme (the print layout). */
  print?: boolean
  /** What the chart shows, for screen readers (the table under it holds the figures). */
  label: string
  onSelect?: (event: ChartSelectEvent) => void
  testId?: string
}

/**
 * One ECharts chart with the SVG renderer: follows the colour scheme (re-created on a
 * change, as an ECharts theme is fixed at init), resizes with its container and marks
 * itself `data-ready` once drawn, which printing and the tests wait for.
 */
export function EChart({
  option,
  height,
  width: fixedWidth,
  print = false,
  label,
  onSelect,
  testId,
}: ChartProps) {
  const element = useRef<HTMLDivElement>(null)
  const chart = useRef<ECharts | null>(null)
  const scheme = useComputedColorScheme('light')
  // On paper a chart is as wide as the page's content, whatever the screen.
  const printWidth = use(PrintWidthContext)
  const width = fixedWidth ?? (print ? printWidth : undefined)
  const dark = !print && scheme === 'dark'

  useEffect(() => {
    const el = element.current
    if (!el) return
    const instance = echarts.init(el, dark ? 'dark' : undefined, {
      renderer: 'svg',
      ...(width ? { width, height } : {}),
    })
    chart.current = instance
    instance.on('finished', () => el.setAttribute('data-ready', 'true'))
    const observer = width ? null : new ResizeObserver(() => instance.resize())
    observer?.observe(el)
    return () => {
      observer?.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [dark, width, height])

  useEffect(() => {
    element.current?.removeAttribute('data-ready')
    chart.current?.setOption({ ...baseOption(dark), ...option }, true)
  }, [option, dark, print, width, height])

  useEffect(() => {
    const instance = chart.current
    if (!instance || !onSelect) return
    const handler = (params: { seriesIndex?: number; dataIndex?: number; name?: string }) =>
      onSelect({
        seriesIndex: params.seriesIndex ?? 0,
        dataIndex: params.dataIndex ?? 0,
        name: params.name ?? '',
      })
    instance.on('click', handler)
    return () => {
      instance.off('click', handler)
    }
  }, [onSelect, dark, width, height])

  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      data-testid={testId}
      className="kehu-chart"
      style={{ width: width ?? '100%', height, cursor: onSelect ? 'pointer' : undefined }}
    />
  )
}
