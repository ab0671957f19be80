import { EmptyState, Group } from '@mantine/core'
import type { ReactNode } from 'react'

export interface EmptyMessageProps {
  icon: ReactNode
  title: string
  /** What to do next, in a sentence. */
  description: string
  /** The buttons that do it. */
  actions?: ReactNode
}

/** Every empty screen says what to do next and offers the button to do it. */
export function EmptyMessage({ icon, title, description, actions }: EmptyMessageProps) {
  return (
    <EmptyState
      data-testid="empty-state"
      py="xl"
      icon={icon}
      withIndicatorBackground
      title={title}
      description={description}
    >
      {actions && (
        <Group justify="center" gap="sm" mt="xs">
          {actions}
        </Group>
      )}
    </EmptyState>
  )
}
