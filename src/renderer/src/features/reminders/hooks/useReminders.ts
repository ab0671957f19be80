import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodInput } from '../../../../../shared/api'
import { api } from '../../../lib/api'

/**
 * The reminder centre's queries. Reminders are derived from customers, contracts and
 * return visits, so they are asked again every minute and on focus; a reminder's own write
 * refreshes every reminder query (the page, the badge, a customer's reminders).
 */
export const remindersKey = ['reminders'] as const

export function useReminderList(input: MethodInput<'reminders.list'>) {
  return useQuery({
    queryKey: [...remindersKey, 'list', input],
    queryFn: () => api.call('reminders.list', input),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  })
}

export function useReminderCount() {
  return useQuery({
    queryKey: [...remindersKey, 'count'],
    queryFn: () => api.call('reminders.count', {}),
    refetchInterval: 60_000,
  })
}

export function useRemindersFor(input: MethodInput<'reminders.for'>) {
  return useQuery({
    queryKey: [...remindersKey, 'for', input],
    queryFn: () => api.call('reminders.for', input),
  })
}

export function useRefreshReminders() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: remindersKey })
}

export type ReminderAction =
  | { action: 'done'; key: string }
  | { action: 'undo'; key: string }
  | { action: 'snooze'; key: string; until: string }

export function useReminderAction() {
  const refresh = useRefreshReminders()
  return useMutation({
    mutationFn: (input: ReminderAction) =>
      input.action === 'snooze'
        ? api.call('reminders.snooze', { key: input.key, until: input.until })
        : api.call(`reminders.${input.action}`, { key: input.key }),
    onSettled: refresh,
  })
}

export type SaveReminderInput =
  | { id: null; values: MethodInput<'reminders.create'> }
  | { id: number; values: MethodInput<'reminders.create'> }

export function useSaveReminder() {
  const refresh = useRefreshReminders()
  return useMutation({
    mutationFn: (input: SaveReminderInput) =>
      input.id === null
        ? api.call('reminders.create', input.values)
        : api.call('reminders.update', { ...input.values, id: input.id }),
    onSuccess: refresh,
  })
}
