import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Deal } from '../../../../../shared/api'
import { useLostReasons } from '../hooks/usePipeline'

/** The choice that stands for "a reason not in the list": it opens a text field. */
const OTHER = '\u0000other'

export interface LostReasonModalProps {
  /** The deal to mark lost; null = closed. */
  deal: Pick<Deal, 'id' | 'title' | 'customerName'> | null
  onConfirm: (reason: string) => void
  onClose: () => void
}

/**
 * 输单: why it was lost, from the editable list (设置 → 销售阶段) or typed. A lost deal
 * without a reason is refused by the core, so the button waits for one.
 */
export function LostReasonModal({ deal, onConfirm, onClose }: LostReasonModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={deal !== null}
      onClose={onClose}
      title={<Text fw={600}>{t('pipeline.close.lostTitle')}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size={460}
    >
      {deal && <LostReasonForm key={deal.id} deal={deal} onConfirm={onConfirm} onClose={onClose} />}
    </Modal>
  )
}

function LostReasonForm({
  deal,
  onConfirm,
  onClose,
}: Required<{ [K in keyof LostReasonModalProps]: NonNullable<LostReasonModalProps[K]> }>) {
  const { t } = useTranslation()
  const reasons = useLostReasons().data ?? []
  const [choice, setChoice] = useState<string | null>(null)
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const other = choice === OTHER || (reasons.length === 0 && choice === null)
  const reason = (other ? typed : (choice ?? '')).trim()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!reason) {
      setError(t('pipeline.close.reasonRequired'))
      return
    }
    onConfirm(reason)
  }

  return (
    <form onSubmit={submit} noValidate data-testid="lost-reason-form">
      <Stack gap="sm">
        <Text size="sm">
          {t('pipeline.close.lostText', { title: deal.title, customer: deal.customerName })}
        </Text>
        {reasons.length > 0 && (
          <Select
            label={t('pipeline.close.reason')}
            placeholder={t('pipeline.close.reasonPlaceholder')}
            withAsterisk
            data-autofocus
            data={[
              ...reasons.map((value) => ({ value, label: value })),
              { value: OTHER, label: t('pipeline.close.otherReason') },
            ]}
            value={choice}
            onChange={(value) => {
              setChoice(value)
              setError(null)
            }}
            error={other ? undefined : error}
            data-testid="lost-reason-select"
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {other && (
          <TextInput
            label={reasons.length > 0 ? t('pipeline.close.otherLabel') : t('pipeline.close.reason')}
            placeholder={t('pipeline.close.otherPlaceholder')}
            withAsterisk
            autoFocus
            maxLength={200}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value)
              setError(null)
            }}
            error={error}
            data-testid="lost-reason-other"
          />
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" data-testid="lost-confirm">
            {t('pipeline.close.confirmLost')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
