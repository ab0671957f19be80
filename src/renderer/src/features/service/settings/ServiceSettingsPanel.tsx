export type ServiceSettingsPanelProps = Record<string, never>

/** Skeleton: this part's settings section (issue 8). */
export function ServiceSettingsPanel(_props: ServiceSettingsPanelProps) {
  return null
}
