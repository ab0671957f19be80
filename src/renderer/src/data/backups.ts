import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Backup } from '../../../shared/api'
import { api } from '../lib/api'

export const backupsKey = ['backups'] as const

/** Every backup, newest first. */
export function useBackups() {
  return useQuery({ queryKey: backupsKey, queryFn: () => api.call('backups.list') })
}

export function useCreateBackup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.call('backups.create'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupsKey }),
  })
}

/** Everything on screen may have changed after a restore: refresh every query. */
export function useInvalidateAll() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries()
  }
}

/** Restores one backup; resolves to the backup taken of the data it replaced (restore that to undo). */
export function useRestoreBackup() {
  const invalidateAll = useInvalidateAll()
  return useMutation({
    mutationFn: (backup: Pick<Backup, 'id'>) => api.call('backups.restore', { id: backup.id }),
    onSuccess: invalidateAll,
  })
}

/** 12.3 KB, 4.5 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
