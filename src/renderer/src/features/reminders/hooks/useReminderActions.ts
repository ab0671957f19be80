import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useUndoToast } from '../../../lib/useUndoToast'
import { useReminderAction, useRefreshReminders } from './useReminders'

/** Done (with 撤销 in the toast) and snooze for any item by its key. */
export function useReminderActions() {
  const { t } = useTranslation()
  const action = useReminderAction()
  const refresh = useRefreshReminders()
  const undoToast = useUndoToast()
  const failed = (error: unknown) =>
    notifications.show({
      color: 'red',
      title: t('reminders.actionFailed'),
      message: errorMessage(t, error),
    })
  return {
    pending: action.isPending,
    done: (key: string, title: string) =>
      action.mutate(
        { action: 'done', key },
        {
          onSuccess: () =>
            undoToast({
              message: t('reminders.doneToast', { title }),
              undo: async () => {
                await api.call('reminders.undo', { key })
                return t('reminders.undo')
              },
              onSettled: () => void refresh(),
              testId: 'reminder-undo',
            }),
          onError: failed,
        },
      ),
    undo: (key: string) => action.mutate({ action: 'undo', key }, { onError: failed }),
    snooze: (key: string, until: string) =>
      action.mutate(
        { action: 'snooze', key, until },
        {
          onSuccess: () =>
            notifications.show({ color: 'blue', message: t('reminders.snoozed', { date: until }) }),
          onError: failed,
        },
      ),
  }
}
