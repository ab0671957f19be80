import { expect, gotoApp, test } from './fixtures'

/**
 * The foundation journey: a new owner starts empty, creates a customer, finds it by
 * search and pinyin, edits it, deletes it and takes that back, switches to English,
 * reloads and finds everything as they left it — all against the real core and database.
 */
test('first run, create, find, edit, delete with undo, English after reload', async ({
  page,
  kehu,
}) => {
  await gotoApp(page, kehu)
  await page.getByTestId('onboarding-empty').click()
  await expect(page).toHaveURL(/#\/customers/)
  await expect(page.getByTestId('empty-state')).toBeVisible()

  // A save without a name is refused under the field, in Chinese.
  await page.getByTestId('customer-new').first().click()
  const form = page.getByTestId('customer-form')
  await expect(form.getByLabel('客户名称')).toBeFocused()
  await form.getByLabel('客户名称').press('Enter')
  await expect(form.getByText('必填')).toBeVisible()

  await form.getByLabel('客户名称').fill('杭州鑫源贸易有限公司')
  await form.getByLabel('电话').fill('0571-8888 1234')
  await form.getByLabel('邮箱').fill('xinyuan@example.cn')
  await form.getByLabel('客户名称').press('Enter')
  await expect(form).toBeHidden()
  const row = page.getByTestId('customer-row').filter({ hasText: '杭州鑫源贸易有限公司' })
  await expect(row).toBeVisible()
  await expect(page.getByTestId('customer-total')).toHaveAttribute('data-count', '1')
  const id = Number(await row.getAttribute('data-customer-id'))

  // Search by a fragment, by pinyin initials and by phone digits typed with separators.
  await kehu.call('customers.create', { name: '上海李四科技有限公司' })
  await page.reload()
  await expect(page.getByTestId('customer-row')).toHaveCount(2)
  const search = page.getByTestId('customer-search')
  for (const q of ['鑫源', 'hzxy', '8888-1234']) {
    await search.fill(q)
    await expect(page.getByTestId('customer-total')).toHaveAttribute('data-count', '1')
    await expect(page.getByTestId('customer-row')).toHaveText(/杭州鑫源贸易有限公司/)
  }
  await search.fill('')
  await expect(page.getByTestId('customer-row')).toHaveCount(2)

  // Edit through the form (the URL names the record the drawer shows).
  await page.goto(`${kehu.url}#/customers?customer=${id}`)
  await expect(form.getByLabel('客户名称')).toHaveValue('杭州鑫源贸易有限公司')
  await form.getByLabel('客户名称').fill('杭州鑫源贸易股份有限公司')
  await page.getByTestId('customer-save').click()
  await expect(form).toBeHidden()
  await expect(
    page.getByTestId('customer-row').filter({ hasText: '杭州鑫源贸易股份有限公司' }),
  ).toBeVisible()
  const saved = await kehu.call('customers.get', { id })
  expect(saved.ok && saved.value.name).toBe('杭州鑫源贸易股份有限公司')

  // Delete acts at once; the toast takes it back.
  await page.goto(`${kehu.url}#/customers?customer=${id}`)
  await page.getByTestId('customer-delete').click()
  await expect(page.getByTestId('customer-total')).toHaveAttribute('data-count', '1')
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(page.getByTestId('customer-total')).toHaveAttribute('data-count', '2')
  const restored = await kehu.call('customers.get', { id })
  expect(restored.ok && restored.value.deletedAt).toBeNull()

  // English, kept across a reload together with the data.
  await page.getByTestId('lang-toggle').click()
  await expect(page.getByTestId('nav-customers')).toHaveText(/Customers/)
  await page.reload()
  await expect(page.getByTestId('nav-customers')).toHaveText(/Customers/)
  await expect(
    page.getByTestId('customer-row').filter({ hasText: '杭州鑫源贸易股份有限公司' }),
  ).toBeVisible()
  const settings = await kehu.call('settings.get', {})
  expect(settings.ok && settings.value.locale).toBe('en')
})

test('an unknown customer id says so in words, shows no form and changes nothing', async ({
  page,
  kehu,
}) => {
  await kehu.call('settings.update', { onboarded: true })
  await kehu.call('customers.create', { name: '唯一客户' })
  await gotoApp(page, kehu, `/customers?customer=999999`)
  await expect(page.getByTestId('customer-row')).toHaveCount(1)
  await expect(page.getByText(/找不到这条记录/)).toBeVisible()
  await expect(page.getByTestId('customer-form')).toHaveCount(0)
  const list = await kehu.call('customers.list', {})
  expect(list.ok && list.value.total).toBe(1)
})
