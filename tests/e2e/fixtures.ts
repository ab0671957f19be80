import { test as base, type Page, type Response } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MethodInput, MethodName, MethodOutput, Result } from '../../src/shared/api'
import { seedDemoData, startKehuServer } from './server'

/** A running browser-mode host over a fresh data folder, private to one test. */
export interface Kehu {
  /** The page address with the token: http://127.0.0.1:PORT/?token=T */
  url: string
  origin: string
  token: string
  dataDir: string
  /** POST /api/<method> with the bearer token; resolves to the Result envelope (never throws on an error result). */
  call: KehuCall
  /**
   * Stops the host and starts it again on the same data folder (same token, a new port:
   * url and origin change), optionally with another `--today`.
   */
  restart(options?: { today?: string }): Promise<void>
}

export interface KehuCall {
  <M extends MethodName>(method: M, input?: MethodInput<M>): Promise<Result<MethodOutput<M>>>
  /** Methods not (yet) in the contract, and deliberately bad inputs. */
  (method: string, input?: unknown): Promise<Result<unknown>>
}

export interface KehuOptions {
  /** Demo customers loaded with `kehu seed` before the host starts; 0 = an empty database. */
  kehuSeedCustomers: number
  /** `kehu serve --today YYYY-MM-DD` for the host's first start; undefined = the real date. */
  kehuToday: string | undefined
}

export const test = base.extend<KehuOptions & { kehu: Kehu }>({
  kehuSeedCustomers: [0, { option: true }],
  kehuToday: [undefined, { option: true }],
  kehu: async ({ kehuSeedCustomers, kehuToday }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kehu-e2e-'))
    try {
      if (kehuSeedCustomers > 0) await seedDemoData(dataDir, kehuSeedCustomers)
      let server = await startKehuServer({ dataDir, today: kehuToday })
      try {
        const kehu: Kehu = {
          url: server.url,
          origin: server.origin,
          token: server.token,
          dataDir,
          restart: async (options = {}) => {
            await server.stop()
            server = await startKehuServer({ dataDir, token: server.token, today: options.today })
            kehu.url = server.url
            kehu.origin = server.origin
          },
          call: async (method: string, input: unknown = {}) => {
            const response = await fetch(`${server.origin}/api/${method}`, {
              method: 'POST',
              headers: {
                'Content-Type': 'application/json',
                Authorization: `Bearer ${server.token}`,
              },
              body: JSON.stringify(input),
            })
            return (await response.json()) as Result<unknown>
          },
        }
        await use(kehu)
      } finally {
        await server.stop()
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true, maxRetries: 3 })
    }
  },
})

export { expect } from '@playwright/test'

/**
 * Opens the app through the host. `route` is a hash-router path such as '/customers';
 * the token stays in the query string, where the renderer's API client reads it.
 */
export function gotoApp(
  page: Page,
  kehu: Pick<Kehu, 'url'>,
  route?: string,
): Promise<Response | null> {
  return page.goto(route ? `${kehu.url}#${route.startsWith('/') ? route : `/${route}`}` : kehu.url)
}
