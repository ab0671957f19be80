import { Button, Group, NumberInput, Switch, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../../../shared/api'
import { placeApiError } from '../../../lib/errors'
import { SettingsSection } from '../../../components/SettingsSection'
import { useSettings, useUpdateSettings } from '../../../data/settings'

export type ReminderSettingsPanelProps = Record<string, never>

type Draft = Pick<
  Settings,
  'reminderWindowDays' | 'renewalWindowDays' | 'notifyDaily' | 'notifyTime'
>
const FIELDS = ['reminderWindowDays', 'renewalWindowDays', 'notifyDaily', 'notifyTime'] as const
const RANGES = { reminderWindowDays: [0, 365], renewalWindowDays: [0, 3650] } as const
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** 提醒: how early payments and renewals show, and the daily notification's time. */
export function ReminderSettingsPanel(_props: ReminderSettingsPanelProps) {
  const { t } = useTranslation()
  const settings = useSettings().data
  const update = useUpdateSettings()
  const [draft, setDraft] = useState<Partial<Draft>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  if (!settings) return null
  const value: Draft = {
    reminderWindowDays: draft.reminderWindowDays ?? settings.reminderWindowDays,
    renewalWindowDays: draft.renewalWindowDays ?? settings.renewalWindowDays,
    notifyDaily: draft.notifyDaily ?? settings.notifyDaily,
    notifyTime: draft.notifyTime ?? settings.notifyTime,
  }
  const change = <K extends keyof Draft>(key: K, next: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: next }))
    setErrors((e) => ({ ...e, [key]: '' }))
  }
  const save = () => {
    const found: Record<string, string> = {}
    for (const [key, [min, max]] of Object.entries(RANGES)) {
      const n = value[key as keyof typeof RANGES]
      if (!Number.isInteger(n) || n < min || n > max)
        found[key] = t('reminders.settings.range', { min, max })
    }
    if (!TIME.test(value.notifyTime)) found.notifyTime = t('errors.time')
    setErrors(found)
    if (Object.keys(found).length > 0) return
    update.mutate(draft, {
      onSuccess: () => {
        setDraft({})
        notifications.show({ color: 'green', message: t('reminders.settings.saved') })
      },
      onError: (e) => {
        const placed = placeApiError(t, e, FIELDS)
        setErrors({ ...placed.fields, ...(placed.general ? { notifyTime: placed.general } : {}) })
      },
    })
  }
  const number = (key: keyof typeof RANGES) => (
    <NumberInput
      label={t(`reminders.settings.${key}`)}
      value={value[key]}
      allowDecimal={false}
      w={220}
      onChange={(next) => change(key, typeof next === 'number' ? next : Number.NaN)}
      error={errors[key] || null}
      data-testid={`reminder-setting-${key}`}
    />
  )
  return (
    <div data-testid="reminder-settings">
      <SettingsSection
        title={t('reminders.settings.title')}
        description={t('reminders.settings.description')}
      >
        <Group align="flex-start">
          {number('reminderWindowDays')}
          {number('renewalWindowDays')}
        </Group>
        <Group align="flex-start" gap="xl">
          <Switch
            label={t('reminders.settings.notifyDaily')}
            checked={value.notifyDaily}
            onChange={(e) => change('notifyDaily', e.currentTarget.checked)}
            mt={30}
            data-testid="reminder-setting-notifyDaily"
          />
          <TextInput
            label={t('reminders.settings.notifyTime')}
            placeholder="HH:MM"
            value={value.notifyTime}
            maxLength={5}
            w={180}
            onChange={(e) => change('notifyTime', e.currentTarget.value)}
            error={errors.notifyTime || null}
            data-testid="reminder-setting-notifyTime"
          />
        </Group>
        <Group>
          <Button
            onClick={save}
            disabled={Object.keys(draft).length === 0}
            loading={update.isPending}
            data-testid="reminder-settings-save"
          >
            {t('reminders.settings.save')}
          </Button>
        </Group>
      </SettingsSection>
    </div>
  )
}
