import { useTranslation } from 'react-i18next'
import type { Contact } from '../../../../../shared/api'
import { FormDrawer } from '../../../components/FormDrawer'
import { ContactForm } from './ContactForm'

/** 'new', the contact being edited, or null when closed. */
export type ContactFormTarget = 'new' | Contact | null

export interface ContactFormDrawerProps {
  customerId: number
  target: ContactFormTarget
  onClose: () => void
}

/** The contact form in a drawer from the right; Esc closes it, focus starts in the name. */
export function ContactFormDrawer({ customerId, target, onClose }: ContactFormDrawerProps) {
  const { t } = useTranslation()
  const contact = target === 'new' ? null : target
  return (
    <FormDrawer
      opened={target !== null}
      title={contact ? t('contacts.editTitle') : t('contacts.newTitle')}
      onClose={onClose}
    >
      {target !== null && (
        <ContactForm
          key={contact ? contact.id : 'new'}
          customerId={customerId}
          contact={contact}
          onSaved={onClose}
          onCancel={onClose}
        />
      )}
    </FormDrawer>
  )
}
