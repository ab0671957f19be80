import { Text } from '@mantine/core'
import type { ReportViewProps } from '../components/ReportViewProps'

/** Skeleton: the report is being built (issue 8). */
export function CampaignReport(_props: ReportViewProps) {
  return <Text c="dimmed">…</Text>
}
