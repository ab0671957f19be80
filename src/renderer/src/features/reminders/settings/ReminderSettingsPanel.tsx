export type ReminderSettingsPanelProps = Record<string, never>

/** Skeleton: this part's settings section (issue 8). */
export function ReminderSettingsPanel(_props: ReminderSettingsPanelProps) {
  return null
}
