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
}

export interface KehuCall {
  <M extends MethodName>(method: M, input?: MethodInput<M>): Promise<Result<MethodOutput<M>>>
  /** Methods not (yet) in the contract, and deliberately bad inputs. */
  (method: string, input?: unknown): Promise<Result<unknown>>
}

export interface KehuOptions {
  /** Demo customers loaded with `kehu seed` before the host starts; 0 = an empty database. */
  kehuSeedCustomers: number
}

export const test = base.extend<KehuOptions & { kehu: Kehu }>({
  kehuSeedCustomers: [0, { option: true }],
  kehu: async ({ kehuSeedCustomers }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kehu-e2e-'))
    try {
      if (kehuSeedCustomers > 0) await seedDemoData(dataDir, kehuSeedCustomers)
      const server = await startKehuServer({ dataDir })
      try {
        await use({
          url: server.url,
          origin: server.origin,
          token: server.token,
          dataDir,
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
        })
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
