import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts'
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

/**
 * ECharts, tree-shaken: only the charts and components the reports and the dashboard use,
 * drawn by the SVG renderer so that a printed page (and a PDF) stays crisp at any zoom.
 */
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  FunnelChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DatasetComponent,
  MarkLineComponent,
  SVGRenderer,
])

export { echarts }
export type { EChartsCoreOption, ECharts } from 'echarts/core'
