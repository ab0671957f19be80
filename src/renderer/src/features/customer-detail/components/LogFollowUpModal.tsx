import { Group, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../shared/api'
import { LogFollowUpForm } from './LogFollowUpForm'

export interface LogFollowUpModalProps {
  opened: boolean
  customer: Pick<CustomerDetail, 'id' | 'name' | 'contacts'>
  onClose: () => void
}

/** The log-follow-up form in a modal; Esc closes it, focus starts in the content. */
export function LogFollowUpModal({ opened, customer, onClose }: LogFollowUpModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size={640}
      title={
        <Group gap="xs" wrap="nowrap" component="span">
          <Text fw={600} span>
            {t('followUps.log')}
          </Text>
          <Text c="dimmed" size="sm" span truncate>
            {customer.name}
          </Text>
        </Group>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <LogFollowUpForm
        customerId={customer.id}
        contacts={customer.contacts}
        onSaved={onClose}
        onCancel={onClose}
      />
    </Modal>
  )
}
