import { Button, Group, NumberInput, SimpleGrid } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../../../shared/api'
import { placeApiError } from '../../../lib/errors'
import { SettingsSection } from '../../../components/SettingsSection'
import { useSettings, useUpdateSettings } from '../../../data/settings'
import { insightKey } from '../../../data/insight'

export type InsightSettingsPanelProps = Record<string, never>

const FIELDS = [
  'churnIntervalFactor',
  'churnSingleOrderDays',
  'churnNoContactDays',
  'clvYears',
] as const
type Field = (typeof FIELDS)[number]
const LABELS: Record<Field, string> = {
  churnIntervalFactor: 'intervalFactor',
  churnSingleOrderDays: 'singleOrderDays',
  churnNoContactDays: 'noContactDays',
  clvYears: 'clvYears',
}

/**
 * 客户分析: the churn thresholds and the CLV years. The core refuses values outside their
 * ranges (shown under the field); a change recomputes every customer's flags.
 */
export function InsightSettingsPanel(_props: InsightSettingsPanelProps) {
  const { t } = useTranslation()
  const settings = useSettings().data
  const update = useUpdateSettings()
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState<Partial<Pick<Settings, Field>>>({})
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  if (!settings) return null
  const value = (field: Field) => draft[field] ?? settings[field]
  const save = () =>
    update.mutate(draft, {
      onSuccess: () => {
        setDraft({})
        setErrors({})
        void queryClient.invalidateQueries({ queryKey: insightKey })
        notifications.show({ color: 'green', message: t('insight.settings.saved') })
      },
      onError: (error) => {
        const placed = placeApiError(t, error, FIELDS)
        setErrors(
          placed.general
            ? { ...placed.fields, churnIntervalFactor: placed.general }
            : placed.fields,
        )
      },
    })
  return (
    <div data-testid="insight-settings">
      <SettingsSection
        title={t('insight.settings.title')}
        description={t('insight.settings.description')}
      >
        <SimpleGrid cols={2} spacing="md">
          {FIELDS.map((field) => (
            <NumberInput
              key={field}
              label={t(`insight.settings.${LABELS[field]}`)}
              description={t(`insight.settings.${LABELS[field]}Hint`)}
              value={value(field)}
              decimalScale={field === 'churnIntervalFactor' ? 1 : 0}
              step={field === 'churnIntervalFactor' ? 0.5 : 1}
              onChange={(next) => {
                setDraft((d) => ({ ...d, [field]: typeof next === 'number' ? next : Number(next) }))
                setErrors((e) => ({ ...e, [field]: undefined }))
              }}
              error={errors[field]}
              data-testid={`insight-setting-${field}`}
            />
          ))}
        </SimpleGrid>
        <Group>
          <Button
            onClick={save}
            disabled={Object.keys(draft).length === 0}
            loading={update.isPending}
            data-testid="insight-settings-save"
          >
            {t('insight.settings.save')}
          </Button>
        </Group>
      </SettingsSection>
    </div>
  )
}
