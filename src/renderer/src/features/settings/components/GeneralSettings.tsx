import { Button, Group, Input, SegmentedControl, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { THEMES, type Theme } from '../../../../../shared/api'
import { currentLocale } from '../../../app/i18n'
import { placeApiError } from '../../../lib/errors'
import { usePreferences } from '../hooks/usePreferences'
import { useSettings, useUpdateSettings } from '../hooks/useSettings'
import { SettingsSection } from './SettingsSection'

export type GeneralSettingsProps = Record<string, never>

const LANGUAGE_NAMES = [
  { value: 'zh-CN', label: '简体中文' },
  { value: 'en', label: 'English' },
] as const

export function GeneralSettings(_props: GeneralSettingsProps) {
  const { t } = useTranslation()
  const settings = useSettings().data
  const update = useUpdateSettings()
  const { setLocale, setTheme } = usePreferences()
  const [companyName, setCompanyName] = useState<string | null>(null)
  const [companyError, setCompanyError] = useState<string | null>(null)
  const shownName = companyName ?? settings?.companyName ?? ''

  const saveCompanyName = () =>
    update.mutate(
      { companyName: shownName },
      {
        onSuccess: () => {
          setCompanyName(null)
          setCompanyError(null)
          notifications.show({ color: 'green', message: t('settings.companySaved') })
        },
        onError: (error) => {
          const placed = placeApiError(t, error, ['companyName'])
          setCompanyError(placed.fields.companyName ?? placed.general)
        },
      },
    )

  return (
    <SettingsSection title={t('settings.general')}>
      <Stack gap="md">
        <Input.Wrapper label={t('settings.language')} labelElement="div">
          <div>
            <SegmentedControl
              data-testid="settings-language"
              aria-label={t('settings.language')}
              data={LANGUAGE_NAMES.map((option) => ({ ...option }))}
              value={currentLocale()}
              onChange={(value) => setLocale(value === 'en' ? 'en' : 'zh-CN')}
            />
          </div>
        </Input.Wrapper>
        <Input.Wrapper label={t('settings.theme')} labelElement="div">
          <div>
            <SegmentedControl
              data-testid="settings-theme"
              aria-label={t('settings.theme')}
              data={THEMES.map((theme) => ({ value: theme, label: t(`settings.themes.${theme}`) }))}
              value={settings?.theme ?? 'auto'}
              onChange={(value) =>
                setTheme(THEMES.find((theme) => theme === value) ?? ('auto' satisfies Theme))
              }
            />
          </div>
        </Input.Wrapper>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            saveCompanyName()
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              data-testid="field-companyName"
              label={t('settings.companyName')}
              description={t('settings.companyNameHint')}
              value={shownName}
              error={companyError}
              onChange={(event) => setCompanyName(event.currentTarget.value)}
              w={360}
            />
            <Button
              type="submit"
              variant="default"
              loading={update.isPending}
              disabled={companyName === null}
            >
              {t('common.save')}
            </Button>
          </Group>
        </form>
      </Stack>
    </SettingsSection>
  )
}
