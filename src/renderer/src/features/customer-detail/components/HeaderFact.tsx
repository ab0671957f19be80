import { Group, Text } from '@mantine/core'
import type { ReactNode } from 'react'

export interface HeaderFactProps {
  icon: ReactNode
  children: ReactNode
  testId: string
}

/** One fact in the customer header: a dimmed icon and its value. */
export function HeaderFact({ icon, children, testId }: HeaderFactProps) {
  return (
    <Group gap={4} wrap="nowrap" data-testid={testId}>
      <Text c="dimmed" component="span" style={{ display: 'inline-flex' }}>
        {icon}
      </Text>
      {children}
    </Group>
  )
}
