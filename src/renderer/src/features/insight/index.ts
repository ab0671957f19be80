/** What other features use of insight: its only surface. */
export { CustomerInsightCard } from './components/CustomerInsightCard'
export { RiskReasons } from './components/RiskReasons'
export { SegmentBadge } from './components/SegmentBadge'
export { SEGMENT_COLORS, segmentLabel } from './insightText'
export { InsightSettingsPanel } from './settings/InsightSettingsPanel'
