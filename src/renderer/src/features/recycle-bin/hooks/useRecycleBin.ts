import { useMutation } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { allBinIds, purgeInChunks } from '../binPurge'
import type { PurgeRequest } from '../purgeRequest'
import { TOUCHES } from '../../../../../shared/api'
import { useRefresh } from '../../../lib/queries'

function useRefreshCustomers() {
  return useRefresh(TOUCHES.customer)
}

export function useRestoreMany() {
  const refresh = useRefreshCustomers()
  return useMutation({
    mutationFn: (ids: number[]) => api.call('customers.bulkRestore', { ids }),
    onSuccess: refresh,
  })
}

/**
 * Deletes for good: only after the confirm dialog, the one place where Kehu asks first.
 * Resolves to how many customers went. Emptying the bin reads its ids afresh, so what is
 * purged is what is in the bin now, whatever the page shows.
 */
export function usePurge() {
  const refresh = useRefreshCustomers()
  return useMutation({
    mutationFn: async (request: PurgeRequest): Promise<number> => {
      switch (request.kind) {
        case 'one':
          await api.call('customers.purge', { id: request.customer.id })
          return 1
        case 'selected':
          return purgeInChunks(request.ids)
        case 'all':
          return purgeInChunks(await allBinIds())
      }
    },
    // Also after a failure: a chunked purge may have gone part of the way.
    onSettled: refresh,
  })
}
