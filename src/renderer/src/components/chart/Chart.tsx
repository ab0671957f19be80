import { useEffect, useState, type ComponentType } from 'react'
import type { ChartProps } from './EChart'

export type { ChartProps, ChartSelectEvent } from './EChart'

/** ECharts' chunk once it has arrived (every chart after the first renders it at once). */
let loaded: ComponentType<ChartProps> | null = null
let loading: Promise<ComponentType<ChartProps>> | null = null

function load(): Promise<ComponentType<ChartProps>> {
  loading ??= import('./EChart').then((m) => (loaded = m.EChart))
  return loading
}

/** Starts loading ECharts now (a page with charts, while its data is still on the way). */
export function preloadCharts(): void {
  load().catch(() => {
    // A chart that needs it reports the failure.
  })
}

/**
 * A chart, loaded on first use: ECharts is its own chunk, so the pages around a chart
 * (the home page's figures, a report's tables) paint before it arrives. Not React.lazy:
 * React holds back the reveal of a suspended boundary (up to 300 ms after its fallback),
 * which the chart waited for on every opening of a report.
 */
export function Chart(props: ChartProps) {
  const [EChart, setEChart] = useState(() => loaded)
  const [failure, setFailure] = useState<Error | null>(null)
  useEffect(() => {
    if (EChart) return
    let live = true
    load().then(
      (component) => live && setEChart(() => component),
      (error: unknown) =>
        live && setFailure(error instanceof Error ? error : new Error('the chart could not load')),
    )
    return () => {
      live = false
    }
  }, [EChart])
  // As React.lazy did: a chunk that cannot load goes to the page's error boundary.
  if (failure) throw failure
  if (!EChart) return <div style={{ width: props.width ?? '100%', height: props.height }} />
  return <EChart {...props} />
}
