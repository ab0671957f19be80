import { chromium, type Browser } from '@playwright/test'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { CHROMIUM_ARGS } from '../playwright.config'
import { openCore } from '../src/main/core'
import { startKehuServer, type KehuServer } from '../tests/e2e/server'
import { VERSION } from './dataset'
import {
  BENCH_DATA,
  MIGRATIONS,
  ROOT,
  failed,
  log,
  median,
  result,
  timeAsync,
  timeSync,
} from './lib'
import type { BenchResult } from './lib'
import { ok } from './measure'

/**
 * First render of the pipeline board in browser mode with 2,000 open deals
 * (≤ 1 s): from page.goto(#/pipeline) to every column's header and first cards on screen,
 * median of 5 cold loads, each in a new browser context (empty cache and storage).
 * Baseline, in the same run and the same way: the same app loading a trivial screen
 * (a customer page for an id that cannot exist: the shell and a sentence, no data), so
 * the figure minus the baseline is what the board itself costs (deals.board over HTTP,
 * ≈ 1 MB of JSON, and drawing the columns).
 */
const LOADS = 5
const BUDGET_MS = 1000
const TIMEOUT_MS = 15_000
const CUSTOMERS = 5_000
/** demo.load makes 45 % of its deals open: 4,444 deals → 2,000 open (as the pipeline group). */
const DEALS = 4_444
const BOARD = '#/pipeline'
/** The customer page of an id that cannot exist: the app shell and one sentence, no data. */
const TRIVIAL = '#/customers/none'
const NAME = `board-render ${BOARD} with 2,000 open deals → every column's cards, median of ${LOADS}`

function build(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  const core = openCore({ dataDir: dir, migrationsFolder: MIGRATIONS, version: VERSION })
  try {
    ok(
      'demo.load',
      core.api.dispatch('demo.load', {
        customers: CUSTOMERS,
        contactsPerCustomer: 0,
        activitiesPerCustomer: 0,
        deals: DEALS,
      }),
    )
    ok('settings.update', core.api.dispatch('settings.update', { onboarded: true }))
  } finally {
    core.close()
  }
}

async function openDeals(server: KehuServer): Promise<number> {
  const response = await fetch(`${server.origin}/api/deals.board`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: '{}',
  })
  const body = (await response.json()) as { ok: boolean; value?: { count: number } }
  return body.value?.count ?? 0
}

/** One cold load of `route` until `ready` is true in the page. */
async function loadOnce(browser: Browser, url: string, ready: () => boolean): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
  })
  try {
    const page = await context.newPage()
    return await timeAsync(async () => {
      await page.goto(url, { waitUntil: 'commit' })
      await page.waitForFunction(ready, undefined, { timeout: TIMEOUT_MS, polling: 'raf' })
    })
  } finally {
    await context.close()
  }
}

/** The few DOM calls the readiness checks make (this project's Node types have no DOM). */
interface Node {
  querySelectorAll(selector: string): ArrayLike<Node>
  querySelector(selector: string): (Node & { textContent: string | null }) | null
}

/** Every column is drawn and none that holds deals is without its cards (runs in the page). */
function boardReady(): boolean {
  const page = (globalThis as unknown as { document: Node }).document
  const columns = Array.from(page.querySelectorAll('[data-testid="board-column"]'))
  return (
    columns.length > 0 &&
    columns.every(
      (column) =>
        column.querySelector('[data-testid="board-column-count"]')?.textContent === '0' ||
        column.querySelector('[data-testid="deal-card"]') !== null,
    )
  )
}

function trivialReady(): boolean {
  const page = (globalThis as unknown as { document: Node }).document
  return page.querySelector('[data-testid="empty-state"]') !== null
}

export async function benchBoardRender(): Promise<BenchResult[]> {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html')))
    return [failed(NAME, 'ms', BUDGET_MS, 'the renderer is not built (out/renderer)')]
  const dir = join(BENCH_DATA, 'board-render')
  const buildMs = timeSync(() => build(dir))
  const server = await startKehuServer({ dataDir: dir })
  let browser: Browser | undefined
  try {
    const open = await openDeals(server)
    log(`board-render: ${open} open deals, built in ${Math.round(buildMs)} ms`)
    browser = await chromium.launch({
      executablePath: process.env.KEHU_CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    })
    const board = `${server.url}${BOARD}`
    const trivial = `${server.url}${TRIVIAL}`
    // Warm the host and the browser once each way; neither counts.
    await loadOnce(browser, trivial, trivialReady)
    await loadOnce(browser, board, boardReady)
    const boardTimes: number[] = []
    const trivialTimes: number[] = []
    for (let i = 0; i < LOADS; i++) {
      boardTimes.push(await loadOnce(browser, board, boardReady))
      trivialTimes.push(await loadOnce(browser, trivial, trivialReady))
      log(
        `board-render: load ${i + 1}: ${Math.round(boardTimes[i]!)} ms (trivial screen ${Math.round(trivialTimes[i]!)} ms)`,
      )
    }
    return [
      result(NAME, median(boardTimes), 'ms', BUDGET_MS, {
        baseline: median(trivialTimes),
        note: `${open} open deals; baseline: the same app loading ${TRIVIAL}`,
      }),
    ]
  } catch (error) {
    return [failed(NAME, 'ms', BUDGET_MS, error instanceof Error ? error.message : String(error))]
  } finally {
    await browser?.close()
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
