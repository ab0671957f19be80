import { useTranslation } from 'react-i18next'
import type { Ticket } from '../../../../../shared/api/aftersales'
import { FormDrawer } from '../../../components/FormDrawer'
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
    <FormDrawer
      opened={target !== null}
      title={target === 'new' ? t('service.form.newTitle') : t('service.form.editTitle')}
      onClose={onClose}
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
    </FormDrawer>
  )
}
