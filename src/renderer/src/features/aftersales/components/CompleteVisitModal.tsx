import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReturnVisit } from '../../../../../shared/api/aftersales'
import { placeApiError } from '../../../lib/errors'
import { useCompleteVisit } from '../../../data/aftersales'
import { ScorePicker } from './ScorePicker'

export interface CompleteVisitModalProps {
  visit: ReturnVisit | null
  onClose: () => void
}

/** 完成回访: what the customer said (required) and, if they gave one, a score 1–10. */
export function CompleteVisitModal({ visit, onClose }: CompleteVisitModalProps) {
  const { t } = useTranslation()
  const complete = useCompleteVisit()
  const [outcome, setOutcome] = useState('')
  const [score, setScore] = useState<number | null>(null)
  const [errors, setErrors] = useState<{ outcome?: string; satisfaction?: string }>({})
  const done = () => {
    setOutcome('')
    setScore(null)
    setErrors({})
    onClose()
  }
  const submit = () => {
    if (!visit) return
    if (outcome.trim() === '') {
      setErrors({ outcome: t('service.visits.outcomeRequired') })
      return
    }
    complete.mutate(
      { id: visit.id, outcome: outcome.trim(), satisfaction: score },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('service.visits.completedToast') })
          done()
        },
        onError: (e) => {
          const placed = placeApiError(t, e, ['outcome', 'satisfaction'])
          setErrors({ ...placed.fields, ...(placed.general ? { outcome: placed.general } : {}) })
        },
      },
    )
  }
  return (
    <Modal
      opened={visit !== null}
      onClose={done}
      title={
        <Text fw={600}>
          {t('service.visits.completeTitle', { name: visit?.customerName ?? '' })}
        </Text>
      }
      size={520}
    >
      <Stack gap="sm" data-testid="visit-complete-modal">
        <Textarea
          label={t('service.visits.outcome')}
          withAsterisk
          autosize
          minRows={3}
          data-autofocus
          value={outcome}
          onChange={(e) => {
            setOutcome(e.currentTarget.value)
            setErrors({})
          }}
          error={errors.outcome}
          data-testid="visit-outcome"
        />
        <ScorePicker
          label={t('service.visits.scoreOptional')}
          value={score}
          onChange={setScore}
          error={errors.satisfaction}
          testId="visit-score"
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={done}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={complete.isPending} data-testid="visit-complete-save">
            {t('service.visits.complete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
