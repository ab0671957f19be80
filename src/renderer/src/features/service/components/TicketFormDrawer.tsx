import { Drawer, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Ticket } from '../../../../../shared/api/service'
import { TicketForm } from './TicketForm'

export interface TicketFormDrawerProps {
  /** null = closed; 'new' or the ticket to edit. */
  target: Ticket | 'new' | null
  customer?: { id: number; name: string } | undefined
  onClose: () => void
  onSaved?: (ticket: Ticket) => void
}

/** The ticket form from the right; Esc closes it. */
export function TicketFormDrawer({ target, customer, onClose, onSaved }: TicketFormDrawerProps) {
  const { t } = useTranslation()
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size={520}
      title={
        <Text fw={600} span>
          {target === 'new' ? t('service.form.newTitle') : t('service.form.editTitle')}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target !== null && (
        <TicketForm
          key={target === 'new' ? 'new' : `${target.id}-${target.updatedAt}`}
          ticket={target === 'new' ? null : target}
          customer={customer}
          onSaved={(saved) => {
            onClose()
            onSaved?.(saved)
          }}
          onCancel={onClose}
        />
      )}
    </Drawer>
  )
}
