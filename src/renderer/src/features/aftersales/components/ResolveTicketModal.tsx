import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Ticket } from '../../../../../shared/api/aftersales'
import { errorMessage } from '../../../lib/errors'
import { useUpdateTicket } from '../../../data/aftersales'

export interface ResolveTicketModalProps {
  ticket: Ticket | null
  onClose: () => void
}

/** 标记已解决: what was done (the resolution), then the ticket moves to 已解决. */
export function ResolveTicketModal({ ticket, onClose }: ResolveTicketModalProps) {
  const { t } = useTranslation()
  const update = useUpdateTicket()
  const [resolution, setResolution] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const text = resolution ?? ticket?.resolution ?? ''
  const done = () => {
    setResolution(null)
    setError(null)
    onClose()
  }
  const submit = () => {
    if (!ticket) return
    if (text.trim() === '') {
      setError(t('service.actions.resolutionRequired'))
      return
    }
    update.mutate(
      { id: ticket.id, status: 'resolved', resolution: text.trim() },
      { onSuccess: done, onError: (e) => setError(errorMessage(t, e)) },
    )
  }
  return (
    <Modal
      opened={ticket !== null}
      onClose={done}
      title={
        <Text fw={600}>{t('service.actions.resolveTitle', { number: ticket?.number ?? '' })}</Text>
      }
      size={520}
    >
      <Stack gap="sm" data-testid="ticket-resolve-modal">
        <Textarea
          label={t('service.fields.resolution')}
          withAsterisk
          autosize
          minRows={3}
          data-autofocus
          value={text}
          onChange={(e) => {
            setResolution(e.currentTarget.value)
            setError(null)
          }}
          error={error}
          data-testid="ticket-resolution"
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={done}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={update.isPending} data-testid="ticket-resolve-save">
            {t('service.actions.resolve')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
