import { Anchor, Divider, Drawer, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Ticket } from '../../../../../shared/api/aftersales'
import { formatInstant } from '../../../../../shared/dates'
import { PageLoader } from '../../../components/PageLoader'
import { useTicket } from '../../../data/aftersales'
import { kindLabel, priorityLabel } from '../serviceText'
import { CloseTicketModal } from './CloseTicketModal'
import { ResolveTicketModal } from './ResolveTicketModal'
import { TicketActions } from './TicketActions'
import { TicketStatusBadge } from './TicketBadges'

export interface TicketDetailDrawerProps {
  ticketId: number | null
  onClose: () => void
  onEdit: (ticket: Ticket) => void
}

function Fact({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Text>
    </div>
  )
}

/** A ticket from the right: its facts, times, score, description and resolution, its actions. */
export function TicketDetailDrawer({ ticketId, onClose, onEdit }: TicketDetailDrawerProps) {
  const { t } = useTranslation()
  const query = useTicket(ticketId)
  const ticket = query.data
  const [resolving, setResolving] = useState<Ticket | null>(null)
  const [closing, setClosing] = useState<Ticket | null>(null)
  const time = (ms: number | null) => (ms === null ? '—' : formatInstant(ms))
  return (
    <>
      <Drawer
        opened={ticketId !== null}
        onClose={onClose}
        position="right"
        size={560}
        title={
          ticket && (
            <Group gap="sm">
              <Text fw={600} span style={{ fontVariantNumeric: 'tabular-nums' }}>
                {ticket.number}
              </Text>
              <TicketStatusBadge status={ticket.status} />
            </Group>
          )
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {!ticket ? (
          <PageLoader />
        ) : (
          <Stack gap="md" data-testid="ticket-detail" data-status={ticket.status}>
            <div>
              <Text fw={600} size="lg" data-testid="ticket-detail-title">
                {ticket.title}
              </Text>
              <Anchor component={Link} to={`/customers/${ticket.customerId}`} size="sm">
                {ticket.customerName}
              </Anchor>
            </div>
            <TicketActions
              ticket={ticket}
              onResolve={() => setResolving(ticket)}
              onClose={() => setClosing(ticket)}
              onEdit={() => onEdit(ticket)}
              onDeleted={onClose}
            />
            <SimpleGrid cols={3} spacing="sm" verticalSpacing="sm">
              <Fact label={t('service.fields.kind')}>{kindLabel(t, ticket.kind)}</Fact>
              <Fact label={t('service.fields.priority')}>{priorityLabel(t, ticket.priority)}</Fact>
              <Fact label={t('service.fields.owner')}>
                {ticket.ownerName ?? t('service.unassigned')}
              </Fact>
              <Fact label={t('service.fields.dueDate')}>
                <Text span size="sm" c={ticket.overdue ? 'red' : undefined}>
                  {ticket.dueDate ?? '—'}
                  {ticket.overdue ? ` · ${t('service.overdue')}` : ''}
                </Text>
              </Fact>
              <Fact label={t('service.fields.createdAt')}>{time(ticket.createdAt)}</Fact>
              <Fact label={t('service.fields.firstResponseAt')}>
                {time(ticket.firstResponseAt)}
              </Fact>
              <Fact label={t('service.fields.resolvedAt')}>{time(ticket.resolvedAt)}</Fact>
              <Fact label={t('service.fields.closedDate')}>{ticket.closedDate ?? '—'}</Fact>
              <Fact label={t('service.fields.satisfaction')} testId="ticket-detail-score">
                {ticket.satisfaction === null
                  ? ticket.status === 'closed'
                    ? t('service.noScore')
                    : '—'
                  : `${ticket.satisfaction} / 10`}
              </Fact>
            </SimpleGrid>
            {ticket.contractNumber && (
              <Fact label={t('service.fields.contract')}>{ticket.contractNumber}</Fact>
            )}
            <Divider />
            <Fact label={t('service.fields.description')}>
              <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {ticket.description ?? '—'}
              </Text>
            </Fact>
            <Fact label={t('service.fields.resolution')} testId="ticket-detail-resolution">
              <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {ticket.resolution ?? '—'}
              </Text>
            </Fact>
          </Stack>
        )}
      </Drawer>
      <ResolveTicketModal ticket={resolving} onClose={() => setResolving(null)} />
      <CloseTicketModal ticket={closing} onClose={() => setClosing(null)} />
    </>
  )
}
