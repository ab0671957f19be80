import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReturnVisit, Ticket } from '../../../../../shared/api/aftersales'
import { PageLoader } from '../../../components/PageLoader'
import { DataTable } from '../../../components/data-table/DataTable'
import { useReturnVisitList, useTicketList } from '../../../data/aftersales'
import { CompleteVisitModal } from './CompleteVisitModal'
import { ReturnVisitTable } from './ReturnVisitTable'
import { ticketColumns } from './ticketColumns'
import { TicketDetailDrawer } from './TicketDetailDrawer'
import { TicketFormDrawer } from './TicketFormDrawer'

export interface CustomerServicePanelProps {
  customerId: number
  customerName: string
  /** False for a record in the recycle bin. */
  editable: boolean
}

/** The customer's tickets (open ones first) and return visits, with 新建工单. */
export function CustomerServicePanel({
  customerId,
  customerName,
  editable,
}: CustomerServicePanelProps) {
  const { t } = useTranslation()
  const [showClosed, setShowClosed] = useState(false)
  const [editing, setEditing] = useState<Ticket | 'new' | null>(null)
  const [openId, setOpenId] = useState<number | null>(null)
  const [completing, setCompleting] = useState<ReturnVisit | null>(null)
  const tickets = useTicketList({
    filter: { customerId, ...(showClosed ? {} : { open: true }) },
    pageSize: 100,
  })
  const visits = useReturnVisitList({
    filter: { customerId },
    sort: { field: 'dueDate', dir: 'desc' },
    pageSize: 50,
  })
  const columns = useMemo(() => ticketColumns(t, false), [t])
  return (
    <Stack gap="md" data-testid="customer-service-panel">
      <Group justify="space-between">
        <Title order={3}>{t('service.customer.tickets')}</Title>
        <Group gap="xs">
          <Button
            variant="subtle"
            size="xs"
            onClick={() => setShowClosed((v) => !v)}
            data-testid="customer-tickets-toggle"
          >
            {showClosed ? t('service.customer.openOnly') : t('service.customer.withClosed')}
          </Button>
          {editable && (
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setEditing('new')}
              data-testid="customer-ticket-new"
            >
              {t('service.new')}
            </Button>
          )}
        </Group>
      </Group>
      {!tickets.data ? (
        <PageLoader />
      ) : tickets.data.rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="customer-tickets-empty">
          {showClosed ? t('service.customer.noTickets') : t('service.customer.noOpenTickets')}
        </Text>
      ) : (
        <Paper withBorder>
          <DataTable<Ticket>
            rows={tickets.data.rows}
            columns={columns}
            onOpen={(ticket) => setOpenId(ticket.id)}
            minWidth={760}
            fill={false}
            testId="customer-ticket-table"
            rowTestId="customer-ticket-row"
          />
        </Paper>
      )}
      <Title order={3}>{t('service.customer.visits')}</Title>
      {!visits.data ? (
        <PageLoader />
      ) : visits.data.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('service.customer.noVisits')}
        </Text>
      ) : (
        <Paper withBorder>
          <ReturnVisitTable
            visits={visits.data.rows}
            withCustomer={false}
            onComplete={editable ? setCompleting : undefined}
            testId="customer-visit-table"
          />
        </Paper>
      )}
      <TicketFormDrawer
        target={editing}
        customer={{ id: customerId, name: customerName }}
        onClose={() => setEditing(null)}
        onSaved={(saved) => setOpenId(saved.id)}
      />
      <TicketDetailDrawer ticketId={openId} onClose={() => setOpenId(null)} onEdit={setEditing} />
      <CompleteVisitModal visit={completing} onClose={() => setCompleting(null)} />
    </Stack>
  )
}
