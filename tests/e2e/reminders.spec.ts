import type { Page } from '@playwright/test'
import { expect, gotoApp, test, type Kehu } from './fixtures'
import { onboard, shot, value } from './helpers'

/**
 * The reminder centre in the real UI (the host's today is 2026-12-01): derived follow-ups
 * and instalments with their links, a reminder made by hand for later today, done with
 * 撤销, snooze to upcoming, the sidebar badge, the customer's reminders and the settings.
 */
const TODAY = '2026-12-01'
test.use({ kehuToday: TODAY })
test.describe.configure({ timeout: 120_000 })

/** A customer with an overdue follow-up, and a contract with an overdue instalment. */
async function seed(
  kehu: Kehu,
  locale: 'zh-CN' | 'en' = 'zh-CN',
  theme: 'light' | 'dark' = 'light',
) {
  await onboard(kehu, locale, theme)
  const customer = await value<{ id: number }>(
    kehu.call('customers.create', { name: '杭州鑫源贸易有限公司' }),
  )
  await value(
    kehu.call('activities.create', {
      customerId: customer.id,
      kind: 'call',
      content: '电话沟通报价',
      nextFollowUpDate: '2026-11-28',
      nextAction: '寄送样品',
    }),
  )
  const contract = await value<{ id: number; number: string }>(
    kehu.call('contracts.create', {
      customerId: customer.id,
      title: '年度服务',
      signedDate: '2026-10-01',
      items: [{ description: '年度服务费', quantity: 1, unitPriceCents: 1_200_000 }],
      plan: [
        { dueDate: '2026-11-20', amountCents: 600_000 },
        { dueDate: '2027-03-01', amountCents: 600_000 },
      ],
    }),
  )
  return { customer, contract }
}

/** Toasts sit over the page's top right; close them before clicking what they cover. */
async function dismissToasts(page: Page) {
  for (const close of await page.locator('.mantine-Notification-closeButton').all())
    await close.click({ timeout: 2_000 }).catch(() => undefined)
  await expect(page.locator('.mantine-Notification-closeButton')).toHaveCount(0, {
    timeout: 10_000,
  })
}

const today = (page: Page) => page.getByTestId('reminders-today')
const upcoming = (page: Page) => page.getByTestId('reminders-upcoming')

test('a reminder made by hand shows up at its time; done and undo; snooze moves it to upcoming', async ({
  page,
  kehu,
}, testInfo) => {
  const { customer, contract } = await seed(kehu)
  await gotoApp(page, kehu, '/reminders')
  await expect(today(page).getByTestId('reminder-item')).toHaveCount(2)
  await expect(today(page)).toContainText('跟进 杭州鑫源贸易有限公司')
  await expect(today(page)).toContainText('寄送样品')
  await expect(today(page)).toContainText(`${contract.number} 待回款 ¥6,000.00`)
  await expect(today(page)).toContainText('逾期 11 天')
  await expect(page.getByTestId('reminders-badge')).toHaveText('2')

  // 新建提醒 for later today: refused without a title, then in 今天 and the badge.
  await page.getByTestId('reminder-new').click()
  const form = page.getByTestId('reminder-form')
  await expect(form.getByTestId('reminder-title')).toBeFocused()
  await form.getByTestId('reminder-save').click()
  await expect(form.getByText('请填写这一项')).toBeVisible()
  await form.getByTestId('reminder-title').fill('给王总打电话')
  await form.getByTestId('reminder-date').fill(TODAY)
  await form.getByTestId('reminder-time').fill('23:59')
  await form.getByTestId('reminder-notes').fill('确认报价单')
  await shot(page, 'reminder-form-zh-light', testInfo)
  await form.getByTestId('reminder-save').click()
  await expect(form).toBeHidden()
  const manual = today(page).getByTestId('reminder-item').filter({ hasText: '给王总打电话' })
  await expect(manual).toContainText('今天 23:59')
  await expect(page.getByTestId('reminders-badge')).toHaveText('3')
  await shot(page, 'reminders-zh-light', testInfo)

  // 完成, then 撤销 from the toast.
  await manual.getByTestId('reminder-done').click()
  await expect(manual).toHaveCount(0)
  await expect(page.getByTestId('reminders-badge')).toHaveText('2')
  await page.getByTestId('reminder-undo').click()
  await expect(manual).toHaveCount(1)
  await expect(page.getByTestId('reminders-badge')).toHaveText('3')

  // 推迟 → 明天: out of today, in upcoming on 12-02.
  await manual.getByTestId('reminder-snooze').click()
  await page.getByTestId('snooze-tomorrow').click()
  await expect(manual).toHaveCount(0)
  const later = upcoming(page).getByTestId('reminder-item').filter({ hasText: '给王总打电话' })
  await expect(later).toContainText('已推迟到 2026-12-02')
  await expect(page.getByTestId('reminders-badge')).toHaveText('2')

  // A derived item opens its record.
  await today(page).getByTestId('reminder-link').filter({ hasText: '待回款' }).click()
  await expect(page).toHaveURL(new RegExp(`#/contracts/${contract.id}$`))
  // 添加提醒 from the contract's page: it hangs on the contract.
  await page.getByTestId('contract-reminder').click()
  const onContract = page.getByTestId('reminder-form')
  await expect(onContract.getByTestId('reminder-linked')).toContainText(contract.number)
  await onContract.getByTestId('reminder-title').fill('催收第一期')
  await onContract.getByTestId('reminder-date').fill('2026-12-02')
  await onContract.getByTestId('reminder-time').fill('09:00')
  await onContract.getByTestId('reminder-save').click()
  await expect(onContract).toBeHidden()
  await gotoApp(page, kehu, '/reminders')
  await expect(
    upcoming(page).getByTestId('reminder-item').filter({ hasText: '催收第一期' }),
  ).toContainText(contract.number)
  await today(page).getByTestId('reminder-link').filter({ hasText: '跟进' }).click()
  await expect(page).toHaveURL(new RegExp(`#/customers/${customer.id}$`))

  // The follow-up done from the list stays done; the kind filter.
  await gotoApp(page, kehu, '/reminders')
  await today(page)
    .getByTestId('reminder-item')
    .filter({ hasText: '跟进' })
    .getByTestId('reminder-done')
    .click()
  await expect(today(page).getByTestId('reminder-item')).toHaveCount(1)
  await dismissToasts(page)
  await page.getByTestId('reminder-kinds').getByText('跟进', { exact: true }).click()
  await expect(today(page).getByTestId('reminders-today-empty')).toBeVisible()
})

