import { chromium, type Browser } from '@playwright/test'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CHROMIUM_ARGS } from '../playwright.config'
import { startKehuServer, type KehuServer } from '../tests/e2e/server'
import { ROOT, failed, log, median, result, timeAsync, type BenchResult } from './lib'

const LOADS = 5
const BUDGET_MS = 1500
const ROW_TIMEOUT_MS = 10_000
/** The customer list in the renderer's hash router (src/renderer/src/app). */
const CUSTOMERS_ROUTE = '#/customers'
const NAME = `first screen ${CUSTOMERS_ROUTE} → customer-row, median of ${LOADS}`

/**
 * One cold page load: a new browser context (empty HTTP cache, no storage), from
 * page.goto to the first visible customer row. The browser process itself stays up,
 * as it would for a user who already has Chromium open.
 */
async function loadOnce(browser: Browser, url: string, waitForRow: boolean): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
  })
  const errors: string[] = []
  try {
    const page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    try {
      return await timeAsync(async () => {
        await page.goto(url, { waitUntil: waitForRow ? 'commit' : 'load' })
        if (waitForRow)
          await page
            .getByTestId('customer-row')
            .first()
            .waitFor({ state: 'visible', timeout: ROW_TIMEOUT_MS })
      })
    } catch (error) {
      // Say what the page showed instead of the rows, so a failed run is diagnosable.
      const shown = (
        await page
          .locator('body')
          .innerText({ timeout: 1_000 })
          .catch(() => '')
      )
        .replace(/\s+/g, ' ')
        .slice(0, 160)
      const detail = [
        shown && `page shows: "${shown}"`,
        errors[0] && `page error: ${errors[0].slice(0, 200)}`,
      ]
        .filter(Boolean)
        .join('; ')
      if (error instanceof Error && detail)
        error.message = `${error.message.split('\n')[0]} — ${detail}`
      throw error
    }
  } finally {
    await context.close()
  }
}

function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : ''
  const at = message.indexOf(' — ')
  return at >= 0 ? message.slice(at) : ''
}

async function call(server: KehuServer, method: string, input: unknown): Promise<void> {
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify(input),
  })
  if (!response.ok) throw new Error(`${method}: HTTP ${response.status} ${await response.text()}`)
}

export async function benchFirstScreen(dataDir: string): Promise<BenchResult[]> {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
    return [
      failed(
        NAME,
        'ms',
        BUDGET_MS,
        'the renderer is not built (out/renderer); run `npm run bench`, which builds it',
      ),
    ]
  }
  const server = await startKehuServer({ dataDir })
  let browser: Browser | undefined
  try {
    // A user with 100k customers has long finished the first-run choice.
    await call(server, 'settings.update', { onboarded: true })
    browser = await chromium.launch({
      executablePath: process.env.KEHU_CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    })
    // Baseline: the host's smallest answer (GET /api/… without a token: a 401 of a
    // few bytes) as a document, through the same browser, origin and connection setup.
    // It holds everything a page load pays before any of our code runs.
    const blank = `${server.origin}/api/app.info`
    await loadOnce(browser, blank, false)
    const app = `${server.url}${CUSTOMERS_ROUTE}`
    const appTimes: number[] = []
    const blankTimes: number[] = []
    for (let i = 0; i < LOADS; i++) {
      try {
        appTimes.push(await loadOnce(browser, app, true))
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError'
        return [
          failed(
            NAME,
            'ms',
            BUDGET_MS,
            timedOut
              ? `load ${i + 1}: no customer-row appeared within ${ROW_TIMEOUT_MS / 1000} s at ${CUSTOMERS_ROUTE}${detailOf(error)}`
              : `load ${i + 1}: the page failed to load: ${error instanceof Error ? error.message : String(error)}`,
          ),
        ]
      }
      blankTimes.push(await loadOnce(browser, blank, false))
      log(
        `first screen: load ${i + 1}: ${Math.round(appTimes[i] ?? 0)} ms (blank ${Math.round(blankTimes[i] ?? 0)} ms)`,
      )
    }
    return [result(NAME, median(appTimes), 'ms', BUDGET_MS, { baseline: median(blankTimes) })]
  } finally {
    await browser?.close()
    await server.stop()
  }
}
