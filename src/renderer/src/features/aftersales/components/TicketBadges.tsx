import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TicketKind, TicketPriority, TicketStatus } from '../../../../../shared/api/aftersales'
import {
  KIND_COLORS,
  PRIORITY_COLORS,
  STATUS_COLORS,
  kindLabel,
  priorityLabel,
  statusLabel,
} from '../serviceText'

export interface TicketStatusBadgeProps {
  status: TicketStatus
}

export function TicketStatusBadge({ status }: TicketStatusBadgeProps) {
  const { t } = useTranslation()
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-status={status}>
      {statusLabel(t, status)}
    </Badge>
  )
}

export interface TicketKindBadgeProps {
  kind: TicketKind
}

export function TicketKindBadge({ kind }: TicketKindBadgeProps) {
  const { t } = useTranslation()
  return (
    <Badge color={KIND_COLORS[kind]} variant="outline">
      {kindLabel(t, kind)}
    </Badge>
  )
}

export interface TicketPriorityBadgeProps {
  priority: TicketPriority
}

export function TicketPriorityBadge({ priority }: TicketPriorityBadgeProps) {
  const { t } = useTranslation()
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant={priority === 'urgent' ? 'filled' : 'dot'}>
      {priorityLabel(t, priority)}
    </Badge>
  )
}
