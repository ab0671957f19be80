import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ReminderForm, type ReminderLink } from './ReminderForm'

export interface ReminderFormModalProps {
  opened: boolean
  onClose: () => void
  link?: ReminderLink
}

/** 新建提醒 in a modal; the form starts afresh each time it opens. */
export function ReminderFormModal({ opened, onClose, link }: ReminderFormModalProps) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('reminders.form.titleNew')} size="md">
      <ReminderForm onClose={onClose} link={link} />
    </Modal>
  )
}
