import type { ReactNode } from 'react'
import { applyLocale } from '../../app/i18n'
import { api } from '../../lib/api'
import { setClockOffset } from '../../lib/appClock'
import { LockScreen } from './components/LockScreen'
import { RecoveryScreen } from './components/RecoveryScreen'
import { StandaloneScreen } from './components/StandaloneScreen'

/**
 * What must come before the app: the lock screen when a password is set and not yet
 * entered, the recovery screen when the database could not be opened. Null when the
 * app can start. `restart` runs the start again (after unlocking or restoring).
 */
export async function safetyScreen(restart: () => void): Promise<ReactNode | null> {
  const info = await api.call('app.info')
  setClockOffset(info.clockOffsetMs)
  if (!info.locked && !info.recovery) return null
  await applyLocale(info.locale)
  const colorScheme = info.theme ?? 'auto'
  return (
    <StandaloneScreen colorScheme={colorScheme}>
      {info.locked ? (
        <LockScreen onUnlocked={restart} />
      ) : info.recovery ? (
        <RecoveryScreen recovery={info.recovery} onRestored={restart} />
      ) : null}
    </StandaloneScreen>
  )
}
