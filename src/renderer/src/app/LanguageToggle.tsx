import { Button, Tooltip } from '@mantine/core'
import { IconLanguage } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { usePreferences } from '../features/settings'
import { currentLocale } from './i18n'

export type LanguageToggleProps = Record<string, never>

/** One click switches between 简体中文 and English; the button names the language it switches to. */
export function LanguageToggle(_props: LanguageToggleProps) {
  const { t } = useTranslation()
  const { setLocale } = usePreferences()
  const next = currentLocale() === 'zh-CN' ? 'en' : 'zh-CN'
  return (
    <Tooltip label={t('header.switchLanguageTitle')}>
      <Button
        data-testid="lang-toggle"
        variant="subtle"
        color="gray"
        size="xs"
        leftSection={<IconLanguage size={16} />}
        onClick={() => setLocale(next)}
        lang={next}
      >
        {t('header.switchLanguage')}
      </Button>
    </Tooltip>
  )
}
