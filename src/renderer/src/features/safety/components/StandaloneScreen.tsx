import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import type { Theme } from '../../../../../shared/api'
import { i18n } from '../../../app/i18n'
import { theme } from '../../../app/theme'

export interface StandaloneScreenProps {
  colorScheme: Theme
  children: ReactNode
}

/** The providers a screen needs before the app itself starts (lock and recovery screens). */
export function StandaloneScreen({ colorScheme, children }: StandaloneScreenProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme={colorScheme}>
        <Notifications position="bottom-right" limit={3} />
        {children}
      </MantineProvider>
    </I18nextProvider>
  )
}
