import { Alert, Button, Paper, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useCallback, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Customer } from '../../../../../shared/api'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { useLoadDemo } from '../../home/hooks/useLoadDemo'
import { useOwners } from '../../settings/hooks/useOwners'
import { ActiveFilterChips } from '../components/ActiveFilterChips'
import { customerColumns } from '../components/customerColumns'
import { CustomerFilters } from '../components/CustomerFilters'
import { CustomerFormDrawer } from '../components/CustomerFormDrawer'
import { CustomerListEmpty, type CustomerListEmptyReason } from '../components/CustomerListEmpty'
import { CustomerListHeader } from '../components/CustomerListHeader'
import { CustomerPager } from '../components/CustomerPager'
import { CustomerTable } from '../components/CustomerTable'
import { useCustomerFormParam } from '../hooks/useCustomerFormParam'
import { useCustomerListParams } from '../hooks/useCustomerListParams'
import { useCustomerList, useRestoreCustomer } from '../hooks/useCustomers'
import {
  effectiveSort,
  hasFilters,
  nextSort,
  PAGE_SIZE,
  patchListParams,
  toListInput,
} from '../listParams'

export type CustomersPageProps = Record<string, never>

/** The customer list: server-paged, sorted and filtered in the core, with its state in the URL. */
export function CustomersPage(_props: CustomersPageProps) {
  const { t } = useTranslation()
  const { params, setParams, update } = useCustomerListParams()
  const form = useCustomerFormParam()
  const input = useMemo(() => toListInput(params), [params])
  const list = useCustomerList(input)
  const owners = useOwners().data ?? []
  const restore = useRestoreCustomer()
  const loadDemo = useLoadDemo()
  const tableRef = useRef<HTMLDivElement>(null)

  const { mutate: restoreMutate } = restore
  const onRestore = useCallback(
    (customer: Customer) =>
      restoreMutate(customer.id, {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: t('customers.restored', { name: customer.name }),
          }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('common.failed'),
            message: errorMessage(t, error),
          }),
      }),
    [restoreMutate, t],
  )
  const restoringId = restore.isPending ? (restore.variables ?? null) : null
  const columns = useMemo(
    () => customerColumns(t, { deleted: params.deleted, onRestore, restoringId }),
    [t, params.deleted, onRestore, restoringId],
  )

  const rows = list.data?.rows ?? []
  const total = list.data?.total
  const emptyReason: CustomerListEmptyReason = params.deleted
    ? 'bin'
    : hasFilters(params)
      ? 'noMatch'
      : 'none'
  const clearFilters = () =>
    setParams(patchListParams(params, { q: '', stage: null, grade: null, ownerId: null }))

  let content
  if (list.isError && !list.data) {
    content = (
      <Alert color="red" m="md" title={t('common.failed')}>
        {errorMessage(t, list.error)}
        <Button size="xs" variant="light" ml="md" onClick={() => void list.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    )
  } else if (!list.data) {
    content = <PageLoader />
  } else if (rows.length === 0) {
    content = (
      <CustomerListEmpty
        reason={emptyReason}
        onNew={() => form.open('new')}
        onLoadDemo={() =>
          loadDemo.mutate(undefined, {
            onError: (error) =>
              notifications.show({
                color: 'red',
                title: t('common.failed'),
                message: errorMessage(t, error),
              }),
          })
        }
        loadingDemo={loadDemo.isPending}
        onClearFilters={clearFilters}
        onLeaveBin={() => update({ deleted: false })}
      />
    )
  } else {
    content = (
      <CustomerTable
        // A new page or filter starts at the top of the list.
        key={JSON.stringify(input)}
        rows={rows}
        columns={columns}
        sort={effectiveSort(params)}
        onSort={(field) => update({ sort: nextSort(params, field) })}
        onOpen={params.deleted ? undefined : (customer) => form.open(customer.id)}
        deleted={params.deleted}
        scrollRef={tableRef}
      />
    )
  }

  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))"
    >
      <CustomerListHeader
        deleted={params.deleted}
        total={total}
        onToggleBin={() => update({ deleted: !params.deleted, sort: null })}
        onNew={() => form.open('new')}
      />
      <CustomerFilters
        params={params}
        owners={owners}
        onChange={update}
        onFocusList={() => tableRef.current?.focus()}
      />
      <ActiveFilterChips params={params} owners={owners} onChange={setParams} />
      <Paper withBorder flex={1} mih={0} style={{ overflow: 'hidden' }}>
        {content}
      </Paper>
      {total !== undefined && total > 0 && (
        <CustomerPager
          page={params.page}
          pageSize={PAGE_SIZE}
          total={total}
          onPage={(page) => update({ page })}
          openable={!params.deleted}
        />
      )}
      <CustomerFormDrawer
        target={form.target}
        preview={rows.find((customer) => customer.id === form.target)}
        onClose={form.close}
      />
    </Stack>
  )
}
