import { Badge, Group, Paper, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { ReminderItem } from '../../../../../shared/api'
import { ReminderItemRow } from './ReminderItemRow'

export interface ReminderSectionProps {
  title: string
  badges: ReactNode
  items: ReminderItem[]
  /** How many match in all (the list holds at most its limit). */
  total: number
  empty: string
  moreText: (count: number) => string
  today: string
  onDone: (key: string, title: string) => void
  onSnooze: (key: string, until: string) => void
  busy: boolean
  testId: string
}

/** 今天 or 即将到来: its counts and its items, oldest first. */
export function ReminderSection(props: ReminderSectionProps) {
  const { items, total } = props
  return (
    <section data-testid={props.testId}>
      <Group gap="sm" mb={6}>
        <Title order={3} size="h4">
          {props.title}
        </Title>
        {props.badges}
      </Group>
      <Paper withBorder radius="sm">
        {items.length === 0 ? (
          <Text c="dimmed" size="sm" p="md" data-testid={`${props.testId}-empty`}>
            {props.empty}
          </Text>
        ) : (
          items.map((item) => (
            <ReminderItemRow
              key={item.key}
              item={item}
              today={props.today}
              onDone={props.onDone}
              onSnooze={props.onSnooze}
              busy={props.busy}
            />
          ))
        )}
        {total > items.length && (
          <Text size="xs" c="dimmed" px="md" py={6}>
            {props.moreText(total - items.length)}
          </Text>
        )}
      </Paper>
    </section>
  )
}

export function CountBadge({
  color,
  children,
  testId,
}: {
  color: string
  children: ReactNode
  testId: string
}) {
  return (
    <Badge variant="light" color={color} data-testid={testId}>
      {children}
    </Badge>
  )
}
