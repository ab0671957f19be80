import { expect, gotoApp, test } from './fixtures'
import { onboard, pickOption, shot, value } from './helpers'

/**
 * After-sales in the real UI: a complaint opened through the drawer, started, resolved and
 * closed with a score; the average satisfaction on the report moves with a second score; the
 * return visit the close scheduled, completed from the 回访 tab; a return-visit interval out of
 * range refused under the field; the customer's 售后 tab; English and dark screens.
 */
const TODAY = '2026-12-01'
test.use({ kehuToday: TODAY })

test('a complaint from opening to a scored close, the report, the return visit and the refusals', async ({
  page,
  kehu,
}, testInfo) => {
  await onboard(kehu)
  await value(kehu.call('owners.create', { name: '李娜' }))
  const customer = await value<{ id: number }>(
    kehu.call('customers.create', { name: '杭州鑫源贸易有限公司' }),
  )
  await gotoApp(page, kehu, '/service')
  await expect(page.getByTestId('empty-state')).toContainText('没有未结的工单')
  await shot(page, 'service-empty-zh-light', testInfo)

  // 新建工单: blanks refused under the fields, then a complaint.
  await page.getByTestId('ticket-new').click()
  const form = page.getByTestId('ticket-form')
  await form.getByTestId('ticket-save').click()
  await expect(form.getByText('请选择客户')).toBeVisible()
  await expect(form.getByText('请选择类型')).toBeVisible()
  await expect(form.getByText('请填写标题')).toBeVisible()
  await form.getByTestId('ticket-customerId').fill('鑫源')
  await page.getByRole('option', { name: '杭州鑫源贸易有限公司' }).click()
  await pickOption(page, 'ticket-kind', '投诉')
  await pickOption(page, 'ticket-priority', '高')
  await pickOption(page, 'ticket-ownerId', '李娜')
  await form.getByTestId('ticket-title').fill('空调安装后漏水')
  await form.getByTestId('ticket-description').fill('客户反映室内机滴水，影响办公。')
  await form.getByTestId('ticket-dueDate').fill('2026-12-03')
  await shot(page, 'ticket-drawer-zh-light', testInfo)
  await form.getByTestId('ticket-save').click()
  await expect(form).toBeHidden()

  // The detail opens: start, resolve with what was done, close with a score of 9.
  const detail = page.getByTestId('ticket-detail')
  await expect(detail).toHaveAttribute('data-status', 'new')
  await expect(page.getByText('SH-2026-0001').first()).toBeVisible()
  await detail.getByTestId('ticket-start').click()
  await expect(detail).toHaveAttribute('data-status', 'inProgress')
  await detail.getByTestId('ticket-resolve').click()
  const resolve = page.getByTestId('ticket-resolve-modal')
  await resolve.getByTestId('ticket-resolve-save').click()
  await expect(resolve.getByText('请写下处理结果')).toBeVisible()
  await resolve.getByTestId('ticket-resolution').fill('更换排水管并重新打胶')
  await resolve.getByTestId('ticket-resolve-save').click()
  await expect(detail).toHaveAttribute('data-status', 'resolved')
  await expect(detail.getByTestId('ticket-detail-resolution')).toContainText('更换排水管')
  await detail.getByTestId('ticket-close').click()
  const close = page.getByTestId('ticket-close-modal')
  await expect(close.getByTestId('ticket-close-save')).toBeDisabled()
  await close.getByTestId('ticket-close-score').getByText('9', { exact: true }).click()
  await shot(page, 'ticket-close-zh-light', testInfo)
  await close.getByTestId('ticket-close-save').click()
  await expect(detail).toHaveAttribute('data-status', 'closed')
  await expect(detail.getByTestId('ticket-detail-score')).toHaveText('9 / 10')
  await shot(page, 'ticket-detail-zh-light', testInfo)
  await page.keyboard.press('Escape')

  // The report: one score of 9; a second ticket closed with 5 moves the average to 7.0.
  await gotoApp(page, kehu, '/reports/service?from=2026-12-01&to=2026-12-31')
  await expect(page.getByTestId('kpi-service-satisfaction-value')).toHaveText('9.0')
  const second = await value<{ id: number }>(
    kehu.call('tickets.create', { customerId: customer.id, kind: 'repair', title: '打印机卡纸' }),
  )
  await value(kehu.call('tickets.close', { id: second.id, satisfaction: 5 }))
  await value(
    kehu.call('tickets.create', { customerId: customer.id, kind: 'inquiry', title: '发票抬头' }),
  )
  await page.reload()
  await expect(page.getByTestId('kpi-service-satisfaction-value')).toHaveText('7.0')
  await expect(page.getByTestId('kpi-service-open-value')).toHaveText('1')
  await expect(page.getByTestId('service-owner-table')).toContainText('李娜')
  await expect(page.getByTestId('service-owner-table')).toContainText('9.0')
  await shot(page, 'service-report-zh-light', testInfo)
  await gotoApp(page, kehu, '/print/reports/service?from=2026-12-01&to=2026-12-31')
  await expect(page.getByTestId('service-report')).toBeVisible()
  await expect(page.getByTestId('service-month-table')).toContainText('7.0')
  await shot(page, 'service-print-zh-light', testInfo)

  // The close scheduled a return visit 7 days on; complete it with a score.
  await gotoApp(page, kehu, '/service?view=visits')
  const row = page.getByTestId('visit-row').filter({ hasText: 'SH-2026-0001' })
  await expect(row).toContainText('2026-12-08')
  await expect(row).toContainText('工单关闭')
  await shot(page, 'service-visits-zh-light', testInfo)
  await row.getByTestId('visit-complete').click()
  const visit = page.getByTestId('visit-complete-modal')
  await visit.getByTestId('visit-complete-save').click()
  await expect(visit.getByText('请写下回访结果')).toBeVisible()
  await visit.getByTestId('visit-outcome').fill('漏水已解决，客户满意')
  await visit.getByTestId('visit-score').getByText('10', { exact: true }).click()
  await visit.getByTestId('visit-complete-save').click()
  await expect(visit).toBeHidden()
  await page.getByTestId('visit-state').getByText('已完成').click()
  await expect(page.getByTestId('visit-row').first()).toContainText('漏水已解决')

  // The list: the open inquiry under 未结, the closed ones under 已关闭; the search.
  await gotoApp(page, kehu, '/service')
  await expect(page.getByTestId('ticket-row')).toHaveCount(1)
  await page.getByTestId('ticket-status-tabs').getByText('已关闭').click()
  await expect(page.getByTestId('ticket-row')).toHaveCount(2)
  await page.getByTestId('ticket-search').fill('漏水')
  await expect(page.getByTestId('ticket-row')).toHaveCount(1)
  await shot(page, 'service-list-zh-light', testInfo)

  // Settings: an interval out of range is refused under the field and nothing changes.
  await gotoApp(page, kehu, '/settings')
  const setting = page.getByTestId('service-setting-returnVisitDays')
  await setting.fill('400')
  await page.getByTestId('service-settings-save').click()
  await expect(page.getByTestId('service-settings')).toContainText('365')
  await page.getByTestId('service-settings').screenshot({
    path: process.env.KEHU_SHOTS_DIR
      ? `${process.env.KEHU_SHOTS_DIR}/service-settings-zh-light.png`
      : testInfo.outputPath('settings.png'),
  })
  const settings = await value<{ returnVisitDays: number }>(kehu.call('settings.get'))
  expect(settings.returnVisitDays).toBe(7)

  // The customer's 售后 tab: the open ticket and the visits, with 新建工单.
  await gotoApp(page, kehu, `/customers/${customer.id}?tab=service`)
  const panel = page.getByTestId('customer-service-panel')
  await expect(panel.getByTestId('customer-ticket-row')).toHaveCount(1)
  await expect(panel.getByTestId('customer-visit-table')).toContainText('漏水已解决')
  await shot(page, 'customer-service-zh-light', testInfo)

  // English, dark.
  await onboard(kehu, 'en', 'dark')
  await gotoApp(page, kehu, '/service?status=all')
  await expect(page.getByText('After-sales').first()).toBeVisible()
  await expect(page.getByTestId('ticket-row')).toHaveCount(3)
  await shot(page, 'service-list-en-dark', testInfo)
  await page.getByTestId('ticket-row').first().click()
  await expect(page.getByTestId('ticket-detail')).toBeVisible()
  await shot(page, 'ticket-detail-en-dark', testInfo)
  // The visit's 10 counts too: (9 + 5 + 10) / 3.
  await gotoApp(page, kehu, '/reports/service?from=2026-12-01&to=2026-12-31')
  await expect(page.getByTestId('kpi-service-satisfaction-value')).toHaveText('8.0')
  await shot(page, 'service-report-en-dark', testInfo)
  await gotoApp(page, kehu, '/service?view=visits')
  await expect(page.getByTestId('visit-row')).toHaveCount(1)
  await shot(page, 'service-visits-en-dark', testInfo)
  await gotoApp(page, kehu, `/customers/${customer.id}?tab=service`)
  await expect(page.getByTestId('customer-visit-table')).toContainText('Ticket closed')
  await shot(page, 'customer-service-en-dark', testInfo)
})
