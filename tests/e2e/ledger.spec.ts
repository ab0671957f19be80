import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { createCustomer, daysFromToday } from './helpers'

/**
 * The ledger as a user meets it: a contract typed in with two lines and a three-instalment
 * plan, a partial payment, the overdue instalment and its aging bucket, and the customer
 * statement printed to PDF and looked at.
 *
 * `kehu serve` takes no fixed clock, so "the clock moved past a due date" is played with
 * data: the contract was signed 60 days ago and its first instalment fell due 30 days ago;
 * the receivables page's "as of" date then moves 40 days ahead to age the rest.
 */

const money = (page: Page, testId: string) => page.getByTestId(testId)

async function pickIn(page: Page, testId: string, typed: string, option: RegExp | string) {
  await page.getByTestId(testId).click()
  await page.getByTestId(testId).fill(typed)
  await page.getByRole('option', { name: option }).first().click()
}

test('a contract with a 3-instalment plan: partial payment, overdue, aging and the statement as PDF', async ({
  page,
  kehu,
}, testInfo) => {
  await createCustomer(kehu, { name: '杭州西溪建材有限公司' })
  await kehu.call('settings.update', { companyName: '杭州云栖科技有限公司' })
  const product = await kehu.call('products.create', {
    name: '企业版软件许可',
    sku: 'SW-ENT',
    unit: '套',
    priceCents: 12_800_00,
  })
  expect(product.ok).toBe(true)

  await gotoApp(page, kehu, '/contracts')
  await expect(page.getByTestId('empty-state')).toBeVisible()
  await page.getByTestId('contract-new').click()
  const form = page.getByTestId('contract-form')
  await expect(form.getByTestId('contract-number')).toHaveValue(/^HT-\d{4}-0001$/)
  await form.getByTestId('contract-title').fill('ERP 软件许可及实施')
  await pickIn(page, 'contract-customerId', 'xxjc', '杭州西溪建材有限公司')
  await form.getByTestId('contract-signedDate').fill(daysFromToday(-60))
  await form.getByTestId('contract-signedDate').blur()

  // Line 1 from the product (name and price filled in), line 2 typed with a discount.
  await pickIn(page, 'line-product-0', '企业', /企业版软件许可/)
  await expect(form.getByTestId('line-description-0')).toHaveValue('企业版软件许可')
  await expect(form.getByTestId('line-price-0')).toHaveValue('12,800.00')
  await form.getByTestId('line-quantity-0').fill('2')
  await form.getByTestId('line-add').click()
  await form.getByTestId('line-description-1').fill('实施服务')
  await form.getByTestId('line-quantity-1').fill('3')
  await form.getByTestId('line-price-1').fill('1500')
  await form.getByTestId('line-discount-1').fill('10')
  await expect(form.getByTestId('line-total-1')).toHaveText('¥4,050.00')
  await expect(form.getByTestId('contract-total')).toHaveText('¥29,650.00')

  // Three instalments: the remainder 分 on the last; the first already due 30 days ago.
  await form.getByTestId('plan-split-count').fill('3')
  await form.getByTestId('plan-split').click()
  await expect(form.getByTestId('plan-amount-0')).toHaveValue('9,883.33')
  await expect(form.getByTestId('plan-amount-2')).toHaveValue('9,883.34')
  await expect(form.getByTestId('plan-check')).toHaveAttribute('data-ok', 'true')
  for (const [index, days] of [
    [0, -30],
    [1, 20],
    [2, 50],
  ] as const) {
    await form.getByTestId(`plan-due-${index}`).fill(daysFromToday(days))
    await form.getByTestId(`plan-due-${index}`).blur()
  }
  await form.getByTestId('contract-save').click()

  const contractPage = page.getByTestId('contract-page')
  await expect(contractPage).toBeVisible()
  await expect(contractPage.getByTestId('contract-status')).toHaveText('执行中')
  await expect(money(page, 'total-contract')).toHaveText('¥29,650.00')
  const rows = page.getByTestId('instalment-row')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(0)).toHaveAttribute('data-status', 'overdue')
  await expect(rows.nth(0).getByTestId('instalment-status')).toHaveText('逾期')
  await expect(rows.nth(1).getByTestId('instalment-status')).toHaveText('未到期')

  // A partial payment on the second instalment (picked by clicking its row).
  await rows.nth(1).click()
  const dialog = page.getByTestId('payment-form')
  await expect(dialog.getByTestId('payment-amountCents')).toHaveValue('9,883.33')
  await dialog.getByTestId('payment-amountCents').fill('3000')
  await expect(dialog.getByTestId('payment-preview')).toContainText('第 2 期 ¥3,000.00')
  await dialog.getByTestId('payment-reference').fill('ICBC 0113')
  await dialog.getByTestId('payment-save').click()
  await expect(dialog).toBeHidden()
  await expect(rows.nth(1).getByTestId('instalment-status')).toHaveText('部分回款')
  await expect(rows.nth(0).getByTestId('instalment-status')).toHaveText('逾期')
  await expect(money(page, 'total-received')).toHaveText('¥3,000.00')
  await expect(money(page, 'total-outstanding')).toHaveText('¥26,650.00')
  await expect(page.getByTestId('payment-row')).toHaveCount(1)

  // Aging today: the first instalment is 30 days past due (1–30), the rest not yet due.
  await page.getByTestId('nav-receivables').click()
  await expect(money(page, 'rtotal-overdue')).toHaveText('¥9,883.33')
  await page.getByTestId('receivable-tab-aging').click()
  const agingRow = page.getByTestId('aging-row').filter({ hasText: '杭州西溪建材有限公司' })
  await expect(agingRow.locator('[data-bucket="d1to30"]')).toHaveText('¥9,883.33')
  await expect(agingRow.locator('[data-bucket="notDue"]')).toHaveText('¥16,766.67')
  await expect(agingRow.getByTestId('aging-row-total')).toHaveText('¥26,650.00')

  // As of 40 days ahead: 70 days past due (61–90); the part-paid one 20 days past due.
  await page.getByTestId('receivable-asof').fill(daysFromToday(40))
  await page.getByTestId('receivable-asof').press('Enter')
  await expect(agingRow.locator('[data-bucket="d61to90"]')).toHaveText('¥9,883.33')
  await expect(agingRow.locator('[data-bucket="d1to30"]')).toHaveText('¥6,883.33')
  await expect(agingRow.locator('[data-bucket="notDue"]')).toHaveText('¥9,883.34')
  await agingRow.click()
  await expect(page.getByTestId('aging-instalment')).toHaveCount(3)
  await expect(page.getByTestId('aging-instalment').nth(0)).toHaveAttribute(
    'data-bucket',
    'd61to90',
  )
  await page.getByTestId('receivable-tab-overdue').click()
  await expect(page.getByTestId('overdue-row')).toHaveCount(2)

  // The statement: contract debit, payment credit, running balance; printed to PDF.
  await page.getByTestId('open-statement').click()
  await pickIn(page, 'statement-customer', '西溪', '杭州西溪建材有限公司')
  const statement = page.getByTestId('statement-document')
  await expect(statement.getByTestId('statement-company')).toHaveText('杭州云栖科技有限公司')
  await expect(statement.getByTestId('statement-line')).toHaveCount(2)
  await expect(statement.getByTestId('statement-closing')).toHaveText('¥26,650.00')
  const pdfPath = testInfo.outputPath('statement.pdf')
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true })
  const pdf = await readFile(pdfPath)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const pngBase = testInfo.outputPath('statement-page')
  if (existsSync('/usr/bin/pdftoppm')) {
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', pdfPath, pngBase])
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-']).toString()
      expect(text).toContain('杭州云栖科技有限公司')
      expect(text).toContain('客户确认（签章）')
      expect(text).toMatch(/第 1 页，共 1 页/)
    }
  } else {
    await page.emulateMedia({ media: 'print' })
    await page.screenshot({ path: `${pngBase}-1.png`, fullPage: true })
    await page.emulateMedia({ media: 'screen' })
  }
  await testInfo.attach('statement page 1', { path: `${pngBase}-1.png`, contentType: 'image/png' })

  // Back on the contract: the scanned contract attached and downloaded, then the payment
  // reversed (红冲) with a reason — both rows stay and the instalment owes again.
  await gotoApp(page, kehu, '/contracts')
  await page.getByTestId('contract-row').first().click()
  const scan = Buffer.from('%PDF-1.4\n% a scanned contract\n%%EOF\n')
  await page
    .getByTestId('section-attachments')
    .locator('input[type=file]')
    .setInputFiles({ name: '合同扫描件.pdf', mimeType: 'application/pdf', buffer: scan })
  await expect(page.getByTestId('attachment')).toContainText('合同扫描件.pdf')
  const download = page.waitForEvent('download')
  await page.getByTestId('attachment-download').click()
  expect((await download).suggestedFilename()).toBe('合同扫描件.pdf')

  await page.getByTestId('payment-reverse').click()
  await page.getByTestId('reverse-payment-reason').fill('金额录错')
  await page.getByTestId('reverse-payment-confirm').click()
  await expect(page.getByTestId('payment-row')).toHaveCount(2)
  await expect(page.getByTestId('payment-row').nth(0)).toHaveAttribute('data-reversed', 'true')
  await expect(page.getByTestId('payment-row').nth(1)).toHaveAttribute('data-kind', 'reversal')
  await expect(page.getByTestId('payment-row').nth(1)).toContainText('金额录错')
  await expect(money(page, 'payments-net')).toHaveText('¥0.00')
  await expect(rows.nth(1).getByTestId('instalment-status')).toHaveText('未到期')
  await expect(money(page, 'total-outstanding')).toHaveText('¥29,650.00')
})

