import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { createCustomer, pickOption, today, tomorrow } from './helpers'

async function logFollowUp(page: Page, content: string, nextDate: string) {
  await page.getByTestId('detail-log-followup').click()
  const form = page.getByTestId('followup-form')
  await expect(form).toBeVisible()
  await form.getByTestId('followup-content').fill(content)
  await form.getByTestId('followup-next-date').fill(nextDate)
  await form.getByTestId('followup-nextAction').fill('发送报价单')
  await form.getByTestId('followup-save').click()
  await expect(form).toBeHidden()
}

test('open a customer from the list, log a follow-up, see it on the timeline, in the header and on the home page', async ({
  page,
  kehu,
}) => {
  const customer = await createCustomer(kehu, { name: '杭州明达贸易有限公司' })
  await gotoApp(page, kehu, '/customers')
  await page.getByTestId('customer-row').filter({ hasText: customer.name }).click()
  await expect(page).toHaveURL(new RegExp(`#/customers/${customer.id}$`))
  await expect(page.getByTestId('detail-name')).toHaveText(customer.name)
  await expect(page.getByTestId('detail-next-followup')).toHaveText('—')
  await expect(page.getByTestId('empty-state')).toContainText('还没有跟进记录')

  // A plan for tomorrow: on the timeline and in the header, not yet due.
  await page.getByTestId('detail-log-followup').click()
  await page.getByTestId('followup-content').fill('电话沟通了新一季度的采购计划')
  await page.getByTestId('followup-pick-tomorrow').click()
  await expect(page.getByTestId('followup-next-date')).toHaveValue(tomorrow())
  await page.getByTestId('followup-save').click()
  const entries = page.getByTestId('followup-entry')
  await expect(entries).toHaveCount(1)
  await expect(entries.first()).toContainText('电话沟通了新一季度的采购计划')
  await expect(entries.first()).toContainText(`下次跟进：${tomorrow()}`)
  await expect(page.getByTestId('detail-next-followup')).toHaveText(tomorrow())
  await expect(page.getByTestId('detail-last-contact')).toHaveText(today())

  await page.getByTestId('nav-home').click()
  await expect(page.getByTestId('home-due')).toContainText('今天没有要跟进的客户')

  // A newer follow-up planned for today: now it is due, and the home card links back here.
  await page.goBack()
  await logFollowUp(page, '客户要求今天再确认一次价格', today())
  await expect(entries).toHaveCount(2)
  await expect(entries.first()).toContainText('客户要求今天再确认一次价格')
  await expect(page.getByTestId('detail-next-followup')).toHaveText(today())

  await page.getByTestId('nav-home').click()
  const due = page.getByTestId('due-row').filter({ hasText: customer.name })
  await expect(due).toBeVisible()
  await expect(due).toHaveAttribute('data-overdue', 'false')
  await expect(due).toContainText('发送报价单')
  await due.getByTestId('due-customer').click()
  await expect(page.getByTestId('detail-name')).toHaveText(customer.name)
})

test('add contacts and make the second one primary', async ({ page, kehu }) => {
  const customer = await createCustomer(kehu, { name: '宁波远航机械厂' })
  await gotoApp(page, kehu, `/customers/${customer.id}?tab=contacts`)
  await page.getByRole('button', { name: '添加联系人' }).click()
  await page.getByTestId('contact-field-name').fill('王芳')
  await page.getByTestId('contact-field-title').fill('采购经理')
  await page.getByTestId('contact-field-phone').fill('138 0571 1234')
  await page.getByTestId('contact-save').click()

  const rows = page.getByTestId('contact-row')
  await expect(rows).toHaveCount(1)
  // The first contact becomes the primary one by itself.
  await expect(rows.first()).toHaveAttribute('data-primary', 'true')

  await page.getByTestId('contact-add').click()
  await page.getByTestId('contact-field-name').fill('李强')
  await page.getByTestId('contact-save').click()
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1)).toContainText('李强')
  await expect(rows.nth(1)).toHaveAttribute('data-primary', 'false')

  await rows.nth(1).getByTestId('contact-make-primary').click()
  await expect(rows.first()).toContainText('李强')
  await expect(rows.first()).toHaveAttribute('data-primary', 'true')
  await expect(rows.first().getByTestId('contact-primary-star')).toBeVisible()
  await expect(rows.nth(1)).toContainText('王芳')
  await expect(rows.nth(1)).toHaveAttribute('data-primary', 'false')

  const stored = await kehu.call('contacts.list', { customerId: customer.id })
  expect(stored.ok && stored.value.map((c) => [c.name, c.isPrimary])).toEqual([
    ['李强', true],
    ['王芳', false],
  ])
})

