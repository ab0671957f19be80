import { Stack, Text } from '@mantine/core'
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { ReceivableRow, ReceivableTotals } from '../../../../../shared/api'
import { InstalmentStatusBadge } from '../../contracts'
import { MoneyText } from '../../../components/MoneyText'
import { LEDGER_OVERDUE_COLOR } from '../../../lib/ledgerColors'

const column = createColumnHelper<ReceivableRow>()
const NUM = { fontVariantNumeric: 'tabular-nums' } as const

/** Customer, contract and instalment, due date, amounts and status; footers show the totals of every matching row. */
export function receivableColumns(
  t: TFunction,
  totals: ReceivableTotals | undefined,
): ColumnDef<ReceivableRow, unknown>[] {
  return [
    column.accessor('customerName', {
      id: 'customer',
      header: t('ledger.fields.customer'),
      meta: { sortBy: 'customerName', width: 190 },
      cell: (info) => (
        <Text size="sm" truncate="end">
          {info.getValue()}
        </Text>
      ),
      footer: () => (
        <Text size="sm" fw={600}>
          {t('ledger.receivables.filteredTotal')}
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
      meta: { sortBy: 'dueDate', width: 110 },
      cell: (info) => (
        <Text size="sm" style={NUM}>
          {info.getValue()}
        </Text>
      ),
    }),
    column.accessor('amountCents', {
      id: 'amount',
      header: t('ledger.receivables.amount'),
      meta: { width: 130, align: 'right' },
      cell: (info) => <MoneyText cents={info.getValue()} />,
      footer: () => <MoneyText cents={totals?.amountCents} bold />,
    }),
    column.accessor('receivedCents', {
      id: 'received',
      header: t('ledger.receivables.received'),
      meta: { width: 130, align: 'right' },
      cell: (info) => <MoneyText cents={info.getValue()} zeroAsDash />,
      footer: () => <MoneyText cents={totals?.receivedCents} bold />,
    }),
    column.accessor('unpaidCents', {
      id: 'unpaid',
      header: t('ledger.receivables.unpaid'),
      meta: { width: 136, align: 'right', sortBy: 'unpaidCents' },
      cell: ({ row }) => (
        <MoneyText
          cents={row.original.unpaidCents}
          color={row.original.status === 'overdue' ? LEDGER_OVERDUE_COLOR : undefined}
        />
      ),
      footer: () => <MoneyText cents={totals?.unpaidCents} bold testId="receivable-unpaid-total" />,
    }),
    column.accessor('status', {
      id: 'status',
      header: t('ledger.fields.status'),
      meta: { width: 100 },
      cell: (info) => <InstalmentStatusBadge status={info.getValue()} />,
    }),
    column.accessor('daysOverdue', {
      id: 'days',
      header: t('ledger.fields.daysOverdue'),
      meta: { width: 90, align: 'right' },
      cell: (info) =>
        info.getValue() > 0 ? (
          <Text size="sm" c={LEDGER_OVERDUE_COLOR} style={NUM}>
            {t('ledger.plan.days', { count: info.getValue() })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
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
  ] as ColumnDef<ReceivableRow, unknown>[]
}
