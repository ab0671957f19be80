import { Input, SegmentedControl, Select, Stack, Switch } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { CURRENCIES, THEMES, type Currency, type Theme } from '../../../../../shared/api'
import { currentLocale } from '../../../app/i18n'
import { errorMessage } from '../../../lib/errors'
import { usePreferences } from '../hooks/usePreferences'
import { useSettings, useUpdateSettings } from '../../../data/settings'
import { SettingsSection } from '../../../components/SettingsSection'

export type GeneralSettingsProps = Record<string, never>

const LANGUAGE_NAMES = [
  { value: 'zh-CN', label: '简体中文' },
  { value: 'en', label: 'English' },
] as const

/** Language, theme, how amounts read (万元) and the home currency. */
export function GeneralSettings(_props: GeneralSettingsProps) {
  const { t } = useTranslation()
  const settings = useSettings().data
  const update = useUpdateSettings()
  const { setLocale, setTheme } = usePreferences()
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', title: t('common.failed'), message: errorMessage(t, error) })

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
        <Select<string>
          data-testid="settings-currency"
          label={t('safety.display.currency')}
          description={t('safety.display.currencyHint')}
          data={CURRENCIES.map((code) => ({
            value: code,
            label: t(`safety.display.currencies.${code}`),
          }))}
          value={settings?.homeCurrency ?? 'CNY'}
          allowDeselect={false}
          w={260}
          onChange={(value) => {
            const homeCurrency = CURRENCIES.find((code): code is Currency => code === value)
            if (homeCurrency) update.mutate({ homeCurrency }, { onError: failed })
          }}
        />
        <Switch
          data-testid="settings-wan"
          label={t('safety.display.wan')}
          description={t('safety.display.wanHint')}
          checked={settings?.amountsInWan ?? false}
          onChange={(event) =>
            update.mutate({ amountsInWan: event.currentTarget.checked }, { onError: failed })
          }
        />
      </Stack>
    </SettingsSection>
  )
}
