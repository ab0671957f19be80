export type InsightSettingsPanelProps = Record<string, never>

/** Skeleton: this part's settings section (issue 8). */
export function InsightSettingsPanel(_props: InsightSettingsPanelProps) {
  return null
}
