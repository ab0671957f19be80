import type { MantineColorScheme, MantineColorSchemeManager } from '@mantine/core'

/**
 * The colour scheme lives in the core's settings, not in localStorage: the
 * app starts with the theme read from settings.get, and every change is
 * persisted by settings.update (see usePreferences).
 */
export function settingsColorSchemeManager(initial: MantineColorScheme): MantineColorSchemeManager {
  let current = initial
  return {
    get: () => current,
    set: (value) => {
      current = value
    },
    subscribe: () => undefined,
    unsubscribe: () => undefined,
    clear: () => {
      current = initial
    },
  }
}
