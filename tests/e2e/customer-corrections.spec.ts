import { expect, gotoApp, test } from './fixtures'
import { createCustomer, daysFromToday, pickOption, tomorrow } from './helpers'

/**
 * Taking things back on the customer page: a contact deleted and restored (with its
 * custom fields), follow-ups corrected and deleted with undo, a merge undone from the
 * merged record's page. Destructive actions act at once; the toast offers Undo.
 */

test('a contact custom field in the form and the table; deleting a contact offers undo', async ({
  page,
  kehu,
}) => {
  const department = await kehu.call('customFields.create', {
    entity: 'contact',
    label: '部门',
    type: 'single',
    options: ['采购部', '财务部'],
  })
  const budget = await kehu.call('customFields.create', {
    entity: 'contact',
    label: '年采购额',
    type: 'money',
  })
  if (!department.ok || !budget.ok) throw new Error('contact fields were not created')
  const customer = await createCustomer(kehu, { name: '嘉兴恒远纺织有限公司' })
  await kehu.call('contacts.create', { customerId: customer.id, name: '周敏' })
  await gotoApp(page, kehu, `/customers/${customer.id}?tab=contacts`)

  await page.getByTestId('contact-add').click()
  await page.getByTestId('contact-field-name').fill('王芳')
  await pickOption(page, `contact-field-custom.${department.value.key}`, '采购部')
  await page.getByTestId(`contact-field-custom.${budget.value.key}`).fill('12万')
  await page.getByTestId('contact-save').click()
  // Not an amount: said under the input, nothing saved.
  await expect(page.getByTestId('contact-form')).toContainText('请输入金额')
  await page.getByTestId(`contact-field-custom.${budget.value.key}`).fill('120000')
  await page.getByTestId('contact-save').click()
  await expect(page.getByTestId('contact-form')).toBeHidden()

  const row = page.getByTestId('contact-row').filter({ hasText: '王芳' })
  await expect(row.getByTestId('contact-custom')).toHaveText('部门：采购部年采购额：¥120,000.00')
  const stored = await kehu.call('contacts.list', { customerId: customer.id })
  expect(stored.ok && stored.value.find((c) => c.name === '王芳')?.custom).toEqual({
    [department.value.key]: '采购部',
    [budget.value.key]: 12_000_000,
  })

  // Delete acts at once; Undo in the toast brings the contact back.
  await row.getByTestId('contact-delete').click()
  await expect(page.getByTestId('contact-row')).toHaveCount(1)
  await page.getByTestId('contact-undo').click()
  await expect(page.getByTestId('contact-row')).toHaveCount(2)
  await expect(row.getByTestId('contact-custom')).toContainText('¥120,000.00')
  await page.getByTestId('detail-tab-history').click()
  await expect(page.getByTestId('history-entry').first()).toContainText('恢复联系人：王芳')
})

test('correct and delete follow-ups; the header and the home page follow', async ({
  page,
  kehu,
}) => {
  const yesterday = daysFromToday(-1)
  const customer = await createCustomer(kehu, { name: '绍兴华美印染厂' })
  const older = await kehu.call('activities.create', {
    customerId: customer.id,
    kind: 'visit',
    content: '上门看了新厂房',
    occurredAt: Date.now() - 3 * 86_400_000,
    nextFollowUpDate: tomorrow(),
  })
  const newer = await kehu.call('activities.create', {
    customerId: customer.id,
    kind: 'call',
    content: '电话确认了报价',
    occurredAt: Date.now() - 60_000,
    nextFollowUpDate: daysFromToday(7),
  })
  if (!older.ok || !newer.ok) throw new Error('follow-ups were not logged')
  await gotoApp(page, kehu, `/customers/${customer.id}`)
  const entries = page.getByTestId('followup-entry')
  await expect(entries).toHaveCount(2)

  // Correct the latest plan to yesterday: the header turns overdue, and so does the home page.
  await entries.first().getByTestId('followup-edit').click()
  const form = page.getByTestId('followup-form')
  await expect(form.getByTestId('followup-content')).toHaveValue('电话确认了报价')
  await form.getByTestId('followup-next-date').fill(yesterday)
  await form.getByTestId('followup-save').click()
  await expect(form).toBeHidden()
  await expect(entries.first()).toContainText(`下次跟进：${yesterday}`)
  await expect(page.getByTestId('detail-next-followup')).toHaveText(yesterday)
  await page.getByTestId('nav-home').click()
  await expect(page.getByTestId('home-due-overdue')).toHaveText('1 项逾期')
  await page.goBack()

  // Delete it: the older follow-up's plan is the next one again; Undo puts it back.
  await entries.first().getByTestId('followup-delete').click()
  await expect(entries).toHaveCount(1)
  await expect(page.getByTestId('detail-next-followup')).toHaveText(tomorrow())
  await expect(page.getByTestId('detail-last-contact')).toHaveText(daysFromToday(-3))
  await page.getByTestId('followup-undo').click()
  await expect(entries).toHaveCount(2)
  await expect(page.getByTestId('detail-next-followup')).toHaveText(yesterday)

  await page.getByTestId('detail-tab-history').click()
  const history = page.getByTestId('history-entry')
  await expect(history.nth(0)).toContainText('恢复跟进')
  await expect(history.nth(1)).toContainText('删除跟进')
  await expect(history.nth(2)).toContainText('修改跟进')
  await expect(history.nth(2)).toContainText(`下次跟进日期：`)
})

test("undo a merge from the merged record's page", async ({ page, kehu }) => {
  const kept = await createCustomer(kehu, { name: '宁波远航机械厂', phone: '0574-8765 4321' })
  const dup = await createCustomer(kehu, { name: '宁波远航机械有限公司', phone: '0574 8765 4321' })
  await kehu.call('contacts.create', { customerId: dup.id, name: '陈刚' })
  const merged = await kehu.call('customers.merge', { keepId: kept.id, mergeIds: [dup.id] })
  expect(merged.ok).toBe(true)

  await gotoApp(page, kehu, `/customers/${dup.id}`)
  const banner = page.getByTestId('detail-merged-banner')
  await expect(banner).toContainText('宁波远航机械厂')
  await expect(page.getByTestId('detail-edit')).toHaveCount(0)
  await page.getByTestId('detail-unmerge').click()

  // The same page now shows the record restored, with its contact back.
  await expect(banner).toHaveCount(0)
  await expect(
    page.getByText('已撤销合并，「宁波远航机械有限公司」重新成为独立的客户'),
  ).toBeVisible()
  await expect(page.getByTestId('detail-edit')).toBeVisible()
  await page.getByTestId('detail-tab-contacts').click()
  await expect(page.getByTestId('contact-row')).toHaveText(/陈刚/)
  const restored = await kehu.call('customers.get', { id: dup.id })
  expect(restored.ok && [restored.value.deletedAt, restored.value.mergedInto]).toEqual([null, null])

  // A second undo of the same merge is refused in words.
  const again = await kehu.call('customers.unmerge', {
    mergeId: merged.ok ? merged.value.mergeId : 0,
  })
  expect(!again.ok && again.error.key).toBe('errors.mergeAlreadyUndone')
})
