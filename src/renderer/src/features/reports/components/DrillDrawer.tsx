import { Alert, Anchor, Drawer, Group, Pagination, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RecordReport, ReportRecord } from '../../../../../shared/api'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { useReportRecords } from '../../../data/reports'
import { useMoney } from '../../../lib/useMoney'
import type { Drill } from '../reportParams'

const PAGE_SIZE = 50

export interface DrillDrawerProps {
  /** The reports whose figures open records through reports.records. */
  report: RecordReport
  drill: Drill | null
  range: { from: string; to: string; ownerId: number | null }
  /** What was clicked, e.g. "2026-11 · 签约金额". */
  title: string
  onClose: () => void
}

/** Where a record lives: its contract, its deal on the pipeline, or its customer. */
export function recordLink(record: ReportRecord): string {
  if (record.kind === 'deal') return `/pipeline?view=list&deal=${record.id}`
  if (record.contractId !== null) return `/contracts/${record.contractId}`
  return `/customers/${record.customerId}`
}

/**
 * The records behind a figure (reports.records), paged, with their count and sum — which
 * equal the figure clicked. Each row opens the record; the customer name its customer.
 */
export function DrillDrawer({ report, drill, range, title, onClose }: DrillDrawerProps) {
  const { t } = useTranslation()
  const { money, exact } = useMoney()
  const [page, setPage] = useState(1)
  const input = drill
    ? {
        report,
        from: range.from,
        to: range.to,
        ...(range.ownerId !== null ? { ownerId: range.ownerId } : {}),
        dimension: drill.dimension,
        ...(drill.key !== undefined ? { key: drill.key } : {}),
        ...(drill.week ? { week: drill.week } : {}),
        ...(drill.customerId ? { customerId: drill.customerId } : {}),
        page,
        pageSize: PAGE_SIZE,
      }
    : null
  const records = useReportRecords(input)
  const data = records.data
  const withAmount = data?.rows.some((r) => r.amountCents !== null) ?? false
  return (
    <Drawer
      opened={drill !== null}
      onClose={onClose}
      position="right"
      size={760}
      title={title}
      data-testid="drill-drawer"
    >
      {records.isError ? (
        <Alert color="red">{errorMessage(t, records.error)}</Alert>
      ) : !data ? (
        <PageLoader />
      ) : (
        <>
          <Group justify="space-between" mb="xs">
            <Text size="sm" data-testid="drill-count">
              {t('reports.drill.count', { count: data.total })}
            </Text>
            {withAmount && (
              <Text size="sm" fw={700} data-testid="drill-sum" data-cents={data.amountCents}>
                {t('reports.drill.sum', { amount: exact(data.amountCents) })}
              </Text>
            )}
          </Group>
          {data.rows.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('reports.drill.empty')}
            </Text>
          ) : (
            <Table striped highlightOnHover fz="sm" verticalSpacing={4} data-testid="drill-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.drill.date')}</Table.Th>
                  <Table.Th>{t('reports.drill.reference')}</Table.Th>
                  <Table.Th>{t('reports.drill.customer')}</Table.Th>
                  <Table.Th>{t('reports.owner')}</Table.Th>
                  {withAmount && <Table.Th ta="right">{t('reports.drill.amount')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((r) => (
                  <Table.Tr key={`${r.kind}-${r.id}`}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.date}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={recordLink(r)} size="sm" onClick={onClose}>
                        {r.kind === 'activity'
                          ? t(`followUps.kinds.${r.reference}`, { defaultValue: r.reference })
                          : r.reference}
                      </Anchor>
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {r.title}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/customers/${r.customerId}`}
                        size="sm"
                        onClick={onClose}
                      >
                        {r.customerName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{r.ownerName ?? '—'}</Table.Td>
                    {withAmount && (
                      <Table.Td
                        ta="right"
                        style={{ whiteSpace: 'nowrap' }}
                        c={(r.amountCents ?? 0) < 0 ? 'red' : undefined}
                      >
                        {r.amountCents === null ? '—' : money(r.amountCents)}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {data.total > PAGE_SIZE && (
            <Group justify="center" mt="sm">
              <Pagination
                size="sm"
                total={Math.ceil(data.total / PAGE_SIZE)}
                value={page}
                onChange={setPage}
              />
            </Group>
          )}
        </>
      )}
    </Drawer>
  )
}
