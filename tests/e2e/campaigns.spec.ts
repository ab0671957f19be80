import { expect, gotoApp, test } from './fixtures'
import { onboard, pickOption, shot, value } from './helpers'

/**
 * Marketing campaigns in the real UI: a campaign with its cost, a new customer attributed to
 * it through the customer form, a deal of it won from the deal drawer, and the campaign's
 * new customers, won revenue and ROI on the campaigns page, its own page and the report.
 */
const TODAY = '2026-12-01'
test.use({ kehuToday: TODAY })

test('a campaign with its cost, a customer and a won deal attributed to it, its ROI on the list, its page and the report', async ({
  page,
  kehu,
}, testInfo) => {
  await onboard(kehu)
  await gotoApp(page, kehu, '/campaigns')
  await expect(page.getByTestId('empty-state')).toContainText('还没有市场活动')
  await shot(page, 'campaigns-empty-zh-light', testInfo)

  // 新建活动: an end before the start is refused under the field, then the right dates.
  await page.getByTestId('campaign-new').click()
  const form = page.getByTestId('campaign-form')
  await expect(form.getByTestId('campaign-name')).toBeFocused()
  await form.getByTestId('campaign-name').fill('2026 秋季展会')
  await pickOption(page, 'campaign-channel', '展会')
  await form.getByTestId('campaign-startDate').fill('2026-10-10')
  await form.getByTestId('campaign-endDate').fill('2026-10-09')
  await form.getByTestId('campaign-budgetCents').fill('5000')
  await form.getByTestId('campaign-costCents').fill('-3000')
  await form.getByTestId('campaign-save').click()
  await expect(form.getByText('结束日期不能早于开始日期')).toBeVisible()
  await expect(form.getByText('金额不能为负数')).toBeVisible()
  await form.getByTestId('campaign-endDate').fill('2026-10-12')
  await form.getByTestId('campaign-costCents').fill('3000')
  await shot(page, 'campaign-drawer-zh-light', testInfo)
  await form.getByTestId('campaign-costCents').press('Enter')
  await expect(form).toBeHidden()

  // Its page: nothing brought yet, so ROI is −100 %, and there is no cost per customer.
  await expect(page).toHaveURL(/#\/campaigns\/\d+$/)
  const campaignId = Number(/campaigns\/(\d+)/.exec(page.url())![1])
  await expect(page.getByTestId('campaign-title')).toHaveText('2026 秋季展会')
  await expect(page.getByTestId('campaign-kpi-roi-value')).toHaveText('-100.0%')
  await expect(page.getByTestId('formula-cost-per-customer')).toContainText('还没有新客户')

  // A new customer attributed to it through the customer form.
  await gotoApp(page, kehu, '/customers?customer=new')
  const customerForm = page.getByTestId('customer-form')
  await customerForm.getByTestId('field-name').fill('杭州鑫源贸易有限公司')
  await pickOption(page, 'field-campaignId', '2026 秋季展会')
  await shot(page, 'customer-form-campaign-zh-light', testInfo)
  await customerForm.getByTestId('customer-save').click()
  await expect(customerForm).toBeHidden()
  const customers = await value<{ rows: { id: number; campaignId: number | null }[] }>(
    kehu.call('customers.list', { filter: { campaignId } }),
  )
  expect(customers.rows).toHaveLength(1)
  const customerId = customers.rows[0]!.id

  // Its page names the campaign; a deal from there takes the same campaign and is won.
  await gotoApp(page, kehu, `/customers/${customerId}?tab=deals`)
  await expect(page.getByTestId('customer-campaign-link')).toHaveText('2026 秋季展会')
  const panel = page.getByTestId('customer-deals-panel')
  await panel.getByTestId('customer-deal-new').click()
  const dealForm = page.getByTestId('deal-form')
  await dealForm.getByTestId('deal-title').fill('展会订单')
  await dealForm.getByTestId('deal-amountCents').fill('4500')
  await pickOption(page, 'deal-campaignId', '2026 秋季展会')
  await dealForm.getByTestId('deal-save').click()
  await expect(dealForm).toBeHidden()
  await panel.getByTestId('customer-deal-row').first().click()
  const drawer = page.getByTestId('deal-drawer')
  await expect(drawer.getByTestId('deal-campaign-link')).toHaveText('2026 秋季展会')
  await drawer.getByTestId('deal-drawer-won').click()
  await page.getByTestId('won-confirm').click()
  await expect(drawer.getByTestId('deal-summary')).toHaveAttribute('data-status', 'won')

  // The campaigns page: 1 new customer, 1 deal won of 1, ¥4,500.00, ROI (4500 − 3000) ÷ 3000.
  await gotoApp(page, kehu, '/campaigns')
  const row = page.getByTestId('campaign-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('2026 秋季展会')
  await expect(row).toContainText('展会')
  await expect(row).toContainText('2026-10-10 至 2026-10-12')
  await expect(row).toContainText('1 / 1')
  await expect(row).toContainText('¥4,500.00')
  await expect(row.getByTestId('campaign-roi')).toHaveText('50.0%')
  await expect(page.getByTestId('campaigns-total-won')).toHaveText('¥4,500.00')
  await expect(page.getByTestId('campaigns-total-cost')).toHaveText('¥3,000.00')
  await shot(page, 'campaigns-list-zh-light', testInfo)

  // Its page: the figures and the formulas in its own numbers; the customer and the deal.
  await row.click()
  await expect(page.getByTestId('campaign-kpi-customers-value')).toHaveText('1')
  await expect(page.getByTestId('campaign-kpi-won-value')).toHaveText('¥4,500.00')
  await expect(page.getByTestId('formula-roi')).toHaveText(
    'ROI = (赢单金额 − 实际花费) ÷ 实际花费 = (¥4,500.00 − ¥3,000.00) ÷ ¥3,000.00 = 50.0%',
  )
  await expect(page.getByTestId('formula-cost-per-customer')).toContainText(
    '¥3,000.00 ÷ 1 = ¥3,000.00',
  )
  await expect(page.getByTestId('campaign-customer-row')).toContainText('杭州鑫源贸易有限公司')
  await expect(page.getByTestId('campaign-deal-row')).toContainText('展会订单')
  await shot(page, 'campaign-detail-zh-light', testInfo)

  // The 市场活动 report of October: the campaign, its bars and the totals.
  await gotoApp(page, kehu, '/reports/campaigns?from=2026-10-01&to=2026-10-31')
  const report = page.getByTestId('campaign-report')
  await expect(report).toHaveAttribute('data-campaigns', '1')
  await expect(page.getByTestId('campaign-money-chart')).toHaveAttribute('data-ready', 'true')
  await expect(page.getByTestId('kpi-campaign-roi-value')).toHaveText('50.0%')
  const table = page.getByTestId('campaign-report-table')
  await expect(table.locator('[data-row="total"]')).toContainText('¥4,500.00')
  await expect(page.getByTestId('report-toolbar').getByTestId('report-owner')).toHaveCount(0)
  await shot(page, 'campaign-report-zh-light', testInfo)
  await table.getByRole('link', { name: '2026 秋季展会' }).click()
  await expect(page).toHaveURL(new RegExp(`#/campaigns/${campaignId}$`))

  // Deleted: the list forgets it at once, 撤销 brings it back; the customer keeps it meanwhile.
  await page.getByTestId('campaign-delete').click()
  await expect(page).toHaveURL(/#\/campaigns$/)
  await expect(page.getByTestId('empty-state')).toBeVisible()
  await page.getByTestId('campaign-undo').click()
  await expect(page.getByTestId('campaign-row')).toHaveCount(1)
})

test('the campaign screens in English and dark', async ({ page, kehu }, testInfo) => {
  await onboard(kehu, 'en', 'dark')
  const fair = await value<{ id: number }>(
    kehu.call('campaigns.create', {
      name: 'Autumn trade show',
      channel: 'exhibition',
      startDate: '2026-10-10',
      endDate: '2026-10-12',
      budgetCents: 500_000,
      costCents: 300_000,
    }),
  )
  const ads = await value<{ id: number }>(
    kehu.call('campaigns.create', {
      name: 'Search ads',
      channel: 'onlineAds',
      startDate: '2026-09-01',
      costCents: 200_000,
    }),
  )
  await value(
    kehu.call('campaigns.create', {
      name: 'Referrals',
      channel: 'referral',
      startDate: '2026-06-01',
    }),
  )
  const customer = await value<{ id: number }>(
    kehu.call('customers.create', { name: 'Northwind Trading', campaignId: fair.id }),
  )
  await value(kehu.call('customers.create', { name: 'Contoso', campaignId: ads.id }))
  const deal = await value<{ id: number }>(
    kehu.call('deals.create', {
      customerId: customer.id,
      title: 'Show order',
      amountCents: 450_000,
      campaignId: fair.id,
    }),
  )
  await value(kehu.call('deals.close', { id: deal.id, outcome: 'won' }))

  await gotoApp(page, kehu, '/campaigns')
  await expect(page.getByTestId('campaign-row')).toHaveCount(3)
  const adsRow = page.getByTestId('campaign-row').filter({ hasText: 'Search ads' })
  await expect(adsRow.getByTestId('campaign-roi')).toHaveText('-100.0%')
  await expect(
    page.getByTestId('campaign-row').filter({ hasText: 'Referrals' }).getByTestId('campaign-roi'),
  ).toHaveText('—')
  await shot(page, 'campaigns-list-en-dark', testInfo)

  // The drawer refuses a negative cost and an end before the start in English.
  await page.getByTestId('campaign-new').click()
  const form = page.getByTestId('campaign-form')
  await form.getByTestId('campaign-name').fill('Autumn trade show')
  await pickOption(page, 'campaign-channel', 'Trade show')
  await form.getByTestId('campaign-startDate').fill('2026-11-10')
  await form.getByTestId('campaign-endDate').fill('2026-11-01')
  await form.getByTestId('campaign-costCents').fill('-1')
  await form.getByTestId('campaign-save').click()
  await expect(form.getByText('The end date cannot be before the start date')).toBeVisible()
  await expect(form.getByText('The amount cannot be negative')).toBeVisible()
  // The same name as a live campaign: the core's refusal under the name.
  await form.getByTestId('campaign-endDate').fill('')
  await form.getByTestId('campaign-costCents').fill('100')
  await form.getByTestId('campaign-save').click()
  await expect(form.getByText('A campaign named Autumn trade show already exists')).toBeVisible()
  await shot(page, 'campaign-drawer-en-dark', testInfo)
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()

  await gotoApp(page, kehu, `/campaigns/${fair.id}`)
  await expect(page.getByTestId('formula-roi')).toHaveText(
    'ROI = (won revenue − actual cost) ÷ actual cost = (¥4,500.00 − ¥3,000.00) ÷ ¥3,000.00 = 50.0%',
  )
  await shot(page, 'campaign-detail-en-dark', testInfo)

  await gotoApp(page, kehu, `/customers?customer=${customer.id}`)
  await expect(page.getByTestId('field-campaignId')).toHaveValue('Autumn trade show')
  await shot(page, 'customer-form-campaign-en-dark', testInfo)

  await gotoApp(page, kehu, '/reports/campaigns?from=2026-10-01&to=2026-10-31')
  await expect(page.getByTestId('campaign-report')).toHaveAttribute('data-campaigns', '3')
  await expect(page.getByTestId('campaign-money-chart')).toHaveAttribute('data-ready', 'true')
  await expect(page.getByTestId('campaign-roi-chart')).toHaveAttribute('data-ready', 'true')
  await shot(page, 'campaign-report-en-dark', testInfo)
  await gotoApp(page, kehu, '/print/reports/campaigns?from=2026-10-01&to=2026-10-31')
  await expect(page.getByTestId('campaign-money-chart')).toHaveAttribute('data-ready', 'true')
  await shot(page, 'campaign-print-en', testInfo)

  // The customer list: the campaign column and filter.
  await gotoApp(page, kehu, `/customers?campaign=${ads.id}&cols=code,name,campaign,updatedAt`)
  await expect(page.getByTestId('customer-row')).toHaveCount(1)
  await expect(page.getByTestId('customer-row')).toContainText('Search ads')
  await expect(page.getByTestId('filter-chips')).toContainText('Campaign')
  await shot(page, 'customer-list-campaign-en-dark', testInfo)
})
