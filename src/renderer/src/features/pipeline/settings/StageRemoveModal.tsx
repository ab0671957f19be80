import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PipelineStage } from '../../../../../shared/api'

export interface StageRemoveModalProps {
  /** The stage to remove; null = closed. */
  stage: PipelineStage | null
  /** The other open stages, where its deals can go. */
  others: PipelineStage[]
  removing: boolean
  onConfirm: (moveDealsTo: number | undefined) => void
  onClose: () => void
}

/**
 * Removing a stage: when it holds deals, where they go (one of the other open stages) must
 * be chosen first; an empty stage only asks to confirm. There is no undo for this.
 */
export function StageRemoveModal({
  stage,
  others,
  removing,
  onConfirm,
  onClose,
}: StageRemoveModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={stage !== null}
      onClose={onClose}
      size={460}
      title={
        <Text fw={600}>{t('pipeline.settings.removeTitle', { name: stage?.name ?? '' })}</Text>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {stage && (
        <StageRemoveBody
          key={stage.id}
          stage={stage}
          others={others}
          removing={removing}
          onConfirm={onConfirm}
          onClose={onClose}
        />
      )}
    </Modal>
  )
}

function StageRemoveBody({
  stage,
  others,
  removing,
  onConfirm,
  onClose,
}: Omit<StageRemoveModalProps, 'stage'> & { stage: PipelineStage }) {
  const { t } = useTranslation()
  const [target, setTarget] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const holdsDeals = stage.dealCount > 0
  return (
    <Stack gap="sm" data-testid="stage-remove-dialog">
      <Text size="sm">
        {holdsDeals
          ? t('pipeline.settings.removeWithDeals', { name: stage.name, count: stage.dealCount })
          : t('pipeline.settings.removeEmpty', { name: stage.name })}
      </Text>
      {holdsDeals && (
        <Select<number>
          label={t('pipeline.settings.moveDealsTo')}
          placeholder={t('pipeline.settings.chooseStage')}
          withAsterisk
          data-autofocus
          data={others.map((other) => ({ value: other.id, label: other.name }))}
          value={target}
          onChange={(value) => {
            setTarget(value)
            setError(null)
          }}
          error={error}
          data-testid="stage-remove-target"
          comboboxProps={{ withinPortal: true }}
        />
      )}
      <Group justify="flex-end" gap="sm" mt="xs">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color="red"
          loading={removing}
          data-testid="stage-remove-confirm"
          onClick={() => {
            if (holdsDeals && target === null) {
              setError(t('pipeline.settings.chooseStageFirst'))
              return
            }
            onConfirm(holdsDeals && target !== null ? target : undefined)
          }}
        >
          {holdsDeals ? t('pipeline.settings.moveAndRemove') : t('pipeline.settings.remove')}
        </Button>
      </Group>
    </Stack>
  )
}
