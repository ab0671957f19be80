import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { CustomerMergeInput } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { useUndoToast } from '../../../lib/useUndoToast'
import { TOUCHES } from '../../../../../shared/api'
import { useRefresh } from '../../../lib/queries'

/** customers.merge; the success toast offers Undo (customers.unmerge with the merge's id). */
export function useMergeCustomers() {
  const { t } = useTranslation()
  const showUndo = useUndoToast()
  const refresh = useRefresh(TOUCHES.customer)

  return useMutation({
    mutationFn: (input: CustomerMergeInput) => api.call('customers.merge', input),
    onSuccess: (kept, input) => {
      refresh()
      showUndo({
        message: t('merge.done', { count: input.mergeIds.length, name: kept.name }),
        undo: async () => {
          const restored = await api.call('customers.unmerge', { mergeId: kept.mergeId })
          return t('merge.undone', { name: restored.name })
        },
        onSettled: refresh,
        testId: 'merge-undo',
        color: 'green',
        autoClose: 15_000,
      })
    },
  })
}