test("the customer's reminders: added on its page, done and deleted with 撤销", async ({
  page,
  kehu,
}) => {
  const { customer } = await seed(kehu)
  await gotoApp(page, kehu, `/customers/${customer.id}`)
  const panel = page.getByTestId('customer-reminders')
  await expect(panel).toContainText('还没有提醒')
  await panel.getByTestId('customer-reminder-add').click()
  const form = page.getByTestId('reminder-form')
  await form.getByTestId('reminder-title').fill('寄合同')
  await form.getByTestId('reminder-date').fill('2026-12-03')
  await form.getByTestId('reminder-time').fill('10:00')
  await form.getByTestId('reminder-time').press('Enter')
  await expect(form).toBeHidden()
  await expect(panel.getByTestId('customer-reminder')).toContainText('2026-12-03 10:00')
  // In the past: refused under the date.
  await panel.getByTestId('customer-reminder-add').click()
  await form.getByTestId('reminder-title').fill('昨天的事')
  await form.getByTestId('reminder-date').fill('2026-11-30')
  await form.getByTestId('reminder-save').click()
  await expect(form.getByText('提醒时间已经过去了')).toBeVisible()
  await page.keyboard.press('Escape')
  await panel.getByTestId('customer-reminder-delete').click()
  await expect(panel.getByTestId('customer-reminder')).toHaveCount(0)
  await page.getByTestId('reminder-delete-undo').click()
  await expect(panel.getByTestId('customer-reminder')).toHaveCount(1)
  await dismissToasts(page)
  await panel.getByTestId('customer-reminder-done').click()
  await expect(panel.getByTestId('customer-reminder')).toHaveCount(0)
})

test('the reminder centre in English and dark; settings refused out of range', async ({
  page,
  kehu,
}, testInfo) => {
  await seed(kehu, 'en', 'dark')
  await value(kehu.call('customers.create', { name: 'Birthday Ltd', birthday: '1980-12-04' }))
  await value(
    kehu.call('reminders.create', {
      title: 'Send the quote',
      at: Date.parse('2026-12-05T09:30:00'),
    }),
  )
  await gotoApp(page, kehu, '/reminders')
  await expect(today(page)).toContainText('Follow up 杭州鑫源贸易有限公司')
  await expect(today(page)).toContainText('11 days overdue')
  await expect(upcoming(page)).toContainText('Birthday Ltd’s birthday')
  await expect(upcoming(page)).toContainText('Send the quote')
  await expect(upcoming(page)).toContainText('in 4 days')
  await shot(page, 'reminders-en-dark', testInfo)
  await page.getByTestId('reminder-new').click()
  await expect(page.getByTestId('reminder-title')).toBeFocused()
  await expect(page.locator('.mantine-Modal-content')).toHaveCSS('opacity', '1')
  await shot(page, 'reminder-form-en-dark', testInfo)
  await page.keyboard.press('Escape')

  await gotoApp(page, kehu, '/settings')
  const settings = page.getByTestId('reminder-settings')
  await settings.getByTestId('reminder-setting-renewalWindowDays').fill('5000')
  await settings.getByTestId('reminder-setting-notifyTime').fill('25:00')
  await settings.getByTestId('reminder-settings-save').click()
  await expect(settings.getByText('Enter a whole number from 0 to 3650')).toBeVisible()
  await expect(settings.getByText('Enter a time as HH:MM')).toBeVisible()
  await settings.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('reminder-settings-en-dark.png') })
  await settings.getByTestId('reminder-setting-renewalWindowDays').fill('60')
  await settings.getByTestId('reminder-setting-notifyTime').fill('08:30')
  await settings.getByTestId('reminder-settings-save').click()
  await expect(page.getByText('Reminder settings saved')).toBeVisible()
  expect(await value(kehu.call('settings.get', {}))).toMatchObject({
    renewalWindowDays: 60,
    notifyTime: '08:30',
  })
})
