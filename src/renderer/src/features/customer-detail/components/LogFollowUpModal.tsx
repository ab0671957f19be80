import { Group, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Activity, CustomerDetail } from '../../../../../shared/api'
import { LogFollowUpForm } from './LogFollowUpForm'

export interface LogFollowUpModalProps {
  opened: boolean
  customer: Pick<CustomerDetail, 'id' | 'name' | 'contacts'>
  /** The follow-up to correct; absent to log a new one. */
  activity?: Activity
  onClose: () => void
}

/** The log-follow-up form (or the correction of one) in a modal; Esc closes it, focus starts in the content. */
export function LogFollowUpModal({ opened, customer, activity, onClose }: LogFollowUpModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size={640}
      title={
        <Group gap="xs" wrap="nowrap" component="span">
          <Text fw={600} span>
            {t(activity ? 'followUps.edit' : 'followUps.log')}
          </Text>
          <Text c="dimmed" size="sm" span truncate>
            {customer.name}
          </Text>
        </Group>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <LogFollowUpForm
        key={activity?.id ?? 'new'}
        customerId={customer.id}
        contacts={customer.contacts}
        activity={activity}
        onSaved={onClose}
        onCancel={onClose}
      />
    </Modal>
  )
}
