import { Text } from '@mantine/core'
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { Ticket } from '../../../../../shared/api/aftersales'
import { localDate } from '../../../../../shared/dates'
import { TicketKindBadge, TicketPriorityBadge, TicketStatusBadge } from './TicketBadges'

const column = createColumnHelper<Ticket>()
const NUMBER = { fontVariantNumeric: 'tabular-nums' } as const

/** 工单号, 标题, 客户, 类型, 状态, 优先级, 负责人, 截止日期 (red when overdue), 创建, 满意度. */
export function ticketColumns(t: TFunction, withCustomer = true): ColumnDef<Ticket, unknown>[] {
  const columns = [
    column.accessor('number', {
      id: 'number',
      header: t('service.fields.number'),
      meta: { width: 124 },
      cell: (info) => (
        <Text size="sm" style={NUMBER}>
          {info.getValue()}
        </Text>
      ),
    }),
    column.accessor('title', {
      id: 'title',
      header: t('service.fields.title'),
      cell: (info) => (
        <Text size="sm" fw={500} truncate="end" title={info.getValue()}>
          {info.getValue()}
        </Text>
      ),
    }),
    column.accessor('customerName', {
      id: 'customer',
      header: t('service.fields.customer'),
      meta: { width: 160 },
      cell: (info) => (
        <Text size="sm" truncate="end" title={info.getValue()}>
          {info.getValue()}
        </Text>
      ),
    }),
    column.accessor('kind', {
      id: 'kind',
      header: t('service.fields.kind'),
      meta: { width: 120 },
      cell: (info) => <TicketKindBadge kind={info.getValue()} />,
    }),
    column.accessor('status', {
      id: 'status',
      header: t('service.fields.status'),
      meta: { width: 108, sortBy: 'status' },
      cell: (info) => <TicketStatusBadge status={info.getValue()} />,
    }),
    column.accessor('priority', {
      id: 'priority',
      header: t('service.fields.priority'),
      meta: { width: 110, sortBy: 'priority' },
      cell: (info) => <TicketPriorityBadge priority={info.getValue()} />,
    }),
    column.accessor('ownerName', {
      id: 'owner',
      header: t('service.fields.owner'),
      meta: { width: 110 },
      cell: (info) => (
        <Text size="sm" c={info.getValue() ? undefined : 'dimmed'} truncate="end">
          {info.getValue() ?? t('service.unassigned')}
        </Text>
      ),
    }),
    column.accessor('dueDate', {
      id: 'dueDate',
      header: t('service.fields.dueDate'),
      meta: { width: 100, sortBy: 'dueDate' },
      cell: ({ row }) => (
        <Text
          size="sm"
          style={NUMBER}
          c={row.original.overdue ? 'red' : undefined}
          fw={row.original.overdue ? 600 : undefined}
          title={row.original.overdue ? t('service.overdue') : undefined}
        >
          {row.original.dueDate ?? '—'}
        </Text>
      ),
    }),
    column.accessor('createdAt', {
      id: 'createdAt',
      header: t('service.fields.createdAt'),
      meta: { width: 100, sortBy: 'createdAt' },
      cell: (info) => (
        <Text size="sm" style={NUMBER}>
          {localDate(info.getValue())}
        </Text>
      ),
    }),
    column.accessor('satisfaction', {
      id: 'satisfaction',
      header: t('service.fields.score'),
      meta: { width: 76, align: 'right' },
      cell: (info) => (
        <Text size="sm" style={NUMBER} c={info.getValue() === null ? 'dimmed' : undefined}>
          {info.getValue() ?? '—'}
        </Text>
      ),
    }),
  ] as ColumnDef<Ticket, unknown>[]
  // On the customer's own page its name, owner and the opening date give way to the title.
  const hidden = ['customer', 'owner', 'createdAt']
  return withCustomer ? columns : columns.filter((c) => !hidden.includes(c.id ?? ''))
}