test('winning a deal offers its contract, pre-filled from the deal', async ({ page, kehu }) => {
  const customer = await createCustomer(kehu, { name: '宁波海曙贸易有限公司' })
  const deal = await kehu.call('deals.create', {
    customerId: customer.id,
    title: '门店收银系统',
    amountCents: 9_999_99,
  })
  if (!deal.ok) throw new Error(deal.error.message)
  await gotoApp(page, kehu, '/pipeline')
  const card = page.getByTestId('deal-card').filter({ hasText: '门店收银系统' })
  await card.getByTestId('deal-card-menu').click()
  await page.getByTestId('deal-menu-won').click()
  await page.getByTestId('won-confirm').click()
  await page.getByTestId('contract-offer-open').click()

  const form = page.getByTestId('contract-form')
  await expect(form.getByTestId('contract-title')).toHaveValue('门店收银系统')
  await expect(form.getByTestId('contract-customerId')).toHaveValue('宁波海曙贸易有限公司')
  await expect(form.getByTestId('contract-total')).toHaveText('¥9,999.99')
  await expect(form.getByTestId('plan-check')).toHaveAttribute('data-ok', 'true')
  await form.getByTestId('contract-save').click()
  await expect(page.getByTestId('contract-page')).toBeVisible()
  await expect(page.getByTestId('contract-customer')).toHaveText('宁波海曙贸易有限公司')
  const list = await kehu.call('contracts.list', { filter: { customerId: customer.id } })
  expect(list.ok && list.value.rows[0]?.dealId).toBe(deal.value.id)
})
