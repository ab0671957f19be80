import { Button, Stack, Text } from '@mantine/core'
import { IconRestore } from '@tabler/icons-react'
import { createColumnHelper, type RowData } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { Customer, CustomerSortField } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { GradeBadge } from '../../../components/GradeBadge'
import { StageBadge } from '../../../components/StageBadge'
import { TagBadges } from '../../../components/TagBadges'

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The contract's sort field this column sorts by; absent = not sortable. */
    sortField?: CustomerSortField
    width?: number
  }
}

const column = createColumnHelper<Customer>()

/** "广东省 深圳市"; a municipality is named once ("北京市", not "北京市 北京市"). */
export function regionOf(customer: Pick<Customer, 'province' | 'city'>): string {
  const parts = [customer.province, customer.city].filter((part): part is string => Boolean(part))
  return [...new Set(parts)].join(' ')
}

/** An empty cell: one shared element, not a component. */
const DASH = <Text c="dimmed">—</Text>

export interface CustomerColumnOptions {
  /** Listing the recycle bin: show when each was deleted and a Restore button. */
  deleted: boolean
  onRestore: (customer: Customer) => void
  restoringId: number | null
}

export function customerColumns(t: TFunction, options: CustomerColumnOptions) {
  const columns = [
    column.accessor('code', {
      header: t('customers.columns.code'),
      meta: { sortField: 'code', width: 100 },
      cell: (info) => <Text size="sm">{info.getValue()}</Text>,
    }),
    column.accessor('name', {
      header: t('customers.columns.name'),
      meta: { sortField: 'name' },
      cell: ({ row }) => (
        <Stack gap={0} miw={0}>
          <Text size="sm" fw={500} truncate="end">
            {row.original.name}
          </Text>
          {row.original.shortName && (
            <Text size="xs" c="dimmed" truncate="end">
              {row.original.shortName}
            </Text>
          )}
        </Stack>
      ),
    }),
    column.accessor('grade', {
      header: t('customers.columns.grade'),
      meta: { sortField: 'grade', width: 64 },
      cell: (info) => <GradeBadge grade={info.getValue()} />,
    }),
    column.accessor('stage', {
      header: t('customers.columns.stage'),
      meta: { sortField: 'stage', width: 96 },
      cell: (info) => <StageBadge stage={info.getValue()} />,
    }),
    column.accessor('ownerName', {
      header: t('customers.columns.owner'),
      meta: { width: 92 },
      cell: (info) => (info.getValue() ? <Text size="sm">{info.getValue()}</Text> : DASH),
    }),
    column.accessor((customer) => regionOf(customer), {
      id: 'region',
      header: t('customers.columns.region'),
      meta: { sortField: 'province', width: 130 },
      cell: (info) => (info.getValue() ? <Text size="sm">{info.getValue()}</Text> : DASH),
    }),
    column.accessor('phone', {
      header: t('customers.columns.phone'),
      meta: { width: 136 },
      cell: (info) => (info.getValue() ? <Text size="sm">{info.getValue()}</Text> : DASH),
    }),
  ]
  const tags = column.accessor('tags', {
    header: t('customers.columns.tags'),
    meta: { width: 170 },
    cell: (info) => <TagBadges tags={info.getValue()} max={2} />,
  })
  const updatedAt = column.accessor('updatedAt', {
    header: t('customers.columns.updatedAt'),
    meta: { sortField: 'updatedAt', width: 132 },
    cell: (info) => <Text size="sm">{formatInstant(info.getValue())}</Text>,
  })
  const deletedAt = column.accessor('deletedAt', {
    header: t('customers.columns.deletedAt'),
    meta: { width: 132 },
    cell: (info) => {
      const value = info.getValue()
      return value === null ? DASH : <Text size="sm">{formatInstant(value)}</Text>
    },
  })
  const actions = column.display({
    id: 'actions',
    header: t('customers.columns.actions'),
    meta: { width: 120 },
    cell: ({ row }) => (
      <Button
        data-testid="customer-restore"
        size="compact-sm"
        variant="light"
        leftSection={<IconRestore size={14} />}
        loading={options.restoringId === row.original.id}
        onClick={(event) => {
          event.stopPropagation()
          options.onRestore(row.original)
        }}
      >
        {t('common.restore')}
      </Button>
    ),
  })
  // The recycle bin trades the tags for when each was deleted and a Restore button.
  return options.deleted ? [...columns, deletedAt, actions] : [...columns, tags, updatedAt]
}

export type CustomerColumns = ReturnType<typeof customerColumns>
