import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests drive the real UI in Debian's Chromium through the browser-mode
 * host (`kehu serve`, started per test by tests/e2e/fixtures.ts). Playwright's own
 * browser download cannot work on our machines, hence executablePath.
 * One worker: each test starts its own host and Chromium on a 2-core machine.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // scripts/test.mjs sums passed/failed from the JSON report.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env.KEHU_CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
})
