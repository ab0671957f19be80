import { ActionIcon, Box, Group, Table, Text } from '@mantine/core'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { AGING_BUCKETS, type AgingAmounts, type AgingReport } from '../../../../../shared/api'
import { MoneyText } from '../../../components/MoneyText'
import { AGING_BUCKET_COLORS } from '../../../lib/ledgerColors'
import { AgingDrillDown } from './AgingDrillDown'

export interface AgingTableProps {
  report: AgingReport
  ownerId: number | null
  expanded: number | null
  onExpand: (customerId: number | null) => void
}

const FIELD = {
  notDue: 'notDueCents',
  d1to30: 'd1to30Cents',
  d31to60: 'd31to60Cents',
  d61to90: 'd61to90Cents',
  over90: 'over90Cents',
} as const satisfies Record<(typeof AGING_BUCKETS)[number], keyof AgingAmounts>

/**
 * 账龄分析: per customer the unpaid amounts by days past due (未到期, 1–30, 31–60, 61–90,
 * 90天以上) and the total; the buckets of a row sum to its total. A row opens to its instalments.
 */
export function AgingTable({ report, ownerId, expanded, onExpand }: AgingTableProps) {
  const { t } = useTranslation()
  const cells = (amounts: AgingAmounts, bold: boolean) => (
    <>
      {AGING_BUCKETS.map((bucket) => (
        <Table.Td key={bucket} ta="right" data-bucket={bucket}>
          <MoneyText
            cents={amounts[FIELD[bucket]]}
            zeroAsDash={!bold}
            bold={bold}
            color={bucket !== 'notDue' && amounts[FIELD[bucket]] > 0 ? 'red' : undefined}
          />
        </Table.Td>
      ))}
      <Table.Td ta="right">
        <MoneyText cents={amounts.totalCents} bold testId="aging-row-total" />
      </Table.Td>
    </>
  )
  return (
    <Box style={{ overflow: 'auto' }} h="100%">
      <Table
        stickyHeader
        highlightOnHover
        verticalSpacing={6}
        fz="sm"
        miw={980}
        data-testid="aging-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledger.fields.customer')}</Table.Th>
            {AGING_BUCKETS.map((bucket) => (
              <Table.Th key={bucket} ta="right" w={124}>
                <Group gap={6} justify="flex-end" wrap="nowrap">
                  <Box
                    w={8}
                    h={8}
                    bg={AGING_BUCKET_COLORS[bucket]}
                    style={{ borderRadius: 4, flexShrink: 0 }}
                  />
                  {t(`ledger.aging.${bucket}`)}
                </Group>
              </Table.Th>
            ))}
            <Table.Th ta="right" w={140}>
              {t('ledger.aging.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => {
            const open = expanded === row.customerId
            return (
              <Fragment key={row.customerId}>
                <Table.Tr
                  className="kehu-row"
                  data-testid="aging-row"
                  data-customer-id={row.customerId}
                  data-highlighted={open}
                  onClick={() => onExpand(open ? null : row.customerId)}
                >
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="sm"
                        aria-label={t(open ? 'ledger.aging.collapse' : 'ledger.aging.expand', {
                          name: row.customerName,
                        })}
                        aria-expanded={open}
                      >
                        {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                      </ActionIcon>
                      <Text size="sm" truncate="end">
                        {row.customerName}
                      </Text>
                    </Group>
                  </Table.Td>
                  {cells(row, false)}
                </Table.Tr>
                {open && (
                  <AgingDrillDown
                    customerId={row.customerId}
                    ownerId={ownerId}
                    asOf={report.asOf}
                  />
                )}
              </Fragment>
            )
          })}
        </Table.Tbody>
        <Table.Tfoot
          style={{
            position: 'sticky',
            bottom: 0,
            background: 'var(--mantine-color-body)',
            boxShadow: '0 -1px 0 var(--table-border-color)',
          }}
        >
          <Table.Tr data-testid="aging-total">
            <Table.Td>
              <Text size="sm" fw={700}>
                {t('ledger.aging.grandTotal', { count: report.rows.length })}
              </Text>
            </Table.Td>
            {cells(report.total, true)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Box>
  )
}
