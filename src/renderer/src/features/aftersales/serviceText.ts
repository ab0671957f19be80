import type { TFunction } from 'i18next'
import type {
  ReturnVisitReason,
  TicketKind,
  TicketPriority,
  TicketStatus,
} from '../../../../shared/api/aftersales'

/** One colour per status, kind and priority everywhere (badge, chart, print). */
export const STATUS_COLORS: Record<TicketStatus, string> = {
  new: 'blue',
  inProgress: 'orange',
  resolved: 'teal',
  closed: 'gray',
}
export const KIND_COLORS: Record<TicketKind, string> = {
  inquiry: 'cyan',
  complaint: 'red',
  repair: 'violet',
  suggestion: 'green',
}
export const PRIORITY_COLORS: Record<TicketPriority, string> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
}

export const statusLabel = (t: TFunction, status: TicketStatus) => t(`service.status.${status}`)
export const kindLabel = (t: TFunction, kind: TicketKind) => t(`service.kind.${kind}`)
export const priorityLabel = (t: TFunction, priority: TicketPriority) =>
  t(`service.priority.${priority}`)
export const reasonLabel = (t: TFunction, reason: ReturnVisitReason) =>
  t(`service.visits.reason.${reason}`)

/** 8.5 → "8.5", null → "—". */
export const scoreText = (score: number | null) => (score === null ? '—' : score.toFixed(1))
export const hoursText = (t: TFunction, hours: number | null) =>
  hours === null ? '—' : t('service.report.hoursValue', { hours: hours.toFixed(1) })
