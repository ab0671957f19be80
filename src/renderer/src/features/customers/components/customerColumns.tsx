import { ActionIcon, Stack, Text, Tooltip } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { createColumnHelper, type RowData } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { Customer, CustomerSortField, CustomField } from '../../../../../shared/api'
import { formatInstant, localDate } from '../../../../../shared/dates'
import { GradeBadge } from '../../../components/GradeBadge'
import { HighlightedText } from '../../../components/HighlightedText'
import { StageBadge } from '../../../components/StageBadge'
import { TagBadges } from '../../../components/TagBadges'
import { shownColumns } from '../columnIds'
import { campaignName } from '../../campaigns'
import { customFieldColumns } from './customFieldColumns'
import type { CustomerColumn } from './customerColumn'

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The contract's sort field this column sorts by; absent = not sortable. */
    sortField?: CustomerSortField
    width?: number
    align?: 'left' | 'right'
  }
}

const column = createColumnHelper<Customer>()

/** A column of the customer list; `id` is its column id (see columnIds.ts), `header` its label. */
export type { CustomerColumn } from './customerColumn'

/** "广东省 深圳市"; a municipality is named once ("北京市", not "北京市 北京市"). */
export function regionOf(customer: Pick<Customer, 'province' | 'city'>): string {
  const parts = [customer.province, customer.city].filter((part): part is string => Boolean(part))
  return [...new Set(parts)].join(' ')
}

/** An empty cell: one shared element, not a component. */
export const DASH = <Text c="dimmed">—</Text>

function textCell(value: string | null | undefined, query = '') {
  if (!value) return DASH
  return query ? (
    <HighlightedText size="sm" truncate="end" text={value} query={query} />
  ) : (
    <Text size="sm" truncate="end">
      {value}
    </Text>
  )
}

export interface CustomerColumnOptions {
  /** The search in force: its literal matches are marked in names and phones. */
  query: string
  /** Active custom fields of customers, offered as optional columns. */
  customFields: CustomField[]
  /** Opens the edit form (the pencil at the end of a row). */
  onEdit?: (customer: Customer) => void
}

/** Every column the list can show, in table order (the column chooser lists them in this order). */
export function allCustomerColumns(t: TFunction, options: CustomerColumnOptions): CustomerColumn[] {
  const label = (id: string) => t(`list.columns.${id}`)
  const q = options.query
  const columns = [
    column.accessor('code', {
      id: 'code',
      header: label('code'),
      meta: { sortField: 'code', width: 92 },
      cell: (info) => <Text size="sm">{info.getValue()}</Text>,
    }),
    column.accessor('name', {
      id: 'name',
      header: label('name'),
      meta: { sortField: 'name' },
      cell: ({ row }) => (
        <Stack gap={0} miw={0}>
          <HighlightedText size="sm" fw={500} truncate="end" text={row.original.name} query={q} />
          {row.original.shortName && (
            <HighlightedText
              size="xs"
              c="dimmed"
              truncate="end"
              text={row.original.shortName}
              query={q}
            />
          )}
        </Stack>
      ),
    }),
    column.accessor('grade', {
      id: 'grade',
      header: label('grade'),
      meta: { sortField: 'grade', width: 60 },
      cell: (info) => <GradeBadge grade={info.getValue()} />,
    }),
    column.accessor('stage', {
      id: 'stage',
      header: label('stage'),
      meta: { sortField: 'stage', width: 96 },
      cell: (info) => <StageBadge stage={info.getValue()} />,
    }),
    column.accessor('ownerName', {
      id: 'owner',
      header: label('owner'),
      meta: { width: 80 },
      cell: (info) => textCell(info.getValue()),
    }),
    column.accessor((customer) => regionOf(customer), {
      id: 'region',
      header: label('region'),
      meta: { sortField: 'province', width: 120 },
      cell: (info) => textCell(info.getValue()),
    }),
    column.accessor('phone', {
      id: 'phone',
      header: label('phone'),
      meta: { width: 124 },
      cell: (info) => textCell(info.getValue(), q),
    }),
    column.accessor('email', {
      id: 'email',
      header: label('email'),
      meta: { width: 180 },
      cell: (info) => textCell(info.getValue(), q),
    }),
    column.accessor('wechat', {
      id: 'wechat',
      header: label('wechat'),
      meta: { width: 120 },
      cell: (info) => textCell(info.getValue()),
    }),
    column.accessor('industry', {
      id: 'industry',
      header: label('industry'),
      meta: { width: 110 },
      cell: (info) => textCell(info.getValue()),
    }),
    column.accessor('source', {
      id: 'source',
      header: label('source'),
      meta: { width: 100 },
      cell: (info) => textCell(info.getValue()),
    }),
    column.accessor('campaignName', {
      id: 'campaign',
      header: label('campaign'),
      meta: { width: 130 },
      cell: ({ row }) =>
        textCell(
          row.original.campaignId === null
            ? null
            : campaignName(t, {
                name: row.original.campaignName,
                deleted: row.original.campaignDeleted,
              }),
        ),
    }),
    column.accessor('tags', {
      id: 'tags',
      header: label('tags'),
      meta: { width: 150 },
      cell: (info) => <TagBadges tags={info.getValue()} max={2} />,
    }),
    column.accessor('nextFollowUpDate', {
      id: 'nextFollowUpDate',
      header: label('nextFollowUpDate'),
      meta: { sortField: 'nextFollowUpDate', width: 120 },
      cell: (info) => textCell(info.getValue()),
    }),
    column.accessor('lastActivityAt', {
      id: 'lastActivityAt',
      header: label('lastActivityAt'),
      meta: { sortField: 'lastActivityAt', width: 120 },
      cell: (info) => {
        const value = info.getValue()
        return value === null ? DASH : <Text size="sm">{localDate(value)}</Text>
      },
    }),
    column.accessor('createdAt', {
      id: 'createdAt',
      header: label('createdAt'),
      meta: { sortField: 'createdAt', width: 110 },
      cell: (info) => <Text size="sm">{localDate(info.getValue())}</Text>,
    }),
    column.accessor('updatedAt', {
      id: 'updatedAt',
      header: label('updatedAt'),
      meta: { sortField: 'updatedAt', width: 132 },
      cell: (info) => <Text size="sm">{formatInstant(info.getValue())}</Text>,
    }),
  ] as CustomerColumn[]
  return [...columns, ...customFieldColumns(options.customFields)]
}

function editColumn(t: TFunction, onEdit: (customer: Customer) => void): CustomerColumn {
  return column.display({
    id: 'edit',
    header: '',
    meta: { width: 36 },
    cell: ({ row }) => (
      <Tooltip label={t('list.edit')} openDelay={400}>
        <ActionIcon
          className="kehu-row-edit"
          data-testid="customer-edit"
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('list.editNamed', { name: row.original.name })}
          onClick={(event) => {
            event.stopPropagation()
            onEdit(row.original)
          }}
        >
          <IconPencil size={15} />
        </ActionIcon>
      </Tooltip>
    ),
  }) as CustomerColumn
}

/** The columns to show: the chosen ones (null = defaults) in table order, then the edit pencil. */
export function customerColumns(
  t: TFunction,
  options: CustomerColumnOptions & { columns: readonly string[] | null },
): CustomerColumn[] {
  const shown = shownColumns(options.columns)
  const columns = allCustomerColumns(t, options).filter((candidate) => shown.has(candidate.id))
  return options.onEdit ? [...columns, editColumn(t, options.onEdit)] : columns
}

export type CustomerColumns = CustomerColumn[]
