import { MantineProvider } from '@mantine/core'
import { StrictMode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './app/App'
import { BootError } from './app/BootError'
import { applyLocale, i18n } from './app/i18n'
import { createQueryClient } from './app/queryClient'
import { theme } from './app/theme'
import { settingsKey } from './data/settings'
import { api, captureToken } from './lib/api'
import { errorMessage } from './lib/errors'
import { restoreLastView } from './features/safety'
import { safetyScreen } from './features/safety'

/**
 * Start: take the session token out of the URL, ask the core whether it is locked or
 * needs a backup restored (then that screen comes first), read the owner's settings
 * (language, theme, first run), then paint the app in them.
 */
async function boot(root: Root): Promise<void> {
  captureToken()
  try {
    const screen = await safetyScreen(() => void boot(root))
    if (screen) {
      root.render(<StrictMode>{screen}</StrictMode>)
      return
    }
    restoreLastView()
    const settings = await api.call('settings.get')
    await applyLocale(settings.locale)
    const queryClient = createQueryClient()
    queryClient.setQueryData(settingsKey, settings)
    root.render(
      <StrictMode>
        <App settings={settings} queryClient={queryClient} />
      </StrictMode>,
    )
  } catch (error) {
    root.render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme}>
          <BootError message={errorMessage(i18n.t, error)} onRetry={() => void boot(root)} />
        </MantineProvider>
      </I18nextProvider>,
    )
  }
}

const container = document.getElementById('root')
if (container) void boot(createRoot(container))
