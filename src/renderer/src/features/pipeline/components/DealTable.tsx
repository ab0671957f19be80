import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Deal, DealSortField } from '../../../../../shared/api'
import { DataTable } from '../../../components/data-table/DataTable'
import type { DealSort } from '../pipelineParams'
import { dealColumns } from './dealColumns'

export interface DealTableProps {
  rows: Deal[]
  sort: DealSort
  onSort: (field: DealSortField) => void
  onOpen: (deal: Deal) => void
}

/** One page of deals in the list table every list uses; focusing it highlights the first deal. */
export function DealTable({ rows, sort, onSort, onOpen }: DealTableProps) {
  const { t } = useTranslation()
  const columns = useMemo(() => dealColumns(t), [t])
  return (
    <DataTable
      rows={rows}
      columns={columns}
      sort={sort}
      onSort={(field) => onSort(field as DealSortField)}
      onOpen={onOpen}
      minWidth={980}
      testId="deal-table"
      rowTestId="deal-row"
      highlightFirstOnFocus
    />
  )
}
