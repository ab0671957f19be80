import { Box, Table } from '@mantine/core'
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table'
import { useRef, useState, type KeyboardEvent, type Ref } from 'react'
import type { Customer, CustomerSortField } from '../../../../../shared/api'
import type { CustomerSort } from '../listParams'
import type { CustomerColumns } from './customerColumns'
import { SortHeader } from './SortHeader'

export interface CustomerTableProps {
  rows: Customer[]
  columns: CustomerColumns
  sort: CustomerSort | null
  onSort: (field: CustomerSortField) => void
  /** Click or Enter on a row; not called for rows of the recycle bin. */
  onOpen?: (customer: Customer) => void
  deleted: boolean
  /** The scrolling box, so the search box can move focus here with ArrowDown. */
  scrollRef?: Ref<HTMLDivElement>
}

/**
 * One page of customers: sticky header, sortable headers, row hover, and the
 * keyboard (↑/↓ moves the highlighted row, Enter opens it). Paging and sorting
 * happen in the core (manualPagination / manualSorting).
 */
export function CustomerTable({
  rows,
  columns,
  sort,
  onSort,
  onOpen,
  deleted,
  scrollRef,
}: CustomerTableProps) {
  // The highlight follows a customer, not a position, so it never points at a row that left the page.
  const [highlightedId, setHighlightedId] = useState<number | null>(null)
  const rowElements = useRef(new Map<number, HTMLTableRowElement>())
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table; this app does not use the React Compiler.
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (customer) => String(customer.id),
    manualPagination: true,
    manualSorting: true,
  })
  const highlightedIndex = rows.findIndex((customer) => customer.id === highlightedId)

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
      moveTo(highlightedIndex + 1)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      moveTo(highlightedIndex <= 0 ? 0 : highlightedIndex - 1)
    } else if (event.key === 'Enter') {
      const customer = rows[highlightedIndex]
      if (customer && onOpen) {
        event.preventDefault()
        onOpen(customer)
      }
    }
  }

  return (
    <Box
      ref={scrollRef}
      h="100%"
      style={{ overflow: 'auto' }}
      tabIndex={0}
      className="kehu-table-scroll"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && highlightedIndex < 0) moveTo(0)
      }}
    >
      <Table
        stickyHeader
        highlightOnHover
        verticalSpacing={6}
        horizontalSpacing="sm"
        fz="sm"
        miw={980}
        style={{ tableLayout: 'fixed' }}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta
                const label = flexRender(header.column.columnDef.header, header.getContext())
                const field = meta?.sortField
                return (
                  <Table.Th
                    key={header.id}
                    w={meta?.width}
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
              ref={(element) => {
                if (element) rowElements.current.set(row.original.id, element)
                else rowElements.current.delete(row.original.id)
              }}
              className="kehu-row"
              data-testid="customer-row"
              data-customer-id={row.original.id}
              data-highlighted={row.original.id === highlightedId}
              data-deleted={deleted}
              aria-selected={row.original.id === highlightedId}
              onClick={() => {
                setHighlightedId(row.original.id)
                if (onOpen) onOpen(row.original)
              }}
            >
              {row.getVisibleCells().map((cell) => (
                <Table.Td key={cell.id} style={{ overflow: 'hidden' }}>
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
