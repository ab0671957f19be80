import { Box, Table } from '@mantine/core'
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table'
import { useRef, useState, type KeyboardEvent } from 'react'
import { SortHeader } from './SortHeader'

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The ledger list's sort field for this column; absent = not sortable. */
    ledgerSort?: string
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
}

/**
 * The ledger's lists (contracts, receivables, overdue): sticky header, sortable headers,
 * row hover, ↑/↓ to move the highlight and Enter to open; paging and sorting are the core's.
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
}: DataTableProps<T>) {
  const [highlightedId, setHighlightedId] = useState<number | null>(null)
  const rowElements = useRef(new Map<number, HTMLTableRowElement>())
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table; this app does not use the React Compiler.
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
    manualPagination: true,
    manualSorting: true,
  })
  const highlighted = rows.findIndex((row) => row.id === highlightedId)
  const moveTo = (index: number) => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, index))]
    if (!target) return
    setHighlightedId(target.id)
    rowElements.current.get(target.id)?.scrollIntoView({ block: 'nearest' })
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      moveTo(highlighted + 1)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      moveTo(highlighted <= 0 ? 0 : highlighted - 1)
    } else if (event.key === 'Enter' && rows[highlighted] && onOpen) {
      event.preventDefault()
      onOpen(rows[highlighted])
    }
  }
  return (
    <Box
      h={fill ? '100%' : undefined}
      style={{ overflow: 'auto' }}
      tabIndex={0}
      className="kehu-table-scroll"
      onKeyDown={onKeyDown}
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
                const field = meta?.ledgerSort
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
              ref={(element) => {
                if (element) rowElements.current.set(row.original.id, element)
                else rowElements.current.delete(row.original.id)
              }}
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
