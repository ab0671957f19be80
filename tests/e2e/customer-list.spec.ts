import type { CustomerDetail, MethodInput } from '../../src/shared/api'
import { expect, gotoApp, test, type Kehu } from './fixtures'

/**
 * The customer list's journeys against the real core: pinyin search and the command
 * palette, merging duplicates (and undoing it), the recycle bin (restore, purge),
 * custom fields as list columns, and bulk changes of selected rows.
 */

async function create(kehu: Kehu, input: MethodInput<'customers.create'>): Promise<CustomerDetail> {
  const result = await kehu.call('customers.create', input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

test('finds a customer by pinyin initials, in the list and in the Ctrl+K palette', async ({
  page,
  kehu,
}) => {
  const target = await create(kehu, { name: '北京张三贸易有限公司', phone: '010-8888 6666' })
  await create(kehu, { name: '上海李四科技有限公司' })
  await gotoApp(page, kehu, '/customers')
  await expect(page.getByTestId('customer-total')).toHaveAttribute('data-count', '2')

  await page.getByTestId('customer-search').fill('bjzs')
  await expect(page.getByTestId('customer-total')).toHaveAttribute('data-count', '1')
  await expect(page.getByTestId('customer-row')).toHaveText(/北京张三贸易有限公司/)

  // A literal fragment is marked in the name.
  await page.getByTestId('customer-search').fill('张三')
  await expect(page.getByTestId('customer-row').locator('mark')).toHaveText(['张三'])

  // The palette opens from inside the search box too, and Enter opens the first match.
  await page.getByTestId('customer-search').press('Control+k')
  await page.getByTestId('palette-input').fill('bjzs')
  await expect(page.getByTestId('palette-customer')).toHaveCount(1)
  await expect(page.getByTestId('palette-customer')).toContainText('010-8888 6666')
  await page.getByTestId('palette-input').press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/customers/${target.id}$`))
})

test('merges two customers with the same phone, then undoes the merge', async ({ page, kehu }) => {
  const first = await create(kehu, {
    name: '杭州鑫源贸易有限公司',
    phone: '139 1234 5678',
    grade: 'A',
  })
  const second = await create(kehu, {
    name: '鑫源贸易杭州分公司',
    phone: '+86 139-1234-5678',
    grade: 'C',
  })
  await create(kehu, { name: '无关的客户' })

  await gotoApp(page, kehu, '/customers')
  await page.getByTestId('duplicates-link').click()
  const group = page.getByTestId('duplicate-group').filter({ hasText: '鑫源贸易杭州分公司' })
  await expect(group).toHaveAttribute('data-reason', 'phone')
  await group.getByTestId('duplicate-merge').click()

  // Keep the first record but the second one's grade.
  await page.locator(`[data-testid="merge-keep"][data-customer-id="${first.id}"]`).check()
  await page
    .locator(`[data-testid="merge-choice"][data-field="grade"][data-customer-id="${second.id}"]`)
    .check()
  await page.getByTestId('merge-confirm').click()
  await expect(page.getByTestId('merge-undo')).toBeVisible()

  await page.getByTestId('nav-customers').click()
  await expect(page.getByTestId('customer-total')).toHaveAttribute('data-count', '2')
  const kept = page.locator(`[data-testid="customer-row"][data-customer-id="${first.id}"]`)
  await expect(kept.getByTitle('C 级')).toBeVisible()
  await expect(page.locator(`[data-customer-id="${second.id}"]`)).toHaveCount(0)

  await page.getByTestId('recycle-bin-link').click()
  const merged = page.locator(`[data-testid="customer-row"][data-customer-id="${second.id}"]`)
  await expect(merged.getByTestId('merged-into')).toContainText('杭州鑫源贸易有限公司')

  await page.getByTestId('merge-undo').click()
  await expect(page.getByTestId('empty-state')).toBeVisible()
  const restored = await kehu.call('customers.get', { id: second.id })
  expect(restored.ok && restored.value.deletedAt).toBeNull()
  const original = await kehu.call('customers.get', { id: first.id })
  expect(original.ok && original.value.grade).toBe('A')
})

test('deletes a customer from the list and restores it from the recycle bin', async ({
  page,
  kehu,
}) => {
  const gone = await create(kehu, { name: '广州信科医疗器械有限公司' })
  await create(kehu, { name: '深圳永诚电子商贸行' })
  await gotoApp(page, kehu, '/customers')
  const row = page.locator(`[data-testid="customer-row"][data-customer-id="${gone.id}"]`)
  await row.getByTestId('row-select').check()
  await page.getByTestId('bulk-delete').click()
  await expect(page.getByTestId('customer-total')).toHaveAttribute('data-count', '1')
  await expect(page.getByTestId('bulk-bar')).toBeHidden()

  await page.getByTestId('recycle-bin-link').click()
  await expect(page.getByTestId('bin-total')).toHaveAttribute('data-count', '1')
  await row.getByTestId('customer-restore').click()
  await expect(page.getByTestId('empty-state')).toBeVisible()

  await page.getByTestId('nav-customers').click()
  await expect(page.getByTestId('customer-total')).toHaveAttribute('data-count', '2')
  await expect(row).toBeVisible()
})

test('purges a customer only after the confirm dialog that names it', async ({ page, kehu }) => {
  const doomed = await create(kehu, { name: '洛阳新诚食品股份有限公司' })
  const kept = await create(kehu, { name: '无锡永通餐饮管理工作室' })
  await kehu.call('customers.bulkDelete', { ids: [doomed.id, kept.id] })
  await gotoApp(page, kehu, '/customers/recycle-bin')
  await expect(page.getByTestId('bin-total')).toHaveAttribute('data-count', '2')

  const row = page.locator(`[data-testid="customer-row"][data-customer-id="${doomed.id}"]`)
  await row.getByTestId('customer-purge').click()
  const dialog = page.getByTestId('purge-confirm')
  await expect(dialog).toContainText('洛阳新诚食品股份有限公司')
  await expect(dialog).toContainText('此操作无法撤销')
  // Cancel changes nothing.
  await page.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeHidden()
  expect((await kehu.call('customers.get', { id: doomed.id })).ok).toBe(true)

  await row.getByTestId('customer-purge').click()
  await page.getByTestId('purge-confirm-button').click()
  await expect(row).toHaveCount(0)
  await expect(page.getByTestId('bin-total')).toHaveAttribute('data-count', '1')
  const purged = await kehu.call('customers.get', { id: doomed.id })
  expect(purged.ok).toBe(false)
  expect(!purged.ok && purged.error.code).toBe('NOT_FOUND')
})

test('a custom field added in settings becomes a list column', async ({ page, kehu }) => {
  const customer = await create(kehu, { name: '成都天府软件有限公司' })
  await gotoApp(page, kehu, '/settings')
  await page.getByTestId('custom-field-label').fill('开票抬头')
  await page.getByTestId('custom-field-add').click()
  await expect(page.getByTestId('custom-field-row').filter({ hasText: '开票抬头' })).toBeVisible()

  const fields = await kehu.call('customFields.list', { entity: 'customer' })
  const key = fields.ok ? fields.value[0]!.key : ''
  await kehu.call('customers.update', {
    id: customer.id,
    custom: { [key]: '成都天府软件有限公司（开票）' },
  })

  await page.getByTestId('nav-customers').click()
  await page.getByTestId('column-chooser').click()
  const choice = page.locator(`[data-testid="column-choice"][data-column="custom.${key}"]`)
  await expect(page.getByTestId('column-chooser-dropdown')).toContainText('开票抬头')
  // The choice goes through the address first, so wait for the box rather than expect it at once.
  await choice.click()
  await expect(choice).toBeChecked()
  await expect(page).toHaveURL(new RegExp(`cols=[^&]*custom\\.${key}`))
  await page.keyboard.press('Escape')
  await expect(page.getByRole('columnheader', { name: '开票抬头' })).toBeVisible()
  await expect(page.getByTestId('customer-row')).toContainText('成都天府软件有限公司（开票）')

  // The choice survives a reload: it lives in the address.
  await page.reload()
  await expect(page.getByRole('columnheader', { name: '开票抬头' })).toBeVisible()
})

test('changes the grade of two selected rows at once', async ({ page, kehu }) => {
  const a = await create(kehu, { name: '甲公司', grade: 'A' })
  const b = await create(kehu, { name: '乙公司', grade: 'B' })
  const c = await create(kehu, { name: '丙公司', grade: 'C' })
  await gotoApp(page, kehu, '/customers?sort=name&dir=asc')
  const rowOf = (id: number) =>
    page.locator(`[data-testid="customer-row"][data-customer-id="${id}"]`)
  await rowOf(a.id).getByTestId('row-select').check()
  await rowOf(b.id).getByTestId('row-select').check()
  await expect(page.getByTestId('bulk-count')).toHaveText('已选 2 位')

  await page.getByTestId('bulk-grade').click()
  await page.getByTestId('bulk-grade-menu').getByRole('menuitem', { name: 'D 级' }).click()
  await expect(page.getByText('已更新 2 位客户')).toBeVisible()
  await expect(rowOf(a.id).getByTitle('D 级')).toBeVisible()
  await expect(rowOf(b.id).getByTitle('D 级')).toBeVisible()
  await expect(rowOf(c.id).getByTitle('C 级')).toBeVisible()

  const grades = await Promise.all(
    [a, b, c].map(async ({ id }) => {
      const result = await kehu.call('customers.get', { id })
      return result.ok ? result.value.grade : null
    }),
  )
  expect(grades).toEqual(['D', 'D', 'C'])
})

test('the recycle bin sorts by deletion time, purges the selected rows and empties itself after confirm dialogs', async ({
  page,
  kehu,
}) => {
  const names = ['甲贸易行', '乙贸易行', '丙贸易行', '丁贸易行']
  const deleted: CustomerDetail[] = []
  for (const name of names) {
    const customer = await create(kehu, { name })
    expect((await kehu.call('customers.delete', { id: customer.id })).ok).toBe(true)
    deleted.push(customer)
    // Distinct deletion times.
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  const live = await create(kehu, { name: '留下的客户' })
  await gotoApp(page, kehu, '/customers/recycle-bin')
  const rows = page.getByTestId('customer-row')
  const nameCells = rows.locator('td:nth-child(3)')
  // Latest deleted first, then the header turns it round.
  await expect(nameCells).toHaveText([...names].reverse())
  const header = page.getByRole('columnheader', { name: '删除时间' })
  await expect(header).toHaveAttribute('aria-sort', 'descending')
  await header.getByRole('button').click()
  await expect(nameCells).toHaveText(names)

  await rows.filter({ hasText: '甲贸易行' }).getByTestId('row-select').check()
  await page.getByTestId('bin-purge-selected').click()
  const dialog = page.getByTestId('purge-confirm')
  await expect(dialog).toContainText('所选的 1 位客户')
  await expect(dialog).toContainText('此操作无法撤销')
  await page.getByTestId('purge-confirm-button').click()
  await expect(page.getByTestId('bin-total')).toHaveAttribute('data-count', '3')

  await page.getByTestId('bin-empty').click()
  await expect(dialog).toContainText('回收站中的全部 3 位客户都将被彻底删除')
  await page.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('bin-total')).toHaveAttribute('data-count', '3')

  await page.getByTestId('bin-empty').click()
  await page.getByTestId('purge-confirm-button').click()
  await expect(page.getByText('已清空回收站，彻底删除了 3 位客户')).toBeVisible()
  await expect(page.getByTestId('empty-state')).toBeVisible()
  await expect(page.getByTestId('bin-empty')).toBeDisabled()
  for (const customer of deleted) {
    const gone = await kehu.call('customers.get', { id: customer.id })
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND')
  }
  expect((await kehu.call('customers.get', { id: live.id })).ok).toBe(true)
})
