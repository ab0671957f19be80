import { Card, Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

export interface ReportSectionProps {
  title: string
  /** A line under the title: what is counted. */
  hint?: string
  /** Controls beside the title (screen only). */
  actions?: ReactNode
  print?: boolean
  children: ReactNode
  testId?: string
}

/** One chart with its table: a card on screen, a heading and a block on paper. */
export function ReportSection({
  title,
  hint,
  actions,
  print,
  children,
  testId,
}: ReportSectionProps) {
  if (print)
    return (
      <section data-testid={testId}>
        <h2>{title}</h2>
        {hint && <p style={{ margin: '0 0 2mm', color: '#555', fontSize: '8.5pt' }}>{hint}</p>}
        {children}
      </section>
    )
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <div>
          <Title order={3}>{title}</Title>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {actions}
      </Group>
      <Stack gap="sm">{children}</Stack>
    </Card>
  )
}
