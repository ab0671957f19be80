import { Button, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import {
  IconCheck,
  IconLock,
  IconPencil,
  IconPlayerPlay,
  IconRefresh,
  IconTrash,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Ticket } from '../../../../../shared/api/aftersales'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useDeleteWithUndo } from '../../../lib/useUndoToast'
import { useRefreshService, useReopenTicket, useUpdateTicket } from '../../../data/aftersales'

export interface TicketActionsProps {
  ticket: Ticket
  onResolve: () => void
  onClose: () => void
  onEdit: () => void
  onDeleted: () => void
}

/** What the ticket's status allows: 开始处理, 标记已解决, 关闭, 重新打开, edit and delete. */
export function TicketActions({
  ticket,
  onResolve,
  onClose,
  onEdit,
  onDeleted,
}: TicketActionsProps) {
  const { t } = useTranslation()
  const update = useUpdateTicket()
  const reopen = useReopenTicket()
  const refresh = useRefreshService()
  const remove = useDeleteWithUndo<Ticket>({
    remove: (item) => api.call('tickets.delete', { id: item.id }),
    restore: (item) => api.call('tickets.restore', { id: item.id }),
    deletedText: (item) => t('service.deleted', { number: item.number }),
    restoredText: (item) => t('service.restored', { number: item.number }),
    refresh: () => void refresh(),
    testId: 'ticket-undo',
  })
  const failed = (error: unknown) =>
    notifications.show({
      color: 'red',
      title: t('service.actions.failed'),
      message: errorMessage(t, error),
    })
  const move = (status: 'inProgress') =>
    update.mutate({ id: ticket.id, status }, { onError: failed })
  const open = ticket.status !== 'closed'
  return (
    <Group gap="xs" data-testid="ticket-actions">
      {ticket.status === 'new' && (
        <Button
          size="xs"
          leftSection={<IconPlayerPlay size={14} />}
          onClick={() => move('inProgress')}
          loading={update.isPending}
          data-testid="ticket-start"
        >
          {t('service.actions.start')}
        </Button>
      )}
      {ticket.status === 'resolved' && (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={14} />}
          onClick={() => move('inProgress')}
          loading={update.isPending}
          data-testid="ticket-rework"
        >
          {t('service.actions.rework')}
        </Button>
      )}
      {(ticket.status === 'new' || ticket.status === 'inProgress') && (
        <Button
          size="xs"
          color="teal"
          leftSection={<IconCheck size={14} />}
          onClick={onResolve}
          data-testid="ticket-resolve"
        >
          {t('service.actions.resolve')}
        </Button>
      )}
      {open && (
        <Button
          size="xs"
          color="gray"
          leftSection={<IconLock size={14} />}
          onClick={onClose}
          data-testid="ticket-close"
        >
          {t('service.actions.close')}
        </Button>
      )}
      {!open && (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconRefresh size={14} />}
          onClick={() => reopen.mutate({ id: ticket.id }, { onError: failed })}
          loading={reopen.isPending}
          data-testid="ticket-reopen"
        >
          {t('service.actions.reopen')}
        </Button>
      )}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconPencil size={14} />}
        onClick={onEdit}
        data-testid="ticket-edit"
      >
        {t('service.edit')}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={14} />}
        onClick={() => remove.mutate(ticket, { onSuccess: onDeleted, onError: failed })}
        data-testid="ticket-delete"
      >
        {t('common.delete')}
      </Button>
    </Group>
  )
}
