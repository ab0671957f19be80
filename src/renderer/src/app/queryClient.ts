import { QueryClient } from '@tanstack/react-query'
import { isApiClientError } from '../lib/api'

/**
 * The core is local: answers take milliseconds, so refetching on focus is cheap
 * and keeps the screen honest when another window changed the data. Validation
 * and not-found failures are not retried; they will not get better.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: (failureCount, error) => {
          if (isApiClientError(error) && error.code !== 'BUSY' && error.key !== 'errors.network')
            return false
          return failureCount < 2
        },
      },
      mutations: { retry: false },
    },
  })
}
