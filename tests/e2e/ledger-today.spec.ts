import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { createCustomer, daysFromToday } from './helpers'

/**
 * Issue 5's "move the clock past a due date", for real: a contract with a 3-instalment
 * plan and a partial payment made today, then the host restarted on the same data folder
 * with `kehu serve --today` 45 days on. The contract page shows 逾期 and the receivables
 * page puts each unpaid amount in its aging bucket; the statement exports to .xlsx.
 */

async function pickIn(page: Page, testId: string, typed: string, option: RegExp | string) {
  await page.getByTestId(testId).click()
  await page.getByTestId(testId).fill(typed)
  await page.getByRole('option', { name: option }).first().click()
}

test('kehu serve --today: instalments fall overdue and age into their buckets', async ({
  page,
  kehu,
}) => {
  await createCustomer(kehu, { name: '绍兴柯桥纺织有限公司' })
  await kehu.call('settings.update', { companyName: '杭州云栖科技有限公司' })

  // Today: ¥30,000.00 in three instalments due in 10, 40 and 70 days; ¥4,000.00 paid.
  await gotoApp(page, kehu, '/contracts/new')
  const form = page.getByTestId('contract-form')
  await form.getByTestId('contract-title').fill('织机联网改造')
  await pickIn(page, 'contract-customerId', 'kq', '绍兴柯桥纺织有限公司')
  await form.getByTestId('line-description-0').fill('改造工程')
  await form.getByTestId('line-quantity-0').fill('1')
  await form.getByTestId('line-price-0').fill('30000')
  await form.getByTestId('plan-split-count').fill('3')
  await form.getByTestId('plan-split').click()
  for (const [index, days] of [
    [0, 10],
    [1, 40],
    [2, 70],
  ] as const) {
    await form.getByTestId(`plan-due-${index}`).fill(daysFromToday(days))
    await form.getByTestId(`plan-due-${index}`).blur()
  }
  await expect(form.getByTestId('plan-check')).toHaveAttribute('data-ok', 'true')
  await form.getByTestId('contract-save').click()
  const rows = page.getByTestId('instalment-row')
  await expect(rows).toHaveCount(3)
  await rows.nth(0).click()
  const dialog = page.getByTestId('payment-form')
  await dialog.getByTestId('payment-amountCents').fill('4000')
  await dialog.getByTestId('payment-save').click()
  await expect(dialog).toBeHidden()
  await expect(rows.nth(0).getByTestId('instalment-status')).toHaveText('部分回款')
  await expect(rows.nth(1).getByTestId('instalment-status')).toHaveText('未到期')
  const contractUrl = new URL(page.url()).hash.slice(1)

  // 45 days on: the first instalment is 35 days past due, the second 5; the third not due.
  const later = daysFromToday(45)
  await kehu.restart({ today: later })
  await gotoApp(page, kehu, contractUrl)
  await expect(page.getByTestId('contract-page')).toBeVisible()
  await expect(rows.nth(0)).toHaveAttribute('data-status', 'overdue')
  await expect(rows.nth(0).getByTestId('instalment-status')).toHaveText('逾期')
  await expect(rows.nth(1).getByTestId('instalment-status')).toHaveText('逾期')
  await expect(rows.nth(2).getByTestId('instalment-status')).toHaveText('未到期')
  await expect(page.getByTestId('total-outstanding')).toHaveText('¥26,000.00')

  await page.getByTestId('nav-receivables').click()
  await expect(page.getByTestId('receivable-asof')).toHaveValue(later)
  await expect(page.getByTestId('rtotal-overdue')).toHaveText('¥16,000.00')
  const statuses = page.getByTestId('receivable-row')
  await expect(statuses).toHaveCount(3)
  await page.getByTestId('receivable-tab-aging').click()
  const agingRow = page.getByTestId('aging-row').filter({ hasText: '绍兴柯桥纺织有限公司' })
  await expect(agingRow.locator('[data-bucket="d31to60"]')).toHaveText('¥6,000.00')
  await expect(agingRow.locator('[data-bucket="d1to30"]')).toHaveText('¥10,000.00')
  await expect(agingRow.locator('[data-bucket="notDue"]')).toHaveText('¥10,000.00')
  await expect(agingRow.getByTestId('aging-row-total')).toHaveText('¥26,000.00')

  // The statement as .xlsx: the title names company and customer; the closing balance is owed.
  await page.getByTestId('open-statement').click()
  await pickIn(page, 'statement-customer', '柯桥', '绍兴柯桥纺织有限公司')
  await expect(page.getByTestId('statement-closing')).toHaveText('¥26,000.00')
  const download = page.waitForEvent('download')
  await page.getByTestId('statement-export').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^对账单-绍兴柯桥纺织有限公司-.*\.xlsx$/)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer)
  const sheet = book.getWorksheet('对账单')!
  expect(sheet.getCell('A1').text).toContain('杭州云栖科技有限公司')
  expect(sheet.getCell('A1').text).toContain('绍兴柯桥纺织有限公司')
  const last = sheet.getRow(sheet.rowCount)
  expect(last.getCell(3).value).toBe('期末余额')
  expect(last.getCell(8).value).toBe(26_000)
  expect(last.getCell(8).numFmt).toBe('"¥"#,##0.00')
  expect(last.getCell(1).value).toEqual(new Date(`${later}T00:00:00Z`))
})
