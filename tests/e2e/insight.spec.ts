import { addDays } from '../../src/shared/dates'
import { expect, gotoApp, test, type Kehu } from './fixtures'
import { shot, value } from './helpers'

/**
 * Customer insight in the real UI: a customer who has stopped ordering at their usual rhythm
 * shows up at risk with the reason in words — on the dashboard, the 客户洞察 list, its own
 * page and the 客户价值 report — and leaves the list when the owner loosens the threshold.
 */
const TODAY = '2026-12-01'
test.use({ kehuToday: TODAY })

async function contract(kehu: Kehu, customerId: number, signedDate: string, cents: number) {
  await value(
    kehu.call('contracts.create', {
      customerId,
      title: `年度采购 ${signedDate}`,
      signedDate,
      items: [{ description: '办公设备', quantity: 1, unitPriceCents: cents }],
      plan: [{ dueDate: signedDate, amountCents: cents }],
    }),
  )
}

/** 北京张三贸易 ordered every 60 days and stopped 190 days ago; 杭州鑫源 ordered last week. */
async function seed(kehu: Kehu) {
  const drifting = await value<{ id: number }>(
    kehu.call('customers.create', { name: '北京张三贸易有限公司', stage: 'customer' }),
  )
  const last = addDays(TODAY, -190)
  for (const back of [120, 60, 0])
    await contract(kehu, drifting.id, addDays(last, -back), 1_200_000)
  await value(
    kehu.call('activities.create', {
      customerId: drifting.id,
      kind: 'call',
      content: '电话问候，对方说预算紧张',
      occurredAt: Date.parse(`${addDays(TODAY, -3)}T10:00:00`),
    }),
  )
  const steady = await value<{ id: number }>(
    kehu.call('customers.create', { name: '杭州鑫源贸易有限公司', stage: 'loyal' }),
  )
  await contract(kehu, steady.id, addDays(TODAY, -7), 3_000_000)
  await value(kehu.call('settings.update', { onboarded: true, companyName: '客户科技有限公司' }))
  return { drifting: drifting.id, steady: steady.id }
}

test('an at-risk customer appears with its reason, and leaves when the threshold is loosened', async ({
  page,
  kehu,
}, testInfo) => {
  const ids = await seed(kehu)
  await gotoApp(page, kehu, '/')
  const atRisk = page.getByTestId('dash-at-risk')
  await expect(atRisk).toContainText('1 位客户有流失风险')
  // Revenue at stake: ¥36,000.00 over one year as a customer (first order 310 days ago).
  await expect(atRisk).toContainText('¥36,000.00')
  await atRisk.click()

  await expect(page).toHaveURL(/#\/insight\?risk=1/)
  const rows = page.getByTestId('insight-row')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('北京张三贸易有限公司')
  await expect(rows.first().getByTestId('risk-reason')).toHaveText(
    '已 190 天未下单，平均间隔 60 天',
  )
  await expect(page.getByTestId('insight-count')).toHaveText('共 1 位客户')
  await shot(page, 'insight-risk-zh-light', testInfo)

  await page.getByTestId('insight-tab-all').click()
  await expect(rows).toHaveCount(2)
  await page.getByTestId('insight-explainer').getByRole('button').click()
  await expect(page.getByTestId('insight-explainer')).toContainText('超过平常间隔 2 倍未下单')
  await shot(page, 'insight-all-zh-light', testInfo)

  await rows.filter({ hasText: '北京张三贸易有限公司' }).getByRole('link').click()
  const card = page.getByTestId('customer-insight')
  await expect(card).toHaveAttribute('data-at-risk', 'true')
  await expect(card.getByTestId('risk-reason')).toHaveText('已 190 天未下单，平均间隔 60 天')
  await expect(card.getByTestId('insight-clv')).toContainText(
    '¥12,000.00 × 3 次/年 × 3 年 = ¥108,000.00',
  )
  await shot(page, 'insight-customer-zh-light', testInfo)
  await gotoApp(page, kehu, `/customers/${ids.steady}`)
  await expect(page.getByTestId('insight-not-at-risk')).toBeVisible()

  await gotoApp(page, kehu, '/reports/insight')
  const report = page.getByTestId('insight-report')
  await expect(report).toHaveAttribute('data-at-risk', '1')
  await expect(page.getByTestId('segments-chart')).toHaveAttribute('data-ready', 'true')
  await expect(page.getByTestId('top-at-risk-table')).toContainText('北京张三贸易有限公司')
  await shot(page, 'insight-report-zh-light', testInfo)

  // Loosen the rule to 4 × the usual interval: 190 days is within 4 × 60.
  await gotoApp(page, kehu, '/settings')
  const factor = page.getByTestId('insight-setting-churnIntervalFactor')
  await factor.fill('0.5')
  await page.getByTestId('insight-settings-save').click()
  await expect(page.getByTestId('insight-settings')).toContainText('1.2')
  await factor.fill('4')
  await page.getByTestId('insight-settings-save').click()
  await expect(page.getByText('客户分析设置已保存')).toBeVisible()
  await gotoApp(page, kehu, '/insight?risk=1')
  await expect(page.getByText('没有流失风险的客户')).toBeVisible()
})

test('the insight screens in English and dark', async ({ page, kehu }, testInfo) => {
  const ids = await seed(kehu)
  await value(kehu.call('settings.update', { locale: 'en', theme: 'dark' }))
  await gotoApp(page, kehu, '/insight')
  await expect(page.getByTestId('risk-reason')).toHaveText(
    'No order for 190 days; usual interval 60 days',
  )
  await shot(page, 'insight-risk-en-dark', testInfo)
  await gotoApp(page, kehu, `/customers/${ids.drifting}`)
  await expect(page.getByTestId('insight-clv')).toContainText(
    '¥12,000.00 × 3 orders/year × 3 years = ¥108,000.00',
  )
  await shot(page, 'insight-customer-en-dark', testInfo)
  await gotoApp(page, kehu, '/reports/insight')
  await expect(page.getByTestId('segments-chart')).toHaveAttribute('data-ready', 'true')
  await shot(page, 'insight-report-en-dark', testInfo)
  await gotoApp(page, kehu, '/print/reports/insight')
  await expect(page.getByTestId('segments-chart')).toHaveAttribute('data-ready', 'true')
  await shot(page, 'insight-print-en', testInfo)
  await gotoApp(page, kehu, '/settings')
  await page.getByTestId('insight-settings').scrollIntoViewIfNeeded()
  await page.getByTestId('insight-settings').screenshot({
    path: testInfo.outputPath('insight-settings-en-dark.png'),
  })
})
