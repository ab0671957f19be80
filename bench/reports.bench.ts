import { chromium, type Browser } from '@playwright/test'
import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CHROMIUM_ARGS } from '../playwright.config'
import { openCore } from '../src/main/core'
import { DATABASE_FILE } from '../src/main/core/paths'
import type { MethodName } from '../src/shared/api'
import { startKehuServer } from '../tests/e2e/server'
import { VERSION } from './dataset'
import { ANCHOR, ledgerClock } from './ledger-dataset'
import { MIGRATIONS, ROOT, failed, log, median, result, timeAsync, type BenchResult } from './lib'
import { measureCall, ok, type BenchOutcome } from './measure'
import { ensureReportsDataset } from './reports-dataset'

/**
 * Issue 7's budgets with 100,000 customers, 100,000 contracts, 1,000,000 payments and
 * 50,000 deals (bench/reports-dataset.ts): each report query ≤ 200 ms, the dashboard's data
 * ≤ 300 ms (both p95 through dispatch, against the replay of the core's own SQL on a raw
 * connection in the same run), and the reports page drawing its charts ≤ 1 s in browser
 * mode (median of 5: the app open on another screen in a new browser context, then the
 * sales report asked for until its chart has drawn; against the targets grid, the same
 * page without a chart or a report query). The range is the dataset's year (its "today"
 * is ANCHOR, the clock of the core).
 */
const REPORT_BUDGET_MS = 200
const DASHBOARD_BUDGET_MS = 300
const PAGE_BUDGET_MS = 1000
const RUNS = 20
const WARMUP = 3
const LOADS = 5
const YEAR = { from: `${ANCHOR.slice(0, 4)}-01-01`, to: `${ANCHOR.slice(0, 4)}-12-31` }

interface Case {
  name: string
  method: MethodName
  input: Record<string, unknown>
  budget: number
}

function cases(owner: number): Case[] {
  const report = (name: string, method: MethodName, input: Record<string, unknown>) => ({
    name,
    method,
    input: { ...YEAR, ...input },
    budget: REPORT_BUDGET_MS,
  })
  return [
    ...['month', 'owner', 'product', 'region', 'grade'].map((groupBy) =>
      report(`reports.sales by ${groupBy}`, 'reports.sales', { groupBy }),
    ),
    report(`reports.sales by month, ownerId=${owner}`, 'reports.sales', {
      groupBy: 'month',
      ownerId: owner,
    }),
    report('reports.receivables', 'reports.receivables', {}),
    report(`reports.receivables ownerId=${owner}`, 'reports.receivables', { ownerId: owner }),
    report('reports.funnel', 'reports.funnel', {}),
    report('reports.customers', 'reports.customers', {}),
    report('reports.activity', 'reports.activity', {}),
    report('reports.records sales month (page 1)', 'reports.records', {
      report: 'sales',
      dimension: 'month',
      key: ANCHOR.slice(0, 7),
    }),
    {
      name: 'reports.dashboard',
      method: 'reports.dashboard',
      input: {},
      budget: DASHBOARD_BUDGET_MS,
    },
  ]
}

function queries(dir: string): BenchOutcome {
  const core = openCore({
    dataDir: dir,
    migrationsFolder: MIGRATIONS,
    version: VERSION,
    clock: ledgerClock(),
    autoBackupCheckMs: 0,
  })
  const sqlite = new Database(join(dir, DATABASE_FILE), { readonly: true })
  try {
    const owner = sqlite
      .prepare('SELECT id FROM owners ORDER BY id LIMIT 1')
      .pluck()
      .get() as number
    const outcomes = cases(owner).map((c) =>
      measureCall(sqlite, {
        name: `reports ${c.name}`,
        budget: c.budget,
        inputs: [c.input],
        call: (input) => ok(c.method, core.api.dispatch(c.method, input)),
        runs: RUNS,
        warmup: WARMUP,
      }),
    )
    return {
      results: outcomes.map((o) => o.result),
      diagnostics: outcomes.flatMap((o) => (o.diagnostic ? [o.diagnostic] : [])),
    }
  } finally {
    sqlite.close()
    core.close()
  }
}

/**
 * The app open on another screen (a new browser context: nothing cached), then the reports
 * page asked for through the address (hash) until `ready` shows: the page's chunk, its
 * query and, for the sales report, ECharts' chunk and the drawn chart.
 */
async function openOnce(
  browser: Browser,
  appUrl: string,
  route: string,
  ready: string,
): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
  })
  try {
    const page = await context.newPage()
    await page.goto(`${appUrl}#/customers/recycle-bin`)
    await page.getByTestId('nav-reports').waitFor({ timeout: 15_000 })
    return await timeAsync(async () => {
      await page.evaluate(`location.hash = ${JSON.stringify(route)}`)
      await page.locator(ready).waitFor({ timeout: 15_000 })
    })
  } finally {
    await context.close()
  }
}

const PAGE_NAME = `reports page #/reports/sales (this year) → chart drawn, median of ${LOADS}`

async function page(dir: string): Promise<BenchResult> {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html')))
    return failed(PAGE_NAME, 'ms', PAGE_BUDGET_MS, 'the renderer is not built (out/renderer)')
  const server = await startKehuServer({ dataDir: dir })
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({
      executablePath: process.env.KEHU_CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    })
    const sales = [
      `/reports/sales?from=${YEAR.from}&to=${YEAR.to}`,
      '[data-testid="sales-chart"][data-ready="true"]',
    ] as const
    // Baseline: the same page chunk with no chart and no report query (the targets grid).
    const blank = ['/reports/targets', '[data-testid="targets-grid"]'] as const
    await openOnce(browser, server.url, ...sales)
    const appTimes: number[] = []
    const blankTimes: number[] = []
    for (let i = 0; i < LOADS; i++) {
      appTimes.push(await openOnce(browser, server.url, ...sales))
      blankTimes.push(await openOnce(browser, server.url, ...blank))
      log(
        `reports page: load ${i + 1}: ${Math.round(appTimes[i]!)} ms (targets grid ${Math.round(blankTimes[i]!)} ms)`,
      )
    }
    return result(PAGE_NAME, median(appTimes), 'ms', PAGE_BUDGET_MS, {
      baseline: median(blankTimes),
    })
  } catch (error) {
    return failed(
      PAGE_NAME,
      'ms',
      PAGE_BUDGET_MS,
      error instanceof Error ? error.message.split('\n')[0]! : String(error),
    )
  } finally {
    await browser?.close()
    await server.stop()
  }
}

export async function benchReports(): Promise<BenchOutcome> {
  const { dir } = ensureReportsDataset()
  const outcome = queries(dir)
  return { results: [...outcome.results, await page(dir)], diagnostics: outcome.diagnostics }
}
