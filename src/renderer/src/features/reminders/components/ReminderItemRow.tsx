import { Anchor, Badge, Button, Group, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ReminderItem } from '../../../../../shared/api'
import { useMoney } from '../../../lib/useMoney'
import { dueText, itemDetail, itemRoute, itemText, KIND_LOOK } from '../reminderText'
import { SnoozeMenu } from './SnoozeMenu'

export interface ReminderItemRowProps {
  item: ReminderItem
  today: string
  onDone: (key: string, title: string) => void
  onSnooze: (key: string, until: string) => void
  busy: boolean
}

/** One reminder: its kind, what it is about (linked to the record), when, 完成 and 推迟. */
export function ReminderItemRow({ item, today, onDone, onSnooze, busy }: ReminderItemRowProps) {
  const { t } = useTranslation()
  const { money } = useMoney()
  const look = KIND_LOOK[item.kind]
  const text = itemText(t, item, money)
  const route = itemRoute(item)
  const detail = itemDetail(item)
  return (
    <Group
      wrap="nowrap"
      gap="sm"
      px="md"
      py={8}
      data-testid="reminder-item"
      data-key={item.key}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <ThemeIcon variant="light" color={look.color} size={30} radius="xl">
        <look.icon size={17} stroke={1.7} />
      </ThemeIcon>
      <Stack gap={0} flex={1} miw={0}>
        <Group gap={6} wrap="nowrap">
          <Badge size="xs" variant="light" color={look.color} style={{ flexShrink: 0 }}>
            {t(`reminders.kind.${item.kind}`)}
          </Badge>
          {route ? (
            <Anchor
              component={Link}
              to={route}
              size="sm"
              fw={500}
              truncate
              data-testid="reminder-link"
            >
              {text}
            </Anchor>
          ) : (
            <Text size="sm" fw={500} truncate>
              {text}
            </Text>
          )}
        </Group>
        {(detail || item.ownerName) && (
          <Text size="xs" c="dimmed" truncate>
            {[detail, item.ownerName].filter(Boolean).join(' · ')}
          </Text>
        )}
      </Stack>
      <Text
        size="sm"
        c={item.overdue && !item.snoozedUntil ? 'red' : 'dimmed'}
        fw={item.overdue && !item.snoozedUntil ? 600 : 400}
        style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
        data-testid="reminder-due"
      >
        {dueText(t, item)}
      </Text>
      <Group gap={6} wrap="nowrap">
        <Button
          size="compact-sm"
          variant="light"
          color="green"
          leftSection={<IconCheck size={14} />}
          onClick={() => onDone(item.key, text)}
          disabled={busy}
          data-testid="reminder-done"
        >
          {t('reminders.done')}
        </Button>
        <SnoozeMenu
          today={today}
          onSnooze={(until) => onSnooze(item.key, until)}
          disabled={busy}
          testId="reminder-snooze"
        />
      </Group>
    </Group>
  )
}
