import { ActionIcon, Tooltip, useComputedColorScheme } from '@mantine/core'
import { IconMoon, IconSun } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { usePreferences } from '../features/settings'

export type ThemeToggleProps = Record<string, never>

/** Flips between light and dark; "follow the system" is chosen on the settings page. */
export function ThemeToggle(_props: ThemeToggleProps) {
  const { t } = useTranslation()
  const { setTheme } = usePreferences()
  const scheme = useComputedColorScheme('light')
  const label = scheme === 'dark' ? t('header.toLight') : t('header.toDark')
  return (
    <Tooltip label={label}>
      <ActionIcon
        data-testid="theme-toggle"
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={label}
        onClick={() => setTheme(scheme === 'dark' ? 'light' : 'dark')}
      >
        {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  )
}
