import { Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MoneyText } from '../../../components/MoneyText'
import { useLedgerQuery } from '../../../data/ledger'
import { LEDGER_OVERDUE_COLOR } from '../../../lib/ledgerColors'

export interface ReceivableTotalsBarProps {
  asOf: string
  ownerId: number | null
}

function Figure({
  label,
  cents,
  testId,
  color,
  note,
}: {
  label: string
  cents: number | undefined
  testId: string
  color?: string
  note?: string
}) {
  return (
    <Stack gap={2} align="flex-end" miw={150}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <MoneyText cents={cents} fz={20} fw={700} lh={1.3} color={color} testId={testId} />
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Stack>
  )
}

/**
 * 应收 · 已收 · 未收 · 逾期 over every open instalment (of one owner when chosen), from
 * receivables.list's totals as of the chosen date.
 */
export function ReceivableTotalsBar({ asOf, ownerId }: ReceivableTotalsBarProps) {
  const { t } = useTranslation()
  const filter = ownerId === null ? {} : { ownerId }
  const list = useLedgerQuery('receivables.list', { asOf, filter, pageSize: 1 }).data
  const totals = list?.totals
  const overdue = totals?.overdueCents
  return (
    <Paper withBorder px="lg" py="sm" data-testid="receivable-totals">
      <Group justify="space-between" wrap="nowrap">
        <Figure
          label={t('ledger.receivables.amount')}
          cents={totals?.amountCents}
          testId="rtotal-amount"
          note={list ? t('ledger.receivables.openCount', { count: list.total }) : undefined}
        />
        <Figure
          label={t('ledger.receivables.received')}
          cents={totals?.receivedCents}
          testId="rtotal-received"
        />
        <Figure
          label={t('ledger.receivables.unpaid')}
          cents={totals?.unpaidCents}
          testId="rtotal-unpaid"
        />
        <Figure
          label={t('ledger.receivables.overdue')}
          cents={overdue}
          testId="rtotal-overdue"
          color={overdue ? LEDGER_OVERDUE_COLOR : undefined}
          note={t('ledger.receivables.asOfNote', { date: asOf })}
        />
      </Group>
    </Paper>
  )
}
