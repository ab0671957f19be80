import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { seedLedger } from './ledgerData'

/**
 * Every ledger screen over a realistic small ledger, in 简体中文 light, dark and English:
 * each page shows its content, no translation key leaks through, and a screenshot of each
 * is kept with the test's output (the review screenshots).
 */

const MODES = [
  { name: 'zh-light', locale: 'zh-CN', theme: 'light' },
  { name: 'zh-dark', locale: 'zh-CN', theme: 'dark' },
  { name: 'en-light', locale: 'en', theme: 'light' },
] as const

async function noRawKeys(page: Page) {
  const text = await page.locator('body').innerText()
  expect(text).not.toMatch(/\b(ledger|errors|nav)\.[a-zA-Z]/)
}

test('the ledger screens in Chinese light, dark and English', async ({ page, kehu }, testInfo) => {
  test.setTimeout(180_000)
  const sample = await seedLedger(kehu.call)
  const { erp } = sample.contracts
  const screens: { name: string; route: string; ready: string }[] = [
    { name: 'contracts-list', route: '/contracts', ready: 'contract-row' },
    { name: 'contract-form', route: `/contracts/${erp}/edit`, ready: 'contract-form' },
    { name: 'contract-new', route: '/contracts/new', ready: 'contract-form' },
    { name: 'contract-page', route: `/contracts/${erp}`, ready: 'payment-row' },
    {
      name: 'contract-terminated',
      route: `/contracts/${sample.contracts.terminated}`,
      ready: 'terminated-banner',
    },
    { name: 'receivables', route: '/receivables', ready: 'receivable-row' },
    {
      name: 'aging',
      route: `/receivables?tab=aging&open=${sample.customers.xinghai}`,
      ready: 'aging-instalment',
    },
    { name: 'overdue', route: '/receivables?tab=overdue', ready: 'overdue-row' },
    {
      name: 'statement',
      route: `/receivables/statement?customer=${sample.customers.hengyuan}`,
      ready: 'statement-line',
    },
    { name: 'products', route: '/products', ready: 'product-row' },
    { name: 'renewals', route: '/contracts?view=renewals', ready: 'renewal-row' },
    {
      name: 'customer-tab',
      route: `/customers/${sample.customers.hengyuan}?tab=contracts`,
      ready: 'customer-contract-row',
    },
  ]
  for (const mode of MODES) {
    await kehu.call('settings.update', { locale: mode.locale, theme: mode.theme })
    for (const screen of screens) {
      await gotoApp(page, kehu, screen.route)
      await page.reload()
      await expect(page.getByTestId(screen.ready).first()).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', mode.theme)
      await noRawKeys(page)
      await page.screenshot({
        path: testInfo.outputPath(`${screen.name}-${mode.name}.png`),
        fullPage: screen.name === 'contract-page' || screen.name === 'contract-form',
      })
    }
  }
  // The lists export as they are filtered (the Excel work's exports.list).
  await kehu.call('settings.update', { locale: 'zh-CN', theme: 'light' })
  for (const [route, button] of [
    ['/contracts?overdue=1', 'contract-export'],
    ['/receivables', 'receivable-export'],
    ['/products', 'product-export'],
  ] as const) {
    await gotoApp(page, kehu, route)
    await page.reload()
    const download = page.waitForEvent('download')
    await page.getByTestId(button).click()
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)
  }

  // The payment dialog and the rebalance prompt, which only show on request.
  await kehu.call('settings.update', { locale: 'zh-CN', theme: 'light' })
  await gotoApp(page, kehu, `/contracts/${erp}`)
  await page.reload()
  await page.getByTestId('instalment-row').nth(1).click()
  await page.getByTestId('payment-amountCents').fill('20000')
  await expect(page.getByTestId('payment-excess')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('payment-dialog-zh-light.png') })
  await page.keyboard.press('Escape')
  await gotoApp(page, kehu, `/contracts/${sample.contracts.maintenance}/edit`)
  await page.getByTestId('line-quantity-0').fill('1.5')
  await expect(page.getByTestId('rebalance-prompt')).toBeVisible()
  await page.getByTestId('rebalance-prompt').scrollIntoViewIfNeeded()
  await page.mouse.wheel(0, 300)
  await page.screenshot({ path: testInfo.outputPath('rebalance-zh-light.png') })
})
