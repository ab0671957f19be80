import { Anchor, Badge, Group, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { AGING_BUCKETS } from '../../../../../shared/api'
import { agingBucket, daysOverdue } from '../../../../../shared/ledger-rules'
import { MoneyText } from '../../../components/MoneyText'
import { useLedgerQuery } from '../../../data/ledger'
import { agingBadge } from '../../../lib/ledgerColors'

export interface AgingDrillDownProps {
  customerId: number
  ownerId: number | null
  asOf: string
}

const DRILL_BG = 'var(--mantine-color-default-hover)'

/**
 * A customer's open instalments under its aging row, each amount in the column of its
 * bucket as of the date (the same rule as the core: ledger-rules agingBucket).
 */
export function AgingDrillDown({ customerId, ownerId, asOf }: AgingDrillDownProps) {
  const { t } = useTranslation()
  const list = useLedgerQuery('receivables.list', {
    filter: { customerId, ...(ownerId === null ? {} : { ownerId }) },
    sort: { field: 'dueDate', dir: 'asc' },
    pageSize: 500,
  })
  if (!list.data)
    return (
      <Table.Tr bg={DRILL_BG}>
        <Table.Td colSpan={7}>
          <Text size="xs" c="dimmed" pl="xl">
            {t('common.loading')}
          </Text>
        </Table.Td>
      </Table.Tr>
    )
  return (
    <>
      {list.data.rows.map((row) => {
        const bucket = agingBucket(row.dueDate, asOf)
        const days = daysOverdue(row.dueDate, asOf)
        return (
          <Table.Tr key={row.id} bg={DRILL_BG} data-testid="aging-instalment" data-bucket={bucket}>
            <Table.Td pl={40}>
              <Group gap={6} wrap="nowrap" miw={0}>
                <Anchor
                  component={Link}
                  to={`/contracts/${row.contractId}`}
                  size="xs"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {row.contractNumber} · {t('ledger.plan.seq', { seq: row.seq })}
                </Anchor>
                <Text
                  size="xs"
                  c="dimmed"
                  style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                >
                  {row.dueDate}
                </Text>
                {days > 0 && (
                  <Badge size="xs" {...agingBadge(bucket)} style={{ flexShrink: 0 }}>
                    {t('ledger.plan.daysOverdue', { count: days })}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            {AGING_BUCKETS.map((column) => (
              <Table.Td key={column} ta="right">
                {column === bucket && <MoneyText cents={row.unpaidCents} size="xs" />}
              </Table.Td>
            ))}
            <Table.Td ta="right">
              <MoneyText cents={row.unpaidCents} size="xs" />
            </Table.Td>
          </Table.Tr>
        )
      })}
    </>
  )
}
