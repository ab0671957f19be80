import { Anchor, Button, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ReturnVisit } from '../../../../../shared/api/aftersales'
import { reasonLabel } from '../serviceText'

export interface ReturnVisitTableProps {
  visits: ReturnVisit[]
  onComplete?: ((visit: ReturnVisit) => void) | undefined
  /** The customer's own page leaves its name out. */
  withCustomer?: boolean
  testId: string
}

const NUMBER = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const

/** 回访: due date (red when overdue), customer, why (the ticket or contract), owner, outcome and score. */
export function ReturnVisitTable({
  visits,
  onComplete,
  withCustomer = true,
  testId,
}: ReturnVisitTableProps) {
  const { t } = useTranslation()
  return (
    <Table highlightOnHover fz="sm" verticalSpacing={6} data-testid={testId} stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t('service.visits.dueDate')}</Table.Th>
          {withCustomer && <Table.Th>{t('service.fields.customer')}</Table.Th>}
          <Table.Th>{t('service.visits.reasonTitle')}</Table.Th>
          <Table.Th w={110}>{t('service.fields.owner')}</Table.Th>
          <Table.Th>{t('service.visits.outcome')}</Table.Th>
          <Table.Th w={72} ta="right">
            {t('service.fields.score')}
          </Table.Th>
          <Table.Th w={160} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {visits.map((v) => (
          <Table.Tr
            key={v.id}
            data-testid="visit-row"
            data-state={v.doneAt === null ? 'open' : 'done'}
          >
            <Table.Td>
              <Text
                size="sm"
                style={NUMBER}
                c={v.overdue ? 'red' : undefined}
                fw={v.overdue ? 600 : undefined}
              >
                {v.dueDate}
              </Text>
            </Table.Td>
            {withCustomer && (
              <Table.Td>
                <Anchor component={Link} to={`/customers/${v.customerId}`} size="sm">
                  {v.customerName}
                </Anchor>
              </Table.Td>
            )}
            <Table.Td>
              <Text size="sm">
                {reasonLabel(t, v.reason)}
                {v.ticketNumber
                  ? ` · ${v.ticketNumber}`
                  : v.contractNumber
                    ? ` · ${v.contractNumber}`
                    : ''}
              </Text>
              {v.notes && (
                <Text size="xs" c="dimmed">
                  {v.notes}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm" c={v.ownerName ? undefined : 'dimmed'}>
                {v.ownerName ?? t('service.unassigned')}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c={v.outcome ? undefined : 'dimmed'}>
                {v.outcome ?? '—'}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Text size="sm" style={NUMBER}>
                {v.satisfaction ?? '—'}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              {v.doneAt === null ? (
                onComplete && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => onComplete(v)}
                    data-testid="visit-complete"
                  >
                    {t('service.visits.complete')}
                  </Button>
                )
              ) : (
                <Text size="sm" c="teal" fw={500} style={NUMBER}>
                  {t('service.visits.doneOn', { date: v.doneDate })}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