test('change the grade and the region in the edit drawer and read it in the history', async ({
  page,
  kehu,
}) => {
  const customer = await createCustomer(kehu, { name: '温州鼎盛鞋业', grade: 'C' })
  // The edit drawer, wherever it is opened, leads to the detail page.
  await gotoApp(page, kehu, `/customers?customer=${customer.id}`)
  await page.getByTestId('customer-open-detail').click()
  await expect(page.getByTestId('detail-name')).toHaveText(customer.name)
  await page.getByTestId('detail-edit').click()
  await pickOption(page, 'field-grade', 'A 级')
  await page.getByTestId('field-province').fill('浙江')
  await page.getByRole('option', { name: '浙江省', exact: true }).click()
  await page.getByTestId('field-city').fill('温州')
  await page.getByRole('option', { name: '温州市', exact: true }).click()
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-form')).toBeHidden()

  await expect(page.getByTestId('detail-region')).toHaveText('浙江省 温州市')
  await page.getByTestId('detail-tab-history').click()
  const latest = page.getByTestId('history-entry').first()
  await expect(latest).toContainText('修改')
  await expect(latest.getByTestId('history-line').filter({ hasText: '等级：' })).toHaveText(
    '等级：C → A',
  )
  await expect(latest.getByTestId('history-line').filter({ hasText: '城市：' })).toHaveText(
    '城市：— → 温州市',
  )
  await expect(page.getByTestId('history-entry').last()).toContainText('新建客户')
})

test('a custom field shows in the form, is saved exactly and shown on the detail page', async ({
  page,
  kehu,
}) => {
  const credit = await kehu.call('customFields.create', {
    entity: 'customer',
    label: '授信额度',
    type: 'money',
  })
  const mode = await kehu.call('customFields.create', {
    entity: 'customer',
    label: '合作方式',
    type: 'single',
    options: ['经销', '直供', '代工'],
  })
  if (!credit.ok || !mode.ok) throw new Error('custom fields were not created')
  const customer = await createCustomer(kehu, { name: '苏州恒通电子' })
  await gotoApp(page, kehu, `/customers/${customer.id}`)
  await expect(page.getByTestId('fact-custom.cf1')).toContainText('授信额度')

  await page.getByTestId('detail-edit').click()
  await page.getByTestId(`field-custom.${credit.value.key}`).fill('1,234.56')
  await pickOption(page, `field-custom.${mode.value.key}`, '直供')
  await page.getByTestId('customer-save').click()
  await expect(page.getByTestId('customer-form')).toBeHidden()

  await expect(page.getByTestId(`fact-custom.${credit.value.key}`)).toContainText('¥1,234.56')
  await expect(page.getByTestId(`fact-custom.${mode.value.key}`)).toContainText('直供')
  const stored = await kehu.call('customers.get', { id: customer.id })
  expect(stored.ok && stored.value.custom).toEqual({
    [credit.value.key]: 123456,
    [mode.value.key]: '直供',
  })

  // The form shows the stored 分 as yuan again.
  await page.getByTestId('detail-edit').click()
  await expect(page.getByTestId(`field-custom.${credit.value.key}`)).toHaveValue('1,234.56')
  await page.keyboard.press('Escape')
  await page.getByTestId('detail-tab-history').click()
  await expect(page.getByTestId('history-line').filter({ hasText: '授信额度' })).toHaveText(
    '授信额度：— → ¥1,234.56',
  )
})

test('a customer in the recycle bin says so, offers restore and no edit actions', async ({
  page,
  kehu,
}) => {
  const customer = await createCustomer(kehu, { name: '合肥光明文具店' })
  expect((await kehu.call('customers.delete', { id: customer.id })).ok).toBe(true)
  await gotoApp(page, kehu, `/customers/${customer.id}`)
  await expect(page.getByTestId('detail-deleted-banner')).toContainText('在回收站中')
  await expect(page.getByTestId('detail-edit')).toHaveCount(0)
  await expect(page.getByTestId('detail-log-followup')).toHaveCount(0)

  await page.getByTestId('detail-restore').click()
  await expect(page.getByTestId('detail-deleted-banner')).toHaveCount(0)
  await expect(page.getByTestId('detail-edit')).toBeVisible()
  await page.getByTestId('detail-tab-history').click()
  await expect(page.getByTestId('history-entry').first()).toContainText('从回收站恢复')
  await expect(page.getByTestId('history-entry').nth(1)).toContainText('移入回收站')
})
