import { Group, NumberInput, Paper, Text } from '@mantine/core'
import { IconCalendarTime } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { useSettings } from '../../../data/settings'
import { useLedgerQuery } from '../../../data/ledger'
import { contractColumns } from './contractColumns'
import { DataTable } from '../../../components/data-table/DataTable'
import { LoadFailed } from '../../../components/LoadFailed'

export interface RenewalsViewProps {
  /** Days ahead; null = the setting (续约提醒天数). */
  days: number | null
  today: string
  onDays: (days: number | null) => void
}

/** 即将到期: active contracts whose end date falls within the next N days, soonest first. */
export function RenewalsView({ days, today, onDays }: RenewalsViewProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const settingDays = useSettings().data?.renewalWindowDays
  const window = days ?? settingDays ?? 30
  const renewals = useLedgerQuery('contracts.renewals', { days: window })
  const rows = useMemo(() => renewals.data ?? [], [renewals.data])
  const columns = useMemo(
    () => contractColumns(t, rows, { today, renewals: true }),
    [t, rows, today],
  )
  let body
  if (renewals.error && !renewals.data)
    body = <LoadFailed error={renewals.error} onRetry={() => void renewals.refetch()} />
  else if (!renewals.data) body = <PageLoader />
  else if (rows.length === 0)
    body = (
      <EmptyMessage
        icon={<IconCalendarTime size={28} />}
        title={t('ledger.renewals.emptyTitle', { count: window })}
        description={t('ledger.renewals.emptyText')}
      />
    )
  else
    body = (
      <DataTable
        rows={rows}
        columns={columns}
        onOpen={(contract) => void navigate(`/contracts/${contract.id}`)}
        withFooter
        minWidth={1100}
        testId="renewal-table"
        rowTestId="renewal-row"
      />
    )
  return (
    <>
      <Group gap="xs">
        <Text size="sm">{t('ledger.renewals.prefix')}</Text>
        <NumberInput
          aria-label={t('ledger.renewals.days')}
          value={window}
          onChange={(value) => onDays(typeof value === 'number' ? value : null)}
          min={0}
          max={3650}
          allowDecimal={false}
          allowNegative={false}
          w={80}
          data-testid="renewal-days"
        />
        <Text size="sm">{t('ledger.renewals.suffix')}</Text>
      </Group>
      <Paper withBorder flex={1} mih={0} style={{ overflow: 'hidden' }}>
        {body}
      </Paper>
      <Text size="sm" c="dimmed" data-testid="renewal-count">
        {renewals.data ? t('ledger.list.count', { count: rows.length }) : ''}
      </Text>
    </>
  )
}
