import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Ticket } from '../../../../../shared/api/aftersales'
import { placeApiError } from '../../../lib/errors'
import { useCloseTicket } from '../../../data/aftersales'
import { ScorePicker } from './ScorePicker'

export interface CloseTicketModalProps {
  ticket: Ticket | null
  onClose: () => void
}

/** 关闭工单: asks the customer's satisfaction 1–10; 跳过 closes without a score. */
export function CloseTicketModal({ ticket, onClose }: CloseTicketModalProps) {
  const { t } = useTranslation()
  const close = useCloseTicket()
  const [score, setScore] = useState<number | null>(null)
  const [resolution, setResolution] = useState('')
  const [error, setError] = useState<string | null>(null)
  const done = () => {
    setScore(null)
    setResolution('')
    setError(null)
    onClose()
  }
  const submit = (satisfaction: number | null) => {
    if (!ticket) return
    close.mutate(
      {
        id: ticket.id,
        satisfaction,
        ...(resolution.trim() !== '' ? { resolution: resolution.trim() } : {}),
      },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t('service.actions.closedToast', { number: saved.number }),
          })
          done()
        },
        onError: (e) => {
          const placed = placeApiError(t, e, ['satisfaction', 'resolution'])
          setError(placed.fields.satisfaction ?? placed.fields.resolution ?? placed.general)
        },
      },
    )
  }
  return (
    <Modal
      opened={ticket !== null}
      onClose={done}
      title={
        <Text fw={600}>{t('service.actions.closeTitle', { number: ticket?.number ?? '' })}</Text>
      }
      size={520}
    >
      <Stack gap="sm" data-testid="ticket-close-modal">
        <Text size="sm" c="dimmed">
          {t('service.actions.closeHint')}
        </Text>
        <ScorePicker
          label={t('service.fields.satisfaction')}
          value={score}
          onChange={setScore}
          error={error}
          testId="ticket-close-score"
        />
        {ticket && ticket.resolution === null && (
          <Textarea
            label={t('service.fields.resolution')}
            autosize
            minRows={2}
            value={resolution}
            onChange={(e) => setResolution(e.currentTarget.value)}
            data-testid="ticket-close-resolution"
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            onClick={() => submit(null)}
            loading={close.isPending && score === null}
            data-testid="ticket-close-skip"
          >
            {t('service.actions.skipScore')}
          </Button>
          <Button
            onClick={() => submit(score)}
            disabled={score === null}
            loading={close.isPending && score !== null}
            data-testid="ticket-close-save"
          >
            {t('service.actions.closeWithScore')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
