import { lazy, Suspense } from 'react'
import type { ChartProps } from './EChart'

export type { ChartProps, ChartSelectEvent } from './EChart'

const load = () => import('./EChart')
const EChart = lazy(() => load().then((m) => ({ default: m.EChart })))

/** Starts loading ECharts now (a page with charts, while its data is still on the way). */
export function preloadCharts(): void {
  void load()
}

/**
 * A chart, loaded on first use: ECharts is its own chunk, so the pages around a chart
 * (the home page's figures, a report's tables) paint before it arrives.
 */
export function Chart(props: ChartProps) {
  return (
    <Suspense fallback={<div style={{ width: props.width ?? '100%', height: props.height }} />}>
      <EChart {...props} />
    </Suspense>
  )
}
