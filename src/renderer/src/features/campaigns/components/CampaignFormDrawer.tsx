import { useTranslation } from 'react-i18next'
import type { Campaign } from '../../../../../shared/api'
import { FormDrawer } from '../../../components/FormDrawer'
import { CampaignForm } from './CampaignForm'

export interface CampaignFormDrawerProps {
  /** null = closed; 'new' or the campaign to edit. */
  target: Campaign | 'new' | null
  today: string
  onClose: () => void
  /** After a save (a new campaign: its page opens). */
  onSaved?: (campaign: Campaign) => void
}

/** The campaign form from the right; Esc closes it, the cursor starts in the name. */
export function CampaignFormDrawer({ target, today, onClose, onSaved }: CampaignFormDrawerProps) {
  const { t } = useTranslation()
  return (
    <FormDrawer
      opened={target !== null}
      title={target === 'new' ? t('campaigns.form.newTitle') : t('campaigns.form.editTitle')}
      onClose={onClose}
    >
      {target !== null && (
        <CampaignForm
          key={target === 'new' ? 'new' : `${target.id}-${target.updatedAt}`}
          campaign={target === 'new' ? null : target}
          today={today}
          onSaved={(saved) => {
            onClose()
            onSaved?.(saved)
          }}
          onCancel={onClose}
        />
      )}
    </FormDrawer>
  )
}
