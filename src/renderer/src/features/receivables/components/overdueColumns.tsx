import { Progress, Stack, Text } from '@mantine/core'
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { OverdueRow } from '../../../../../shared/api'
import { sumCents } from '../../../../../shared/ledger-rules'
import { MoneyText } from '../../../components/MoneyText'
import { LEDGER_OVERDUE_COLOR } from '../../../lib/ledgerColors'

const column = createColumnHelper<OverdueRow>()
const NUM = { fontVariantNumeric: 'tabular-nums' } as const

/** The overdue list: biggest unpaid × days first; the bar shows each row's share of the largest risk. */
export function overdueColumns(t: TFunction, rows: OverdueRow[]): ColumnDef<OverdueRow, unknown>[] {
  const maxWeight = Math.max(1, ...rows.map((row) => row.weight))
  return [
    column.display({
      id: 'rank',
      header: '#',
      meta: { width: 44 },
      cell: ({ row }) => (
        <Text size="sm" c="dimmed">
          {row.index + 1}
        </Text>
      ),
    }),
    column.accessor('customerName', {
      id: 'customer',
      header: t('ledger.fields.customer'),
      meta: { width: 200 },
      cell: (info) => (
        <Text size="sm" fw={500} truncate="end">
          {info.getValue()}
        </Text>
      ),
      footer: () => (
        <Text size="sm" fw={600}>
          {t('ledger.fields.total')}
        </Text>
      ),
    }),
    column.accessor('contractNumber', {
      id: 'contract',
      header: t('ledger.fields.contract'),
      cell: ({ row }) => (
        <Stack gap={0} miw={0}>
          <Text size="sm" style={NUM} truncate="end">
            {row.original.contractNumber} · {t('ledger.plan.seq', { seq: row.original.seq })}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {row.original.contractTitle}
          </Text>
        </Stack>
      ),
    }),
    column.accessor('dueDate', {
      id: 'dueDate',
      header: t('ledger.fields.dueDate'),
      meta: { width: 110 },
      cell: (info) => (
        <Text size="sm" style={NUM}>
          {info.getValue()}
        </Text>
      ),
    }),
    column.accessor('daysOverdue', {
      id: 'days',
      header: t('ledger.fields.daysOverdue'),
      meta: { width: 96, align: 'right' },
      cell: (info) => (
        <Text size="sm" c={LEDGER_OVERDUE_COLOR} style={NUM}>
          {t('ledger.plan.days', { count: info.getValue() })}
        </Text>
      ),
    }),
    column.accessor('unpaidCents', {
      id: 'unpaid',
      header: t('ledger.receivables.unpaid'),
      meta: { width: 140, align: 'right' },
      cell: (info) => <MoneyText cents={info.getValue()} color={LEDGER_OVERDUE_COLOR} />,
      footer: () => (
        <MoneyText
          cents={sumCents(rows.map((row) => row.unpaidCents))}
          bold
          color={LEDGER_OVERDUE_COLOR}
        />
      ),
    }),
    column.accessor('weight', {
      id: 'weight',
      header: t('ledger.overdue.risk'),
      meta: { width: 130 },
      cell: (info) => (
        <Progress
          value={(info.getValue() / maxWeight) * 100}
          color={LEDGER_OVERDUE_COLOR}
          size="sm"
          aria-label={t('ledger.overdue.risk')}
        />
      ),
    }),
    column.accessor('ownerName', {
      id: 'owner',
      header: t('ledger.fields.owner'),
      meta: { width: 84 },
      cell: (info) => (
        <Text size="sm" truncate="end" c={info.getValue() ? undefined : 'dimmed'}>
          {info.getValue() ?? '—'}
        </Text>
      ),
    }),
  ] as ColumnDef<OverdueRow, unknown>[]
}
