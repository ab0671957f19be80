import { Paper, Text } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { LoadFailed } from '../../../components/LoadFailed'
import { useLedgerQuery } from '../../../data/ledger'
import type { ReceivableParams } from '../receivableParams'
import { AgingTable } from './AgingTable'

export interface AgingTabProps {
  params: ReceivableParams
  asOf: string
  onChange: (patch: Partial<ReceivableParams>) => void
}

/** 账龄分析 as of the chosen date, per customer, with drill-down to the instalments. */
export function AgingTab({ params, asOf, onChange }: AgingTabProps) {
  const { t } = useTranslation()
  const aging = useLedgerQuery('receivables.aging', {
    asOf,
    ...(params.ownerId === null ? {} : { ownerId: params.ownerId }),
  })
  let body
  if (aging.error && !aging.data)
    body = <LoadFailed error={aging.error} onRetry={() => void aging.refetch()} />
  else if (!aging.data) body = <PageLoader />
  else if (aging.data.rows.length === 0)
    body = (
      <EmptyMessage
        icon={<IconCircleCheck size={28} />}
        title={t('ledger.receivables.emptyTitle')}
        description={t('ledger.receivables.emptyText')}
      />
    )
  else
    body = (
      <AgingTable
        report={aging.data}
        ownerId={params.ownerId}
        expanded={params.expanded}
        onExpand={(expanded) => onChange({ expanded })}
      />
    )
  return (
    <>
      <Paper withBorder flex={1} mih={0} style={{ overflow: 'hidden' }}>
        {body}
      </Paper>
      <Text size="xs" c="dimmed">
        {t('ledger.aging.explain', { date: asOf })}
      </Text>
    </>
  )
}
