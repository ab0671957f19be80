import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'

export function useAppInfo() {
  return useQuery({
    queryKey: ['app', 'info'],
    queryFn: () => api.call('app.info'),
    staleTime: Infinity,
  })
}
