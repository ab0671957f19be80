import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './global.css'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { RouterProvider } from 'react-router'
import type { Settings } from '../../../shared/api'
import { settingsColorSchemeManager } from './colorSchemeManager'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import { theme } from './theme'

export interface AppProps {
  /** Read with settings.get before the first paint (see main.tsx), so the theme never flashes. */
  settings: Settings
  /** Already holds those settings under settingsKey. */
  queryClient: QueryClient
}

export function App({ settings, queryClient }: AppProps) {
  const [router] = useState(createAppRouter)
  const [colorSchemeManager] = useState(() => settingsColorSchemeManager(settings.theme))
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme={settings.theme}
      >
        <Notifications position="bottom-right" limit={4} />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  )
}
