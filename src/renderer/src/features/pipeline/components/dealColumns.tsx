import { Badge, Group, Stack, Text } from '@mantine/core'
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { Deal } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { formatCents } from '../../../../../shared/money'
import { DEAL_STATUS_COLORS, DEAL_WARNING_COLORS } from '../../../lib/dealColors'

/** A column of the deal list (width and alignment in `meta`, as in the customer list). */
export type DealColumn = ColumnDef<Deal, unknown> & { id: string }

const column = createColumnHelper<Deal>()
const dash = (
  <Text size="sm" c="dimmed">
    —
  </Text>
)
const NUMBERS = { fontVariantNumeric: 'tabular-nums' } as const

/** The list's columns: deal and customer, stage, status, amount, dates, owner. */
export function dealColumns(t: TFunction): DealColumn[] {
  return [
    column.accessor('title', {
      id: 'title',
      header: t('pipeline.fields.title'),
      meta: { sortBy: 'title' },
      cell: ({ row }) => (
        <Stack gap={0} miw={0}>
          <Text size="sm" fw={500} truncate="end">
            {row.original.title}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {row.original.customerName}
          </Text>
        </Stack>
      ),
    }),
    column.accessor('stageName', {
      id: 'stage',
      header: t('pipeline.fields.stage'),
      meta: { sortBy: 'stage', width: 110 },
      cell: (info) => (
        <Text size="sm" truncate="end">
          {info.getValue()}
        </Text>
      ),
    }),
    column.accessor('status', {
      id: 'status',
      header: t('pipeline.fields.status'),
      meta: { width: 210 },
      cell: ({ row }) => (
        <Group gap={4} wrap="nowrap">
          <Badge variant="light" color={DEAL_STATUS_COLORS[row.original.status]}>
            {t(`pipeline.status.${row.original.status}`)}
          </Badge>
          {row.original.warnings.map((warning) => (
            <Badge key={warning} size="sm" variant="light" color={DEAL_WARNING_COLORS[warning]}>
              {t(`pipeline.warnings.${warning}`)}
            </Badge>
          ))}
        </Group>
      ),
    }),
    column.accessor('amountCents', {
      id: 'amount',
      header: t('pipeline.fields.amount'),
      meta: { sortBy: 'amountCents', width: 140, align: 'right' },
      cell: (info) => (
        <Text size="sm" style={NUMBERS}>
          {formatCents(info.getValue())}
        </Text>
      ),
    }),
    column.accessor('expectedCloseDate', {
      id: 'expectedCloseDate',
      header: t('pipeline.fields.expectedCloseDate'),
      meta: { sortBy: 'expectedCloseDate', width: 120 },
      cell: ({ row }) =>
        row.original.expectedCloseDate ? (
          <Text size="sm" c={row.original.warnings.includes('overdue') ? 'red' : undefined}>
            {row.original.expectedCloseDate}
          </Text>
        ) : (
          dash
        ),
    }),
    column.accessor('closedDate', {
      id: 'closedDate',
      header: t('pipeline.fields.closedDate'),
      meta: { sortBy: 'closedDate', width: 110 },
      cell: (info) => (info.getValue() ? <Text size="sm">{info.getValue()}</Text> : dash),
    }),
    column.accessor('ownerName', {
      id: 'owner',
      header: t('pipeline.fields.owner'),
      meta: { width: 90 },
      cell: (info) =>
        info.getValue() ? (
          <Text size="sm" truncate="end">
            {info.getValue()}
          </Text>
        ) : (
          dash
        ),
    }),
    column.accessor('updatedAt', {
      id: 'updatedAt',
      header: t('pipeline.fields.updatedAt'),
      meta: { sortBy: 'updatedAt', width: 150 },
      cell: (info) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatInstant(info.getValue())}
        </Text>
      ),
    }),
  ] as DealColumn[]
}
