import { Table } from '@mantine/core'
import type { ReactNode } from 'react'

export interface ReportColumn<Row> {
  id: string
  header: string
  /** Money and counts are right-aligned. */
  align?: 'left' | 'right'
  cell: (row: Row) => ReactNode
  /** The footer cell (totals, exact to the 分). */
  total?: ReactNode
}

export interface ReportTableProps<Row> {
  columns: ReportColumn<Row>[]
  rows: Row[]
  rowKey: (row: Row) => string
  /** Opens the records behind a row (drill-down); absent in print. */
  onRowClick?: (row: Row) => void
  testId?: string
}

/**
 * The table under each chart: the same figures, exact, with totals at the foot. Rows open
 * the records behind them; on paper the header repeats on every page.
 */
export function ReportTable<Row>({
  columns,
  rows,
  rowKey,
  onRowClick,
  testId,
}: ReportTableProps<Row>) {
  const withTotals = columns.some((c) => c.total !== undefined)
  return (
    <Table
      striped
      highlightOnHover={Boolean(onRowClick)}
      withTableBorder
      withColumnBorders
      fz="sm"
      verticalSpacing={4}
      data-testid={testId}
      className="kehu-report-table"
    >
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th key={c.id} ta={c.align ?? 'left'} style={{ whiteSpace: 'nowrap' }}>
              {c.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr
            key={rowKey(row)}
            onClick={onRowClick ? () => onRowClick(row) : undefined}
            style={onRowClick ? { cursor: 'pointer' } : undefined}
            data-row={rowKey(row)}
          >
            {columns.map((c) => (
              <Table.Td
                key={c.id}
                ta={c.align ?? 'left'}
                style={c.align === 'right' ? { whiteSpace: 'nowrap' } : undefined}
              >
                {c.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
      {withTotals && (
        <Table.Tfoot>
          <Table.Tr fw={700} data-row="total">
            {columns.map((c) => (
              <Table.Td key={c.id} ta={c.align ?? 'left'} style={{ whiteSpace: 'nowrap' }}>
                {c.total ?? null}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  )
}
