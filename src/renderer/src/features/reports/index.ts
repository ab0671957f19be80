/** What other features use of reports: its only surface. */
export { recordLink } from './components/DrillDrawer'
export { AGING_COLORS, agingBarOption } from './receivables/receivablesCharts'
export { reportLink } from './reportParams'
export { monthEnd } from './reportRange'
