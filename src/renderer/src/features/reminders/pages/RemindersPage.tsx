import { Button, Chip, Group, Select, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REMINDER_KINDS, type ReminderKind } from '../../../../../shared/api'
import { useToday } from '../../../data/today'
import { useOwners } from '../../../data/owners'
import { CountBadge, ReminderSection } from '../components/ReminderSection'
import { ReminderFormModal } from '../components/ReminderFormModal'
import { useReminderActions } from '../hooks/useReminderActions'
import { useReminderList } from '../hooks/useReminders'

export type RemindersPageProps = Record<string, never>

/** 提醒中心: today (overdue first) and the coming days, by owner and kind, and 新建提醒. */
export function RemindersPage(_props: RemindersPageProps) {
  const { t } = useTranslation()
  const today = useToday()
  const owners = useOwners().data ?? []
  const [ownerId, setOwnerId] = useState<number | null>(null)
  const [kinds, setKinds] = useState<ReminderKind[]>([])
  const [creating, setCreating] = useState(false)
  const list = useReminderList({
    ...(ownerId !== null ? { ownerId } : {}),
    ...(kinds.length > 0 ? { kinds } : {}),
  })
  const actions = useReminderActions()
  const data = list.data
  const common = {
    today,
    onDone: actions.done,
    onSnooze: actions.snooze,
    busy: actions.pending,
    moreText: (count: number) => t('reminders.more', { count }),
  }
  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('reminders.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('reminders.subtitle')}
          </Text>
        </div>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setCreating(true)}
          data-testid="reminder-new"
        >
          {t('reminders.new')}
        </Button>
      </Group>
      <Group gap="md" align="center">
        <Select
          aria-label={t('reminders.owner')}
          placeholder={t('reminders.allOwners')}
          data={owners.map((o) => ({ value: String(o.id), label: o.name }))}
          value={ownerId === null ? null : String(ownerId)}
          onChange={(v) => setOwnerId(v === null ? null : Number(v))}
          clearable
          w={180}
          data-testid="reminder-owner"
        />
        <Chip.Group multiple value={kinds} onChange={setKinds}>
          <Group gap={6} data-testid="reminder-kinds">
            {REMINDER_KINDS.map((kind) => (
              <Chip
                key={kind}
                value={kind}
                size="xs"
                variant="outline"
                data-testid={`reminder-kind-${kind}`}
              >
                {t(`reminders.kind.${kind}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Group>
      <ReminderSection
        {...common}
        testId="reminders-today"
        title={t('reminders.today')}
        badges={
          data && (
            <>
              <CountBadge color="blue" testId="reminders-count-today">
                {t('reminders.countToday', { count: data.counts.today })}
              </CountBadge>
              {data.counts.overdue > 0 && (
                <CountBadge color="red" testId="reminders-count-overdue">
                  {t('reminders.countOverdue', { count: data.counts.overdue })}
                </CountBadge>
              )}
            </>
          )
        }
        items={data?.today ?? []}
        total={data ? data.counts.today + data.counts.overdue : 0}
        empty={t('reminders.emptyToday')}
      />
      <ReminderSection
        {...common}
        testId="reminders-upcoming"
        title={t('reminders.upcoming')}
        badges={
          data && (
            <CountBadge color="gray" testId="reminders-count-upcoming">
              {t('reminders.countUpcoming', { count: data.counts.upcoming })}
            </CountBadge>
          )
        }
        items={data?.upcoming ?? []}
        total={data?.counts.upcoming ?? 0}
        empty={t('reminders.emptyUpcoming')}
      />
      <ReminderFormModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  )
}
