import { Paper, Text } from '@mantine/core'
import { IconMoodSmile } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { DataTable } from '../../../components/data-table/DataTable'
import { LoadFailed } from '../../../components/LoadFailed'
import { useLedgerQuery } from '../../../data/ledger'
import type { ReceivableParams } from '../receivableParams'
import { overdueColumns } from './overdueColumns'

export interface OverdueTabProps {
  params: ReceivableParams
  asOf: string
}

const LIMIT = 500

/** 逾期清单: overdue instalments as of the date, the biggest unpaid × days first. */
export function OverdueTab({ params, asOf }: OverdueTabProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const overdue = useLedgerQuery('receivables.overdue', {
    asOf,
    limit: LIMIT,
    ...(params.ownerId === null ? {} : { ownerId: params.ownerId }),
    ...(params.customerId === null ? {} : { customerId: params.customerId }),
  })
  const rows = useMemo(() => overdue.data ?? [], [overdue.data])
  const columns = useMemo(() => overdueColumns(t, rows), [t, rows])
  let body
  if (overdue.error && !overdue.data)
    body = <LoadFailed error={overdue.error} onRetry={() => void overdue.refetch()} />
  else if (!overdue.data) body = <PageLoader />
  else if (rows.length === 0)
    body = (
      <EmptyMessage
        icon={<IconMoodSmile size={28} />}
        title={t('ledger.overdue.emptyTitle', { date: asOf })}
        description={t('ledger.overdue.emptyText')}
      />
    )
  else
    body = (
      <DataTable
        rows={rows}
        columns={columns}
        onOpen={(row) => void navigate(`/contracts/${row.contractId}`)}
        withFooter
        minWidth={1040}
        testId="overdue-table"
        rowTestId="overdue-row"
      />
    )
  return (
    <>
      <Paper withBorder flex={1} mih={0} style={{ overflow: 'hidden' }}>
        {body}
      </Paper>
      <Text size="xs" c="dimmed" data-testid="overdue-count">
        {overdue.data
          ? t(rows.length >= LIMIT ? 'ledger.overdue.countCapped' : 'ledger.overdue.count', {
              count: rows.length,
            })
          : ''}
      </Text>
    </>
  )
}
