import { Badge, Group, Stack, Text } from '@mantine/core'
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { Contract, ContractListTotals } from '../../../../../shared/api'
import { sumCents } from '../../../../../shared/ledger-rules'
import { daysBetween } from '../../../../../shared/dates'
import { LEDGER_OVERDUE_COLOR } from '../../../lib/ledgerColors'
import { ContractStatusBadge } from './ContractStatusBadge'
import { MoneyText } from '../../../components/MoneyText'

const column = createColumnHelper<Contract>()
const NUM = { fontVariantNumeric: 'tabular-nums' } as const
const dash = (
  <Text size="sm" c="dimmed">
    —
  </Text>
)

type MoneyField = 'totalCents' | 'receivedCents' | 'outstandingCents' | 'invoicedCents'

function moneyColumn(
  id: MoneyField,
  header: string,
  rows: Contract[],
  totals: ContractListTotals | undefined,
  options: { sort?: string; width?: number; red?: (c: Contract) => boolean } = {},
) {
  return column.accessor((c) => c[id], {
    id,
    header,
    meta: { width: options.width ?? 114, align: 'right', sortBy: options.sort },
    cell: ({ row }) => (
      <MoneyText
        cents={row.original[id]}
        zeroAsDash={id !== 'totalCents'}
        color={options.red?.(row.original) ? LEDGER_OVERDUE_COLOR : undefined}
      />
    ),
    footer: () => (
      <MoneyText
        cents={totals ? totals[id] : sumCents(rows.map((c) => c[id]))}
        bold
        testId={`contract-foot-${id}`}
      />
    ),
  })
}

export interface ContractColumnOptions {
  today: string
  /** The renewals view shows the end date with the days left instead of the signing date. */
  renewals?: boolean
  /** Sums over every matching contract (contracts.list { totals: true }) and how many match. */
  totals?: { sums: ContractListTotals; count: number }
}

/**
 * The contract list's columns; footers show the sums over every matching contract when
 * given, else the sums of the rows shown (the label says which).
 */
export function contractColumns(
  t: TFunction,
  rows: Contract[],
  { today, renewals = false, totals }: ContractColumnOptions,
): ColumnDef<Contract, unknown>[] {
  const sums = totals?.sums
  return [
    column.accessor('number', {
      id: 'number',
      header: t('ledger.fields.contractAndCustomer'),
      meta: { sortBy: 'number' },
      cell: ({ row }) => (
        <Stack gap={0} miw={0}>
          <Text size="sm" truncate="end">
            <Text span size="sm" fw={600} style={NUM}>
              {row.original.number}
            </Text>{' '}
            {row.original.title}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {row.original.customerName}
          </Text>
        </Stack>
      ),
      footer: () => (
        <Text size="sm" fw={600}>
          {renewals
            ? t('ledger.fields.total')
            : totals
              ? t('ledger.list.allTotal', { count: totals.count })
              : t('ledger.list.pageTotal', { count: rows.length })}
        </Text>
      ),
    }),
    column.accessor('status', {
      id: 'status',
      header: t('ledger.fields.status'),
      meta: { width: 156 },
      cell: ({ row }) => (
        <Group gap={4} wrap="nowrap">
          <ContractStatusBadge status={row.original.status} />
          {row.original.overdueCents > 0 && (
            <Badge size="sm" variant="light" color={LEDGER_OVERDUE_COLOR}>
              {t('ledger.instalmentStatus.overdue')}
            </Badge>
          )}
        </Group>
      ),
    }),
    renewals
      ? column.accessor('endDate', {
          id: 'endDate',
          header: t('ledger.fields.endDate'),
          meta: { width: 130 },
          cell: ({ row }) => {
            const end = row.original.endDate
            if (!end) return dash
            return (
              <Stack gap={0}>
                <Text size="sm" style={NUM}>
                  {end}
                </Text>
                <Text size="xs" c="orange">
                  {t('ledger.renewals.daysLeft', { count: daysBetween(today, end) })}
                </Text>
              </Stack>
            )
          },
        })
      : column.accessor('signedDate', {
          id: 'signedDate',
          header: t('ledger.fields.signedDate'),
          meta: { width: 104, sortBy: 'signedDate' },
          cell: (info) => (
            <Text size="sm" style={NUM}>
              {info.getValue()}
            </Text>
          ),
        }),
    moneyColumn('totalCents', t('ledger.totals.total'), rows, sums, {
      sort: 'totalCents',
      width: 130,
    }),
    moneyColumn('receivedCents', t('ledger.totals.received'), rows, sums),
    moneyColumn('outstandingCents', t('ledger.totals.outstanding'), rows, sums, {
      red: (c) => c.overdueCents > 0,
    }),
    moneyColumn('invoicedCents', t('ledger.totals.invoiced'), rows, sums),
    column.accessor('ownerName', {
      id: 'owner',
      header: t('ledger.fields.owner'),
      meta: { width: 72 },
      cell: (info) =>
        info.getValue() ? (
          <Text size="sm" truncate="end">
            {info.getValue()}
          </Text>
        ) : (
          dash
        ),
    }),
    column.accessor('nextDueDate', {
      id: 'nextDueDate',
      header: t('ledger.fields.nextDue'),
      meta: { width: 104 },
      cell: ({ row }) =>
        row.original.nextDueDate ? (
          <Text
            size="sm"
            style={NUM}
            c={row.original.nextDueDate < today ? LEDGER_OVERDUE_COLOR : undefined}
          >
            {row.original.nextDueDate}
          </Text>
        ) : (
          dash
        ),
    }),
  ] as ColumnDef<Contract, unknown>[]
}
