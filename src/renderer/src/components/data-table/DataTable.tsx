import { Box, Table } from '@mantine/core'
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table'
import { SortHeader } from './SortHeader'
import { useRowKeyboard } from './useRowKeyboard'

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The list's sort field for this column (the contract's name); absent = not sortable. */
    sortBy?: string
  }
}

export interface DataTableProps<T extends { id: number }> {
  rows: T[]
  columns: ColumnDef<T, unknown>[]
  sort?: { field: string; dir: 'asc' | 'desc' } | null
  onSort?: (field: string) => void
  onOpen?: (row: T) => void
  /** Footer cells come from each column's `footer` (totals in bold). */
  withFooter?: boolean
  minWidth?: number
  testId: string
  rowTestId: string
  /** Fill the parent's height and scroll inside (the list pages); otherwise grow with the rows. */
  fill?: boolean
  /** Focusing the table highlights its first row (the lists with no search box above). */
  highlightFirstOnFocus?: boolean
}

/**
 * A page of a list (contracts, receivables, deals, tickets, campaigns, products, insight):
 * sticky header, sortable headers, row hover, the list keyboard (useRowKeyboard); paging and
 * sorting are the core's.
 */
export function DataTable<T extends { id: number }>({
  rows,
  columns,
  sort = null,
  onSort,
  onOpen,
  withFooter = false,
  minWidth = 960,
  testId,
  rowTestId,
  fill = true,
  highlightFirstOnFocus = false,
}: DataTableProps<T>) {
  const { highlightedId, setHighlightedId, onKeyDown, onFocus, rowRef } = useRowKeyboard(rows, {
    onOpen,
    highlightFirstOnFocus,
  })
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table; this app does not use the React Compiler.
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
    manualPagination: true,
    manualSorting: true,
  })
  return (
    <Box
      h={fill ? '100%' : undefined}
      style={{ overflow: 'auto' }}
      tabIndex={0}
      className="kehu-table-scroll"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      data-testid={testId}
    >
      <Table
        stickyHeader
        highlightOnHover
        verticalSpacing={6}
        horizontalSpacing="sm"
        fz="sm"
        miw={minWidth}
        style={{ tableLayout: 'fixed' }}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta
                const label = flexRender(header.column.columnDef.header, header.getContext())
                const field = meta?.sortBy
                const dir = field && sort?.field === field ? sort.dir : null
                return (
                  <Table.Th
                    key={header.id}
                    w={meta?.width}
                    ta={meta?.align}
                    aria-sort={dir ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {field && onSort ? (
                      <SortHeader label={label} dir={dir} onClick={() => onSort(field)} />
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
              className={onOpen ? 'kehu-row' : undefined}
              data-testid={rowTestId}
              data-row-id={row.original.id}
              data-highlighted={row.original.id === highlightedId}
              aria-selected={row.original.id === highlightedId}
              onClick={() => {
                setHighlightedId(row.original.id)
                onOpen?.(row.original)
              }}
            >
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
        {withFooter && (
          <Table.Tfoot
            style={{
              position: 'sticky',
              bottom: 0,
              background: 'var(--mantine-color-body)',
              boxShadow: '0 -1px 0 var(--table-border-color)',
            }}
          >
            {table
              .getFooterGroups()
              .slice(0, 1)
              .map((group) => (
                <Table.Tr key={group.id} data-testid={`${testId}-footer`}>
                  {group.headers.map((header) => (
                    <Table.Td key={header.id} ta={header.column.columnDef.meta?.align}>
                      {flexRender(header.column.columnDef.footer, header.getContext())}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
          </Table.Tfoot>
        )}
      </Table>
    </Box>
  )
}
