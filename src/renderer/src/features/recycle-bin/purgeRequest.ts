import type { TFunction } from 'i18next'
import type { Customer } from '../../../../shared/api'

/** What a confirmed purge deletes for good: one customer, the selected ones, or the whole bin. */
export type PurgeRequest =
  | { kind: 'one'; customer: Pick<Customer, 'id' | 'name' | 'code'> }
  | { kind: 'selected'; ids: number[] }
  | { kind: 'all'; count: number }

export interface PurgeDialogText {
  title: string
  question: string
  confirm: string
}

/** The confirm dialog names the customer, or states how many: purging cannot be undone. */
export function purgeDialogText(t: TFunction, request: PurgeRequest): PurgeDialogText {
  switch (request.kind) {
    case 'one':
      return {
        title: t('recycleBin.purgeTitle'),
        question: t('recycleBin.purgeQuestion', {
          name: request.customer.name,
          code: request.customer.code,
        }),
        confirm: t('recycleBin.purgeConfirm'),
      }
    case 'selected':
      return {
        title: t('recycleBin.purgeSelectedTitle'),
        question: t('recycleBin.purgeSelectedQuestion', { count: request.ids.length }),
        confirm: t('recycleBin.purgeCount', { count: request.ids.length }),
      }
    case 'all':
      return {
        title: t('recycleBin.emptyTitle'),
        question: t('recycleBin.emptyQuestion', { count: request.count }),
        confirm: t('recycleBin.purgeCount', { count: request.count }),
      }
  }
}
