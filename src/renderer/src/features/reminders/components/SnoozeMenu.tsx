import { Button, Group, Menu, Modal, Stack } from '@mantine/core'
import { IconClockPause } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays } from '../../../../../shared/dates'
import { isCalendarDate } from '../../../../../shared/dates'
import { DateField } from '../../../components/DateField'

export interface SnoozeMenuProps {
  today: string
  onSnooze: (until: string) => void
  disabled?: boolean
  testId: string
}

/** The Monday after today's week. */
function nextMonday(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number]
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return addDays(today, (8 - weekday) % 7 || 7)
}

/** 推迟: tomorrow, in 3 days, next week, or a chosen day after today. */
export function SnoozeMenu({ today, onSnooze, disabled, testId }: SnoozeMenuProps) {
  const { t } = useTranslation()
  const [picking, setPicking] = useState(false)
  const [date, setDate] = useState('')
  const [error, setError] = useState<string | null>(null)
  const apply = () => {
    if (!isCalendarDate(date)) return setError(t('reminders.form.badDate'))
    if (date <= today) return setError(t('errors.snoozeNotAfterToday'))
    setPicking(false)
    onSnooze(date)
  }
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconClockPause size={14} />}
            disabled={disabled}
            data-testid={testId}
          >
            {t('reminders.snooze')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => onSnooze(addDays(today, 1))} data-testid="snooze-tomorrow">
            {t('reminders.snoozeTomorrow')}
          </Menu.Item>
          <Menu.Item onClick={() => onSnooze(addDays(today, 3))} data-testid="snooze-3">
            {t('reminders.snooze3')}
          </Menu.Item>
          <Menu.Item onClick={() => onSnooze(nextMonday(today))} data-testid="snooze-week">
            {t('reminders.snoozeWeek')}
          </Menu.Item>
          <Menu.Item
            onClick={() => {
              setDate(addDays(today, 1))
              setError(null)
              setPicking(true)
            }}
            data-testid="snooze-date"
          >
            {t('reminders.snoozeDate')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={picking}
        onClose={() => setPicking(false)}
        title={t('reminders.snoozeUntil')}
        size="sm"
      >
        <Stack>
          <DateField
            label={t('reminders.snoozeUntil')}
            value={date}
            onChange={(v) => {
              setDate(v)
              setError(null)
            }}
            error={error}
            data-autofocus
            data-testid="snooze-date-input"
            onKeyDown={(e) => e.key === 'Enter' && apply()}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPicking(false)}>
              {t('reminders.form.cancel')}
            </Button>
            <Button onClick={apply} data-testid="snooze-date-apply">
              {t('reminders.snoozeApply')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
