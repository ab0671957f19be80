import { Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DealDetail } from '../../../../../shared/api'
import { PageLoader } from '../../../components/PageLoader'
import type { DealPrefill } from '../dealFormValues'
import { openStages, useStages } from '../hooks/usePipeline'
import { DealCreateForm } from './DealCreateForm'

export interface DealFormModalProps {
  /** What the new deal starts with; null = closed. */
  prefill: DealPrefill | null
  onClose: () => void
  onCreated?: (deal: DealDetail) => void
}

/** The new-deal form in a modal: from the board, a customer page, or a follow-up. */
export function DealFormModal({ prefill, onClose, onCreated }: DealFormModalProps) {
  const { t } = useTranslation()
  const stages = useStages().data
  return (
    <Modal
      opened={prefill !== null}
      onClose={onClose}
      size={600}
      title={
        <Text fw={600} span>
          {prefill?.activityId ? t('pipeline.form.fromFollowUpTitle') : t('pipeline.form.newTitle')}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {prefill && !stages && <PageLoader />}
      {prefill && stages && (
        <DealCreateForm
          prefill={prefill}
          stages={openStages(stages)}
          onCancel={onClose}
          onSaved={(deal) => {
            onClose()
            onCreated?.(deal)
          }}
        />
      )}
    </Modal>
  )
}
