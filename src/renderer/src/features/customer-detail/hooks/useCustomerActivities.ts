import { useInfiniteQuery, useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Activity, ActivityCreateInput } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { api } from '../../../lib/api'
import { useDeleteWithUndo } from '../../../lib/useUndoToast'
import { customersKey, useRefreshCustomers } from '../../../data/customers'
import type { FollowUpChanges } from '../followUpValues'

export const ACTIVITY_PAGE_SIZE = 20

/** A customer's follow-ups, newest first, a page at a time ("load more"). */
export function useCustomerActivities(customerId: number, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...customersKey, 'activities', customerId],
    queryFn: ({ pageParam }) =>
      api.call('activities.list', { customerId, page: pageParam, pageSize: ACTIVITY_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: (last, pages) =>
      pages.length * ACTIVITY_PAGE_SIZE < last.total ? pages.length + 1 : undefined,
    enabled,
  })
}

export type SaveFollowUpInput =
  { id: null; values: ActivityCreateInput } | { id: number; values: FollowUpChanges }

/**
 * Logs a new follow-up (id null) or corrects one. Either moves the customer's last contact
 * and next follow-up date, its history and the due list: all under ['customers'].
 */
export function useSaveFollowUp() {
  const refresh = useRefreshCustomers()
  return useMutation({
    mutationFn: (input: SaveFollowUpInput) =>
      input.id === null
        ? api.call('activities.create', input.values)
        : api.call('activities.update', { ...input.values, id: input.id }),
    onSuccess: refresh,
  })
}

/** Deletes at once; the toast's Undo brings the follow-up back (activities.restore). */
export function useDeleteFollowUp() {
  const { t } = useTranslation()
  const refresh = useRefreshCustomers()
  const what = (activity: Activity) =>
    `${t(`followUps.kinds.${activity.kind}`)} · ${formatInstant(activity.occurredAt)}`
  return useDeleteWithUndo<Activity>({
    remove: (activity) => api.call('activities.delete', { id: activity.id }),
    restore: (activity) => api.call('activities.restore', { id: activity.id }),
    deletedText: (activity) => t('followUps.deleted', { what: what(activity) }),
    restoredText: (activity) => t('followUps.restored', { what: what(activity) }),
    refresh,
    testId: 'followup-undo',
  })
}
