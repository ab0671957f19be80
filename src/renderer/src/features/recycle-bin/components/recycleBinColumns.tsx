import { Button, Group, Stack, Text, Tooltip } from '@mantine/core'
import { IconRestore, IconTrashX } from '@tabler/icons-react'
import { createColumnHelper } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { Customer } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { HighlightedText } from '../../../components/HighlightedText'
import type { CustomerColumn } from '../../customers'
import { MergedIntoNote } from './MergedIntoNote'

const column = createColumnHelper<Customer>()

export interface RecycleBinColumnOptions {
  query: string
  onRestore: (customer: Customer) => void
  onPurge: (customer: Customer) => void
  restoringId: number | null
}

/** The recycle bin's columns: who, when deleted, into whom it was merged, and Restore / Delete for good. */
export function recycleBinColumns(
  t: TFunction,
  options: RecycleBinColumnOptions,
): CustomerColumn[] {
  return [
    column.accessor('code', {
      id: 'code',
      header: t('list.columns.code'),
      meta: { sortField: 'code', width: 100 },
      cell: (info) => <Text size="sm">{info.getValue()}</Text>,
    }),
    column.accessor('name', {
      id: 'name',
      header: t('list.columns.name'),
      meta: { sortField: 'name' },
      cell: ({ row }) => (
        <Stack gap={0} miw={0}>
          <HighlightedText
            size="sm"
            fw={500}
            truncate="end"
            text={row.original.name}
            query={options.query}
          />
          {row.original.mergedInto !== null && (
            <MergedIntoNote
              mergedInto={row.original.mergedInto}
              name={row.original.mergedIntoName ?? undefined}
            />
          )}
        </Stack>
      ),
    }),
    column.accessor('ownerName', {
      id: 'owner',
      header: t('list.columns.owner'),
      meta: { width: 100 },
      cell: (info) => <Text size="sm">{info.getValue() ?? '—'}</Text>,
    }),
    column.accessor('phone', {
      id: 'phone',
      header: t('list.columns.phone'),
      meta: { width: 140 },
      cell: (info) => <Text size="sm">{info.getValue() ?? '—'}</Text>,
    }),
    column.accessor('deletedAt', {
      id: 'deletedAt',
      header: t('recycleBin.deletedAt'),
      meta: { sortField: 'deletedAt', width: 150 },
      cell: (info) => {
        const value = info.getValue()
        return <Text size="sm">{value === null ? '—' : formatInstant(value)}</Text>
      },
    }),
    column.display({
      id: 'actions',
      header: t('list.columns.actions'),
      meta: { width: 290 },
      cell: ({ row }) => {
        const customer = row.original
        const restore = (
          <Button
            data-testid="customer-restore"
            size="compact-sm"
            variant="light"
            leftSection={<IconRestore size={14} />}
            loading={options.restoringId === customer.id}
            onClick={(event) => {
              event.stopPropagation()
              options.onRestore(customer)
            }}
          >
            {t('common.restore')}
          </Button>
        )
        return (
          <Group gap={6} wrap="nowrap">
            {customer.mergedInto === null ? (
              restore
            ) : (
              <Tooltip label={t('recycleBin.restoreMergedHint')} multiline w={260} openDelay={300}>
                {restore}
              </Tooltip>
            )}
            <Button
              data-testid="customer-purge"
              size="compact-sm"
              variant="subtle"
              color="red"
              leftSection={<IconTrashX size={14} />}
              onClick={(event) => {
                event.stopPropagation()
                options.onPurge(customer)
              }}
            >
              {t('recycleBin.purge')}
            </Button>
          </Group>
        )
      },
    }) as CustomerColumn,
  ] as CustomerColumn[]
}
