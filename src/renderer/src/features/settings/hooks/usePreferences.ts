import { useMantineColorScheme } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Locale, Theme } from '../../../../../shared/api'
import { applyLocale } from '../../../app/i18n'
import { errorMessage } from '../../../lib/errors'
import { useUpdateSettings } from '../../../data/settings'

/**
 * Language and theme change on screen at once and are then saved in the
 * core's settings, so the next start (and the Electron window) uses them too.
 */
export function usePreferences() {
  const { t } = useTranslation()
  const { setColorScheme } = useMantineColorScheme()
  const update = useUpdateSettings()
  const { mutate } = update

  const persistFailed = useCallback(
    (error: unknown) =>
      notifications.show({
        color: 'red',
        title: t('common.failed'),
        message: errorMessage(t, error),
      }),
    [t],
  )

  const setLocale = useCallback(
    (locale: Locale) => {
      void applyLocale(locale)
      mutate({ locale }, { onError: persistFailed })
    },
    [mutate, persistFailed],
  )

  const setTheme = useCallback(
    (theme: Theme) => {
      setColorScheme(theme)
      mutate({ theme }, { onError: persistFailed })
    },
    [mutate, persistFailed, setColorScheme],
  )

  return { setLocale, setTheme }
}
