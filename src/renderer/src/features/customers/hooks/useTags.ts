import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'

export function useTags() {
  return useQuery({ queryKey: ['tags'], queryFn: () => api.call('tags.list') })
}
