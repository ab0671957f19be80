import { Box, Table } from '@mantine/core'
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table'
import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Deal, DealSortField } from '../../../../../shared/api'
import { SortHeader } from '../../../components/data-table/SortHeader'
import type { DealSort } from '../pipelineParams'
import { dealColumns } from './dealColumns'

export interface DealTableProps {
  rows: Deal[]
  sort: DealSort
  onSort: (field: DealSortField) => void
  onOpen: (deal: Deal) => void
}

/**
 * One page of deals, as the customer list shows customers: sticky header, sortable headers,
 * row hover, ↑/↓ to move the highlight and Enter to open (paging and sorting are the core's).
 */
export function DealTable({ rows, sort, onSort, onOpen }: DealTableProps) {
  const { t } = useTranslation()
  const columns = useMemo(() => dealColumns(t), [t])
  const [highlightedId, setHighlightedId] = useState<number | null>(null)
  const rowElements = useRef(new Map<number, HTMLTableRowElement>())
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table; this app does not use the React Compiler.
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (deal) => String(deal.id),
    manualPagination: true,
    manualSorting: true,
  })
  const highlighted = rows.findIndex((deal) => deal.id === highlightedId)

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
    } else if (event.key === 'Enter' && rows[highlighted]) {
      event.preventDefault()
      onOpen(rows[highlighted])
    }
  }

  return (
    <Box
      h="100%"
      style={{ overflow: 'auto' }}
      tabIndex={0}
      className="kehu-table-scroll"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && highlighted < 0) moveTo(0)
      }}
      data-testid="deal-table"
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
                const field = meta?.dealSort
                const dir = field && sort.field === field ? sort.dir : null
                return (
                  <Table.Th
                    key={header.id}
                    w={meta?.width}
                    ta={meta?.align}
                    aria-sort={dir ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {field ? (
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
              className="kehu-row"
              data-testid="deal-row"
              data-deal-id={row.original.id}
              data-highlighted={row.original.id === highlightedId}
              aria-selected={row.original.id === highlightedId}
              onClick={() => {
                setHighlightedId(row.original.id)
                onOpen(row.original)
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
      </Table>
    </Box>
  )
}
