import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter, useLocation } from 'react-router'
import { vi } from 'vitest'
import { applyLocale, i18n } from '../../src/renderer/src/app/i18n'
import { theme } from '../../src/renderer/src/app/theme'
import type { Locale, Result } from '../../src/shared/api'

/** Renders under the app's real providers (Mantine in test mode, a fresh query cache, i18n, a memory router). */
export async function renderWithProviders(
  ui: ReactElement,
  { route = '/', locale = 'zh-CN' }: { route?: string; locale?: Locale } = {},
) {
  await applyLocale(locale)
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env="test">
        <Notifications />
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  )
  return render(ui, { wrapper })
}

/** Shows the router's current search string, so a test can see what a component wrote to the URL. */
export function LocationProbe() {
  const location = useLocation()
  return <output data-testid="location-search">{location.search}</output>
}

export type MethodHandler = (input: unknown) => Result<unknown>

/**
 * Stubs fetch with a tiny fake of the HTTP host: POST /api/<method> answers from `handlers`
 * (unknown methods fail like the real host). Returns the mock to inspect the calls.
 */
export function stubHost(handlers: Record<string, MethodHandler>) {
  const fetchMock = vi.fn((url: string, init?: RequestInit) => {
    const method = url.replace(/^\/api\//, '')
    const input: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
    const handler = handlers[method]
    const result: Result<unknown> = handler
      ? handler(input)
      : {
          ok: false,
          error: {
            code: 'NOT_FOUND',
            key: 'errors.unknownMethod',
            message: `Unknown method ${method}`,
          },
        }
    return Promise.resolve(
      new Response(JSON.stringify(result), {
        status: result.ok ? 200 : 400,
        headers: { 'Content-Type': 'application/json' },
      }),
    )
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** The parsed JSON inputs of every call of one method. */
export function callsOf(fetchMock: ReturnType<typeof stubHost>, method: string): unknown[] {
  return fetchMock.mock.calls
    .filter(([url]) => url === `/api/${method}`)
    .map(([, init]) =>
      typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    )
}
