import './customerTable.css'
import { Box, Table } from '@mantine/core'
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table'
import { useMemo, type MouseEvent, type Ref } from 'react'
import type { Customer, CustomerSortField } from '../../../../../shared/api'
import type { CustomerSort } from '../listParams'
import { pageCheckState } from '../selection/rowSelection'
import type { RowSelectionControl } from '../selection/useRowSelection'
import type { CustomerColumns } from './customerColumns'
import { SELECT_COLUMN_WIDTH, SelectAllHeader } from './SelectAllHeader'
import { SelectionCell } from './SelectionCell'
import { SortHeader } from '../../../components/data-table/SortHeader'
import { useRowKeyboard } from '../../../components/data-table/useRowKeyboard'

/** The name column takes what is left, but never less than this. */
const NAME_MIN_WIDTH = 200

export interface CustomerTableProps {
  rows: Customer[]
  columns: CustomerColumns
  sort: CustomerSort | null
  onSort: (field: CustomerSortField) => void
  /** Click or Enter on a row; absent in the recycle bin. */
  onOpen?: (customer: Customer) => void
  deleted: boolean
  /** The scrolling box, so the search box can move focus here with ArrowDown. */
  scrollRef?: Ref<HTMLDivElement>
  /** Multi-select: a checkbox column, shift-click ranges, Space on the highlighted row. */
  selection?: RowSelectionControl
}

/**
 * One page of customers: sticky header, sortable headers, row hover, the keyboard
 * (↑/↓ moves the highlighted row, Enter opens it, Space selects it) and, with
 * `selection`, checkboxes with shift-click ranges. Paging and sorting happen in the core.
 */
export function CustomerTable({
  rows,
  columns,
  sort,
  onSort,
  onOpen,
  deleted,
  scrollRef,
  selection,
}: CustomerTableProps) {
  const { highlightedId, setHighlightedId, onKeyDown, onFocus, rowRef } = useRowKeyboard(rows, {
    onOpen,
    onSpace: selection ? (customer, shift) => selection.toggle(customer.id, shift) : undefined,
    highlightFirstOnFocus: true,
  })
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table; this app does not use the React Compiler.
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (customer) => String(customer.id),
    manualPagination: true,
    manualSorting: true,
  })
  const rowIds = useMemo(() => rows.map((customer) => customer.id), [rows])
  const minWidth =
    columns.reduce((sum, column) => sum + (column.meta?.width ?? NAME_MIN_WIDTH), 0) +
    (selection ? SELECT_COLUMN_WIDTH : 0)

  const onRowClick = (event: MouseEvent, customer: Customer) => {
    setHighlightedId(customer.id)
    // Like a file manager: shift extends the selection, Ctrl/⌘ toggles one row; a plain click opens.
    if (selection && (event.shiftKey || event.ctrlKey || event.metaKey)) {
      selection.toggle(customer.id, event.shiftKey)
      return
    }
    onOpen?.(customer)
  }

  return (
    <Box
      ref={scrollRef}
      h="100%"
      style={{ overflow: 'auto' }}
      tabIndex={0}
      className="kehu-table-scroll"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <Table
        stickyHeader
        highlightOnHover
        verticalSpacing={6}
        horizontalSpacing="sm"
        fz="sm"
        miw={Math.max(980, minWidth)}
        style={{ tableLayout: 'fixed' }}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {selection && (
                <SelectAllHeader
                  state={pageCheckState(selection.selected, rowIds)}
                  onToggle={selection.toggleAll}
                />
              )}
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta
                const label = flexRender(header.column.columnDef.header, header.getContext())
                const field = meta?.sortField
                return (
                  <Table.Th
                    key={header.id}
                    w={meta?.width}
                    ta={meta?.align}
                    aria-sort={
                      field && sort?.field === field
                        ? sort.dir === 'asc'
                          ? 'ascending'
                          : 'descending'
                        : undefined
                    }
                  >
                    {field ? (
                      <SortHeader
                        label={label}
                        dir={sort?.field === field ? sort.dir : null}
                        onClick={() => onSort(field)}
                      />
                    ) : (
                      label
                    )}
                  </Table.Th>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr
              key={row.id}
              ref={rowRef(row.original.id)}
              className="kehu-row"
              data-testid="customer-row"
              data-customer-id={row.original.id}
              data-highlighted={row.original.id === highlightedId}
              data-selected={selection?.selected.has(row.original.id) ?? false}
              data-deleted={deleted}
              aria-selected={row.original.id === highlightedId}
              onMouseDown={(event) => {
                if (selection && event.shiftKey) event.preventDefault()
              }}
              onClick={(event) => onRowClick(event, row.original)}
            >
              {selection && (
                <SelectionCell
                  checked={selection.selected.has(row.original.id)}
                  name={row.original.name}
                  onToggle={(range) => {
                    setHighlightedId(row.original.id)
                    selection.toggle(row.original.id, range)
                  }}
                />
              )}
              {row.getVisibleCells().map((cell) => (
                <Table.Td
                  key={cell.id}
                  ta={cell.column.columnDef.meta?.align}
                  style={{ overflow: 'hidden' }}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  )
}
