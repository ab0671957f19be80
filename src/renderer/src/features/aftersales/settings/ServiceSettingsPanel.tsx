import { Button, Group, NumberInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { placeApiError } from '../../../lib/errors'
import { SettingsSection } from '../../../components/SettingsSection'
import { useSettings, useUpdateSettings } from '../../../data/settings'

export type ServiceSettingsPanelProps = Record<string, never>

/** 售后服务: how many days after a close or a completed contract the return visit is due (0 = none). */
export function ServiceSettingsPanel(_props: ServiceSettingsPanelProps) {
  const { t } = useTranslation()
  const settings = useSettings().data
  const update = useUpdateSettings()
  const [draft, setDraft] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (!settings) return null
  const value = draft ?? settings.returnVisitDays
  const save = () => {
    if (draft === null) return
    update.mutate(
      { returnVisitDays: draft },
      {
        onSuccess: () => {
          setDraft(null)
          setError(null)
          notifications.show({ color: 'green', message: t('service.settings.saved') })
        },
        onError: (e) => {
          const placed = placeApiError(t, e, ['returnVisitDays'])
          setError(placed.fields.returnVisitDays ?? placed.general)
        },
      },
    )
  }
  return (
    <div data-testid="service-settings">
      <SettingsSection
        title={t('service.settings.title')}
        description={t('service.settings.description')}
      >
        <NumberInput
          label={t('service.settings.returnVisitDays')}
          description={t('service.settings.returnVisitDaysHint')}
          value={value}
          allowDecimal={false}
          w={320}
          onChange={(next) => {
            setDraft(typeof next === 'number' ? next : Number(next))
            setError(null)
          }}
          error={error}
          data-testid="service-setting-returnVisitDays"
        />
        <Group>
          <Button
            onClick={save}
            disabled={draft === null}
            loading={update.isPending}
            data-testid="service-settings-save"
          >
            {t('service.settings.save')}
          </Button>
        </Group>
      </SettingsSection>
    </div>
  )
}
