import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { BackupConfig, MethodInput } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { backupsKey } from '../../../data/backups'

export const backupConfigKey = ['backups', 'config'] as const
const appInfoKey = ['app', 'info'] as const
const logoKey = ['company', 'logo'] as const

/** True in the Electron window: native dialogs and the file manager are at hand. */
export const isDesktop = (): boolean => typeof window !== 'undefined' && window.kehu !== undefined

export function useBackupConfig() {
  return useQuery({ queryKey: backupConfigKey, queryFn: () => api.call('backups.config') })
}

/** After the folder or the settings change, the list and the config are both stale. */
function useBackupConfigUpdate() {
  const queryClient = useQueryClient()
  return (config: BackupConfig | undefined) => {
    if (config) queryClient.setQueryData(backupConfigKey, config)
    void queryClient.invalidateQueries({ queryKey: backupsKey })
  }
}

export function useConfigureBackups() {
  const update = useBackupConfigUpdate()
  return useMutation({
    mutationFn: (input: MethodInput<'backups.configure'>) => api.call('backups.configure', input),
    onSuccess: update,
  })
}

/** The native folder dialog (desktop) or back to the default folder; null when cancelled. */
export function useChangeBackupFolder() {
  const update = useBackupConfigUpdate()
  return useMutation({
    mutationFn: (to: 'choose' | 'default') =>
      to === 'choose'
        ? api.call('desktop.chooseBackupFolder')
        : api.call('backups.useDefaultFolder'),
    onSuccess: (change) => update(change?.config),
  })
}

export function useIntegrityCheck() {
  return useMutation({ mutationFn: () => api.call('app.integrityCheck') })
}

export function openFolder(folder: MethodInput<'desktop.openFolder'>['folder']): Promise<null> {
  return api.call('desktop.openFolder', { folder })
}

export function useCompanyLogo() {
  return useQuery({ queryKey: logoKey, queryFn: () => api.call('company.logo') })
}

export function useSetLogo() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (logo: MethodInput<'company.setLogo'>['logo']) =>
      api.call('company.setLogo', { logo }),
    onSuccess: (logo) => queryClient.setQueryData(logoKey, logo),
  })
}

/** Password changes change app.info's passwordSet. */
export function usePasswordMutations() {
  const queryClient = useQueryClient()
  const refresh = () => void queryClient.invalidateQueries({ queryKey: appInfoKey })
  const set = useMutation({
    mutationFn: (input: MethodInput<'app.setPassword'>) => api.call('app.setPassword', input),
    onSuccess: refresh,
  })
  const remove = useMutation({
    mutationFn: (input: MethodInput<'app.removePassword'>) => api.call('app.removePassword', input),
    onSuccess: refresh,
  })
  return { set, remove }
}

/** Locks now: the page reloads into the lock screen. */
export async function lockNow(): Promise<void> {
  await api.call('app.lock')
  window.location.reload()
}
