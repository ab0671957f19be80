import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reminder } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useDeleteWithUndo } from '../../../lib/useUndoToast'
import { useReminderActions } from '../hooks/useReminderActions'
import { useRefreshReminders, useRemindersFor } from '../hooks/useReminders'
import { ReminderFormModal } from './ReminderFormModal'

export interface CustomerRemindersProps {
  customerId: number
  /** False for a record in the recycle bin. */
  editable: boolean
}

/** The customer's hand-made reminders beside its facts: add, done, delete (with 撤销). */
export function CustomerReminders({ customerId, editable }: CustomerRemindersProps) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  const reminders = useRemindersFor({ customerId }).data ?? []
  const actions = useReminderActions()
  const refresh = useRefreshReminders()
  const remove = useDeleteWithUndo<Reminder>({
    remove: (r) => api.call('reminders.delete', { id: r.id }),
    restore: (r) => api.call('reminders.restore', { id: r.id }),
    deletedText: (r) => t('reminders.customer.deleted', { name: r.title }),
    restoredText: (r) => t('reminders.customer.restored', { name: r.title }),
    refresh: () => void refresh(),
    testId: 'reminder-delete-undo',
  })
  return (
    <Card withBorder radius="sm" padding="md" data-testid="customer-reminders">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('reminders.customer.title')}
        </Title>
        {editable && (
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
            data-testid="customer-reminder-add"
          >
            {t('reminders.customer.add')}
          </Button>
        )}
      </Group>
      {reminders.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reminders.customer.empty')}
        </Text>
      ) : (
        <Stack gap={6}>
          {reminders.map((r) => (
            <Group
              key={r.id}
              gap="xs"
              wrap="nowrap"
              align="flex-start"
              data-testid="customer-reminder"
            >
              <Checkbox
                mt={2}
                size="xs"
                aria-label={t('reminders.done')}
                checked={false}
                disabled={!editable || actions.pending}
                onChange={() => actions.done(`manual:${r.id}`, r.title)}
                data-testid="customer-reminder-done"
              />
              <Stack gap={0} flex={1} miw={0}>
                <Text size="sm" lineClamp={2}>
                  {r.title}
                </Text>
                <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatInstant(r.at)}
                </Text>
              </Stack>
              {editable && (
                <Tooltip label={t('reminders.customer.delete')}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={t('reminders.customer.delete')}
                    onClick={() =>
                      remove.mutate(r, {
                        onError: (error) =>
                          notifications.show({
                            color: 'red',
                            title: t('reminders.customer.deleteFailed'),
                            message: errorMessage(t, error),
                          }),
                      })
                    }
                    data-testid="customer-reminder-delete"
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <ReminderFormModal
        opened={adding}
        onClose={() => setAdding(false)}
        link={{ customerId, name: '' }}
      />
    </Card>
  )
}
