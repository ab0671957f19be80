import type { AppInfo } from '../../../shared/api'
import type { appMethods } from '../../../shared/api/app'
import type { CoreDeps, HandlersOf } from '../deps'
import { createOwner, listOwners, updateOwner } from './owners'
import { getSettings, updateSettings } from './settings'

/** app.info's data-safety part comes from the host (the lock and recovery live above the core's domains). */
type SafetyInfo = { info(): Pick<AppInfo, 'locked' | 'passwordSet' | 'recovery' | 'logDir'> }

export function appHandlers(deps: CoreDeps & { safety: SafetyInfo }): HandlersOf<typeof appMethods> {
  const { ctx } = deps
  return {
    'app.info': () => {
      // Language and theme only while locked: the lock screen needs them, nothing more.
      const { locale, theme } = getSettings(ctx)
      return {
        version: deps.version,
        dataDir: deps.dataDir,
        schemaVersion: deps.schemaVersion,
        locale,
        theme,
        ...deps.safety.info(),
        ...(ctx.clock.offsetMs ? { clockOffsetMs: ctx.clock.offsetMs } : {}),
      }
    },
    'settings.get': () => getSettings(ctx),
    'settings.update': (input) => updateSettings(ctx, input),
    'owners.list': () => listOwners(ctx),
    'owners.create': (input) => createOwner(ctx, input),
    'owners.update': (input) => updateOwner(ctx, input),
  }
}
