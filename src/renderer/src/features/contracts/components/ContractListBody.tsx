import { Button } from '@mantine/core'
import { IconFileInvoice, IconPlus } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { ContractSortField } from '../../../../../shared/api'
import { EmptyMessage } from '../../../components/EmptyMessage'
import {
  CONTRACT_PAGE_SIZE,
  effectiveContractSort,
  hasContractFilters,
  nextContractSort,
  toContractListInput,
  type ContractListParams,
} from '../contractListParams'
import { useContractList } from '../../../data/ledger'
import { contractColumns } from './contractColumns'
import { DataTable } from '../../../components/data-table/DataTable'
import { ListPanel } from '../../../components/data-table/ListPanel'

export interface ContractListBodyProps {
  params: ContractListParams
  today: string
  onChange: (patch: Partial<ContractListParams>) => void
  onClearFilters: () => void
}

/** One page of contracts (sorted and filtered in the core), the row count and the pager. */
export function ContractListBody({
  params,
  today,
  onChange,
  onClearFilters,
}: ContractListBodyProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  // The foot sums every matching contract, not only this page.
  const input = useMemo(() => ({ ...toContractListInput(params), totals: true }), [params])
  const list = useContractList(input)
  const rows = useMemo(() => list.data?.rows ?? [], [list.data])
  const columns = useMemo(() => {
    const sums = list.data?.totals
    const totals = sums ? { sums, count: list.data?.total ?? 0 } : undefined
    return contractColumns(t, rows, { today, totals })
  }, [t, rows, today, list.data])
  const filtered = hasContractFilters(params) || params.view !== 'all'
  return (
    <ListPanel
      list={list}
      rows={rows.length}
      empty={
        <EmptyMessage
          icon={<IconFileInvoice size={28} />}
          title={t(filtered ? 'ledger.list.emptyFilteredTitle' : 'ledger.list.emptyTitle')}
          description={t(filtered ? 'ledger.list.emptyFilteredText' : 'ledger.list.emptyText')}
          actions={
            filtered ? (
              <Button variant="default" onClick={onClearFilters}>
                {t('customers.filters.clearAll')}
              </Button>
            ) : (
              <Button component={Link} to="/contracts/new" leftSection={<IconPlus size={16} />}>
                {t('ledger.newContract')}
              </Button>
            )
          }
        />
      }
      count={(total) => t('ledger.list.count', { count: total })}
      countTestId="contract-count"
      pager={{
        page: params.page,
        pageSize: CONTRACT_PAGE_SIZE,
        onPage: (page) => onChange({ page }),
        hint: t('customers.keyboardHint'),
      }}
    >
      <DataTable
        rows={rows}
        columns={columns}
        sort={effectiveContractSort(params)}
        onSort={(field) => onChange({ sort: nextContractSort(params, field as ContractSortField) })}
        onOpen={(contract) => void navigate(`/contracts/${contract.id}`)}
        withFooter
        minWidth={1100}
        testId="contract-table"
        rowTestId="contract-row"
      />
    </ListPanel>
  )
}
