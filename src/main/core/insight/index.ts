/** The insight domain's surface: what the rest of the core may use of it. */
export { insightSheets } from './export'
export { insightHandlers } from './handlers'
export { atRiskFigure } from './refresh'
export { refreshInsight } from './refresh'
