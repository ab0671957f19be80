import { expect, gotoApp, test, type Kehu } from './fixtures'

async function customerNames(kehu: Kehu): Promise<string[]> {
  const list = await kehu.call('customers.list', {})
  if (!list.ok) throw new Error(list.error.message)
  return list.value.rows.map((row) => row.name).sort()
}

/**
 * Back up now, change the data, restore the backup (after a confirm), and take the
 * restore back with the toast's Undo — against the real core and database files.
 */
test('back up now, restore after a confirm, undo the restore', async ({ page, kehu }) => {
  const first = await kehu.call('customers.create', { name: '杭州鑫源贸易有限公司' })
  expect(first.ok).toBe(true)

  await gotoApp(page, kehu, '/settings')
  const section = page.getByTestId('backups-section')
  await expect(section).toBeVisible()
  await expect(section).toContainText(`${kehu.dataDir}/backups`)

  await section.getByTestId('backup-now').click()
  const manual = section.getByTestId('backup-row').filter({ hasText: '手动' })
  await expect(manual).toHaveCount(1)
  await expect(manual).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
  await expect(manual).toContainText(/KB|MB/)

  const second = await kehu.call('customers.create', { name: '上海李四科技有限公司' })
  expect(second.ok).toBe(true)
  expect(await customerNames(kehu)).toEqual(['上海李四科技有限公司', '杭州鑫源贸易有限公司'].sort())

  await manual.getByTestId('backup-restore').click()
  await expect(page.getByText('恢复前会先自动备份当前数据')).toBeVisible()
  await page.getByTestId('backup-restore-confirm').click()
  await expect(page.getByTestId('backup-restore-confirm')).toBeHidden()
  await expect.poll(() => customerNames(kehu)).toEqual(['杭州鑫源贸易有限公司'])
  // The list now shows the backup the restore took of the replaced data.
  await expect(section.getByTestId('backup-row').filter({ hasText: '恢复前自动' })).toHaveCount(1)

  await page.getByTestId('toast-undo').click()
  await expect
    .poll(() => customerNames(kehu))
    .toEqual(['上海李四科技有限公司', '杭州鑫源贸易有限公司'].sort())
})
