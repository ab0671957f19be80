import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Customer } from '../../../../../shared/api'

export interface PurgeConfirmModalProps {
  /** The customer to delete for good; null = closed. */
  customer: Pick<Customer, 'id' | 'name' | 'code'> | null
  purging: boolean
  error: string | null
  onConfirm: () => void
  onClose: () => void
}

/** The only confirm dialog of the customer screens: deleting for good cannot be undone. */
export function PurgeConfirmModal({
  customer,
  purging,
  error,
  onConfirm,
  onClose,
}: PurgeConfirmModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={customer !== null}
      onClose={onClose}
      title={t('recycleBin.purgeTitle')}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {customer && (
        <Stack gap="md" data-testid="purge-confirm">
          <Text size="sm">
            {t('recycleBin.purgeQuestion', { name: customer.name, code: customer.code })}
          </Text>
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('recycleBin.purgeWarning')}
          </Alert>
          {error && (
            <Text size="sm" c="red">
              {error}
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              data-testid="purge-confirm-button"
              color="red"
              loading={purging}
              onClick={onConfirm}
            >
              {t('recycleBin.purgeConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
