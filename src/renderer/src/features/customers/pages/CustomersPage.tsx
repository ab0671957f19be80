import { Paper, Stack } from '@mantine/core'
import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import type { Customer, Tag } from '../../../../../shared/api'
import { useActiveCustomFields } from '../../../data/customFields'
import { useOwners } from '../../../data/owners'
import { ActiveFilterChips } from '../components/ActiveFilterChips'
import { BulkActionBar } from '../components/BulkActionBar'
import { ColumnChooser } from '../components/ColumnChooser'
import { allCustomerColumns, customerColumns } from '../components/customerColumns'
import { CustomerFilters } from '../components/CustomerFilters'
import { CustomerFormDrawer } from '../components/CustomerFormDrawer'
import { CustomerListBody } from '../components/CustomerListBody'
import { CustomerListHeader } from '../components/CustomerListHeader'
import { Pager } from '../../../components/data-table/Pager'
import { SaveViewModal } from '../components/SaveViewModal'
import { ViewsMenu } from '../components/ViewsMenu'
import { useBulkActions } from '../hooks/useBulkActions'
import { useCustomerFormParam } from '../hooks/useCustomerFormParam'
import { useCustomerListParams } from '../hooks/useCustomerListParams'
import { useCustomerList } from '../../../data/customers'
import { useTags } from '../hooks/useTags'
import { useViewActions } from '../hooks/useViewActions'
import {
  clearAllFilters,
  effectiveSort,
  hasFilters,
  nextSort,
  PAGE_SIZE,
  toListInput,
} from '../listParams'
import { customerExportInput } from '../exportInput'
import { useRowSelection } from '../selection/useRowSelection'

export type CustomersPageProps = Record<string, never>

const NO_ROWS: Customer[] = []

/**
 * The customer list: server-paged, sorted and filtered in the core, with its state
 * (filters, columns, sort, page) in the URL; multi-select with bulk actions; saved views.
 */
export function CustomersPage(_props: CustomersPageProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const { params, setParams, update } = useCustomerListParams()
  const form = useCustomerFormParam()
  const input = useMemo(() => toListInput(params), [params])
  const pageKey = JSON.stringify(input)
  const list = useCustomerList(input)
  const owners = useOwners().data ?? []
  const customFields = useActiveCustomFields('customer')
  const tags = useTags().data
  const tableRef = useRef<HTMLDivElement>(null)
  const rows = list.data?.rows ?? NO_ROWS
  const rowIds = useMemo(() => rows.map((customer) => customer.id), [rows])
  const selection = useRowSelection(pageKey, rowIds)
  const bulk = useBulkActions()
  const views = useViewActions(params, setParams)

  const { open: openForm } = form
  const columnOptions = useMemo(
    () => ({
      query: params.q,
      customFields,
      onEdit: (customer: Customer) => openForm(customer.id),
    }),
    [params.q, customFields, openForm],
  )
  const columns = useMemo(
    () => customerColumns(t, { ...columnOptions, columns: params.columns }),
    [t, columnOptions, params.columns],
  )
  const columnChoices = useMemo(
    () => allCustomerColumns(t, columnOptions).map(({ id, header }) => ({ id, label: header })),
    [t, columnOptions],
  )
  const selectedTags = useMemo(() => {
    const byId = new Map<number, Tag>()
    for (const customer of rows) {
      if (selection.selected.has(customer.id))
        for (const tag of customer.tags) byId.set(tag.id, tag)
    }
    return [...byId.values()]
  }, [rows, selection.selected])

  // The recycle bin used to be a mode of this list (?bin=1); it is its own page now.
  if (search.get('bin') === '1') return <Navigate to="/customers/recycle-bin" replace />

  const total = list.data?.total
  const selectedIds = [...selection.selected]
  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))"
    >
      <CustomerListHeader
        total={total}
        onNew={() => form.open('new')}
        exportInput={() => customerExportInput(params)}
      />
      <CustomerFilters
        params={params}
        owners={owners}
        onChange={update}
        onFocusList={() => tableRef.current?.focus()}
        customFields={customFields}
        tools={
          <>
            <ViewsMenu
              views={views.views}
              currentId={views.currentId}
              onApply={views.apply}
              onSave={views.openSave}
              onDelete={views.onDelete}
            />
            <ColumnChooser
              choices={columnChoices}
              columns={params.columns}
              onChange={(columns) => setParams({ ...params, columns })}
            />
          </>
        }
      />
      <ActiveFilterChips
        params={params}
        owners={owners}
        customFields={customFields}
        onChange={setParams}
      />
      {selectedIds.length > 0 && (
        <BulkActionBar
          count={selectedIds.length}
          owners={owners}
          selectedTags={selectedTags}
          tagNames={(tags ?? []).map((tag) => tag.name)}
          onChange={(change) => bulk.change(selectedIds, change)}
          onDelete={() => bulk.remove(selectedIds, selection.clear)}
          onClear={selection.clear}
          busy={bulk.pending}
        />
      )}
      <Paper withBorder flex={1} mih={0} style={{ overflow: 'hidden' }}>
        <CustomerListBody
          data={list.data}
          error={list.error}
          onRetry={() => void list.refetch()}
          filtered={hasFilters(params)}
          pageKey={pageKey}
          columns={columns}
          sort={effectiveSort(params)}
          onSort={(field) => update({ sort: nextSort(params, field) })}
          onOpen={(customer) => void navigate(`/customers/${customer.id}`)}
          onNew={() => form.open('new')}
          onClearFilters={() => setParams(clearAllFilters(params))}
          selection={selection}
          scrollRef={tableRef}
        />
      </Paper>
      {total !== undefined && total > 0 && (
        <Pager
          page={params.page}
          pageSize={PAGE_SIZE}
          total={total}
          onPage={(page) => update({ page })}
          hint={t('list.keyboardHint')}
        />
      )}
      <CustomerFormDrawer
        target={form.target}
        preview={rows.find((customer) => customer.id === form.target)}
        onClose={form.close}
      />
      <SaveViewModal {...views.modal} />
    </Stack>
  )
}
