import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconTrophy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Deal } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'

export interface WonConfirmModalProps {
  /** The deal to mark won; null = closed. */
  deal: Pick<Deal, 'id' | 'title' | 'customerName' | 'amountCents'> | null
  onConfirm: () => void
  onClose: () => void
}

/** 赢单: one confirmation with what is being won; the toast that follows can undo it. */
export function WonConfirmModal({ deal, onConfirm, onClose }: WonConfirmModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={deal !== null}
      onClose={onClose}
      title={<Text fw={600}>{t('pipeline.close.wonTitle')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size={440}
    >
      {deal && (
        <Stack gap="sm" data-testid="won-confirm-dialog">
          <Text size="sm">
            {t('pipeline.close.wonText', {
              title: deal.title,
              customer: deal.customerName,
              amount: formatCents(deal.amountCents),
            })}
          </Text>
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              color="green"
              leftSection={<IconTrophy size={16} />}
              onClick={onConfirm}
              data-autofocus
              data-testid="won-confirm"
            >
              {t('pipeline.close.confirmWon')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
