import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ImportEntity } from '../../../../../shared/api'
import { api } from '../../../lib/api'

export const importsKey = ['imports'] as const

/** The last imports with their counts (导入记录). */
export function useRecentImports() {
  return useQuery({ queryKey: [...importsKey, 'list'], queryFn: () => api.call('imports.list') })
}

/** Undo of an import: everything it wrote changes, so every cached list is refreshed. */
export function useUndoImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => api.call('imports.undo', { id }),
    onSettled: () => queryClient.invalidateQueries(),
  })
}

export function useSaveTemplate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: {
      entity: ImportEntity
      name: string
      headers: string[]
      mapping: (string | null)[]
    }) => api.call('imports.saveTemplate', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: importsKey }),
  })
}
