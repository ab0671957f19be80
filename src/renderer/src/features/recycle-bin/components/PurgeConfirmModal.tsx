import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { purgeDialogText, type PurgeRequest } from '../purgeRequest'

export interface PurgeConfirmModalProps {
  /** What to delete for good; null = closed. */
  request: PurgeRequest | null
  purging: boolean
  error: string | null
  onConfirm: () => void
  onClose: () => void
}

/**
 * The only confirm dialogs of the customer screens: deleting for good cannot be undone.
 * It names the customer or states the count; Cancel has the focus.
 */
export function PurgeConfirmModal({
  request,
  purging,
  error,
  onConfirm,
  onClose,
}: PurgeConfirmModalProps) {
  const { t } = useTranslation()
  const text = request && purgeDialogText(t, request)
  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      title={text?.title}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {text && (
        <Stack gap="md" data-testid="purge-confirm" data-kind={request?.kind}>
          <Text size="sm">{text.question}</Text>
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
              {text.confirm}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
