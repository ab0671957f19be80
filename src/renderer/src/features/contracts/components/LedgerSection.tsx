import { Group, Paper, Title } from '@mantine/core'
import type { ReactNode } from 'react'

export interface LedgerSectionProps {
  title: string
  /** Buttons or a count at the right of the title. */
  aside?: ReactNode
  children: ReactNode
  testId?: string
}

/** A titled block of a ledger page (items, plan, payments, invoices …). */
export function LedgerSection({ title, aside, children, testId }: LedgerSectionProps) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={3}>{title}</Title>
        {aside}
      </Group>
      {children}
    </Paper>
  )
}
