import { Alert, Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Customer, CustomerSortField, ListResult } from '../../../../../shared/api'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { useLoadDemo } from '../../../data/demo'
import type { CustomerSort } from '../listParams'
import type { RowSelectionControl } from '../selection/useRowSelection'
import type { CustomerColumns } from './customerColumns'
import { CustomerListEmpty } from './CustomerListEmpty'
import { CustomerTable } from './CustomerTable'

export interface CustomerListBodyProps {
  data: ListResult<Customer> | undefined
  error: unknown
  onRetry: () => void
  filtered: boolean
  /** Changes whenever filters, sort or page change: a new page starts at the top. */
  pageKey: string
  columns: CustomerColumns
  sort: CustomerSort | null
  onSort: (field: CustomerSortField) => void
  onOpen: (customer: Customer) => void
  onNew: () => void
  onClearFilters: () => void
  selection: RowSelectionControl
  scrollRef: Ref<HTMLDivElement>
}

/** What fills the list's frame: the table, a loader, an error with Retry, or an empty state. */
export function CustomerListBody({
  data,
  error,
  onRetry,
  filtered,
  pageKey,
  columns,
  sort,
  onSort,
  onOpen,
  onNew,
  onClearFilters,
  selection,
  scrollRef,
}: CustomerListBodyProps) {
  const { t } = useTranslation()
  const loadDemo = useLoadDemo()
  if (error && !data) {
    return (
      <Alert color="red" m="md" title={t('common.failed')}>
        {errorMessage(t, error)}
        <Button size="xs" variant="light" ml="md" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Alert>
    )
  }
  if (!data) return <PageLoader />
  if (data.rows.length === 0) {
    return (
      <CustomerListEmpty
        reason={filtered ? 'noMatch' : 'none'}
        onNew={onNew}
        onLoadDemo={() =>
          loadDemo.mutate(undefined, {
            onError: (failure) =>
              notifications.show({
                color: 'red',
                title: t('common.failed'),
                message: errorMessage(t, failure),
              }),
          })
        }
        loadingDemo={loadDemo.isPending}
        onClearFilters={onClearFilters}
      />
    )
  }
  return (
    <CustomerTable
      key={pageKey}
      rows={data.rows}
      columns={columns}
      sort={sort}
      onSort={onSort}
      onOpen={onOpen}
      deleted={false}
      scrollRef={scrollRef}
      selection={selection}
    />
  )
}
