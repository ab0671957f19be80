import { Card, Stack, Text, ThemeIcon } from '@mantine/core'
import type { ReactNode } from 'react'

export interface WelcomeChoiceProps {
  icon: ReactNode
  title: string
  text: string
  action: ReactNode
  disabled?: boolean
}

export function WelcomeChoice({ icon, title, text, action, disabled = false }: WelcomeChoiceProps) {
  return (
    <Card withBorder padding="lg" style={{ opacity: disabled ? 0.7 : 1 }}>
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap="sm">
          <ThemeIcon size={40} radius="md" variant="light" color={disabled ? 'gray' : undefined}>
            {icon}
          </ThemeIcon>
          <Text fw={600} size="lg">
            {title}
          </Text>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
        </Stack>
        {action}
      </Stack>
    </Card>
  )
}
