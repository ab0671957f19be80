import { IconCircleCheck } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { DataTable } from '../../../components/data-table/DataTable'
import { ListPanel } from '../../../components/data-table/ListPanel'
import { useLedgerQuery } from '../../../data/ledger'
import {
  RECEIVABLE_PAGE_SIZE,
  hasReceivableFilters,
  nextReceivableSort,
  toReceivableListInput,
  type ReceivableParams,
  type ReceivableSortField,
} from '../receivableParams'
import { receivableColumns } from './receivableColumns'

export interface ReceivableListTabProps {
  params: ReceivableParams
  onChange: (patch: Partial<ReceivableParams>) => void
}

/**
 * 应收明细: every open instalment matching the filters, with their totals at the foot;
 * statuses and days overdue as of the page's date.
 */
export function ReceivableListTab({ params, onChange }: ReceivableListTabProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const input = useMemo(() => toReceivableListInput(params), [params])
  const list = useLedgerQuery('receivables.list', input)
  const columns = useMemo(() => receivableColumns(t, list.data?.totals), [t, list.data?.totals])
  return (
    <ListPanel
      list={list}
      rows={list.data?.rows.length ?? 0}
      empty={
        <EmptyMessage
          icon={<IconCircleCheck size={28} />}
          title={t(
            hasReceivableFilters(params)
              ? 'ledger.receivables.emptyFilteredTitle'
              : 'ledger.receivables.emptyTitle',
          )}
          description={t('ledger.receivables.emptyText')}
        />
      }
      count={(total) =>
        [
          t('ledger.receivables.count', { count: total }),
          params.asOf ? t('ledger.receivables.statusAsOf', { date: list.data?.asOf }) : null,
        ]
          .filter(Boolean)
          .join(' · ')
      }
      countTestId="receivable-count"
      pager={{
        page: params.page,
        pageSize: RECEIVABLE_PAGE_SIZE,
        onPage: (page) => onChange({ page }),
        hint: t('customers.keyboardHint'),
      }}
    >
      <DataTable
        rows={list.data?.rows ?? []}
        columns={columns}
        sort={params.sort ?? { field: 'dueDate', dir: 'asc' }}
        onSort={(field) =>
          onChange({ sort: nextReceivableSort(params, field as ReceivableSortField) })
        }
        onOpen={(row) => void navigate(`/contracts/${row.contractId}`)}
        withFooter
        minWidth={1100}
        testId="receivable-table"
        rowTestId="receivable-row"
      />
    </ListPanel>
  )
}
