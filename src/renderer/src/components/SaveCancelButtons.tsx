import { Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export interface SaveCancelButtonsProps {
  onSave: () => void
  onCancel: () => void
  saving: boolean
}

/** The compact 保存 / 取消 pair of a row being edited in place (owners, custom fields). */
export function SaveCancelButtons({ onSave, onCancel, saving }: SaveCancelButtonsProps) {
  const { t } = useTranslation()
  return (
    <>
      <Button size="compact-sm" onClick={onSave} loading={saving}>
        {t('common.save')}
      </Button>
      <Button size="compact-sm" variant="subtle" color="gray" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </>
  )
}
