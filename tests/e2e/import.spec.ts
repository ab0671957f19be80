import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import type { Download } from '@playwright/test'
import { expect, gotoApp, test, type Kehu } from './fixtures'

/**
 * The sheet people really have: a merged title row over the headers, Chinese header
 * names (one of them, 公司网站, unknown to the synonym table), dates as real dates, serials
 * and text, phones with spaces and +86, an empty row, the same customer twice, a bad
 * email and a grade that does not exist.
 */
async function messySheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('客户')
  sheet.addRow(['2024年客户信息表'])
  sheet.mergeCells('A1:H1')
  sheet.addRow([
    '单位名称',
    '联系人',
    '手机号码',
    '所属行业',
    '客户级别',
    '录入日期',
    '公司网站',
    '邮箱',
  ])
  sheet.addRow([
    '杭州华达贸易有限公司',
    '王伟',
    '138 0013 8000',
    '批发零售',
    'A级',
    new Date(Date.UTC(2024, 2, 5)),
    'www.huada.cn',
    'info@huada.cn',
  ])
  sheet.addRow([
    '宁波恒通机械有限公司',
    '李娜',
    '+86 139-0000-1234',
    '制造业',
    'B',
    45356,
    null,
    null,
  ])
  sheet.addRow([])
  sheet.addRow([
    '苏州鑫源科技有限公司',
    '张敏',
    '13700005678',
    '信息技术',
    'C',
    '2024年3月5日',
    null,
    'not-an-email',
  ])
  sheet.addRow([
    '杭州华达贸易有限公司',
    '王伟',
    '13800138000',
    '批发零售',
    'A',
    '2024/3/5',
    null,
    null,
  ])
  sheet.addRow([
    '上海安达物流有限公司',
    '陈静',
    '021-6555 1234',
    '交通物流',
    'Z',
    '2024.03.05',
    null,
    null,
  ])
  sheet.getColumn(6).numFmt = 'yyyy-mm-dd'
  return Buffer.from(await book.xlsx.writeBuffer())
}

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const path = await download.path()
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await readFile(path)) as unknown as ArrayBuffer)
  return book
}

async function customerCount(kehu: Kehu): Promise<number> {
  const list = await kehu.call('customers.list', { pageSize: 1 })
  if (!list.ok) throw new Error(list.error.message)
  return list.value.total
}

test('import a messy sheet through the wizard, fix a mapping, download the rejected rows, undo', async ({
  page,
  kehu,
}) => {
  await gotoApp(page, kehu, '/import')
  await expect(page.getByRole('heading', { name: '导入 Excel' })).toBeVisible()
  await page.locator('input[type=file]').setInputFiles({
    name: '2024年客户.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await messySheet(),
  })

  // The header row is found under the merged title.
  await expect(page.getByLabel('表头在第几行')).toHaveValue('2')
  await page.getByRole('button', { name: '下一步' }).click()

  // 公司网站 is not in the synonym table: map it by hand.
  const website = page.getByRole('combobox', { name: '「公司网站」导入为' })
  await expect(website).toHaveValue('不导入')
  await expect(page.getByRole('combobox', { name: '「单位名称」导入为' })).toHaveValue('客户名称 *')
  await website.click()
  await page.getByRole('option', { name: '网址' }).click()
  await expect(website).toHaveValue('网址')
  await page.getByRole('button', { name: '下一步' }).click()

  // The preview marks the bad cells.
  await expect(page.getByTestId('preview-row')).toHaveCount(5)
  await expect(page.locator('td[data-problem]')).toHaveCount(2)
  await expect(page.getByText('与「杭州华达贸易有限公司」重复')).toBeVisible()
  await page.getByRole('button', { name: '下一步' }).click()

  await expect(page.getByLabel('跳过重复的行')).toBeChecked()
  await page.getByRole('button', { name: /开始导入/ }).click()
  await expect(page.getByText('导入完成', { exact: true })).toBeVisible()
  await expect(page.getByTestId('summary-created')).toHaveText('2')
  await expect(page.getByTestId('summary-skipped')).toHaveText('1')
  await expect(page.getByTestId('summary-rejected')).toHaveText('2')
  expect(await customerCount(kehu)).toBe(2)
  const website2 = await kehu.call('customers.list', { q: '华达' })
  expect(website2.ok && website2.value.rows[0]?.website).toBe('www.huada.cn')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /下载未导入的 2 行/ }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/未导入\.xlsx$/)
  const rejected = (await workbookOf(download)).worksheets[0]!
  expect(rejected.getRow(1).values).toContain('原因')
  const reasons = [rejected.getRow(2), rejected.getRow(3)].map((row) => row.getCell(9).text)
  expect(reasons.join(' ')).toMatch(/邮箱/)
  expect(reasons.join(' ')).toMatch(/客户级别/)

  // Undo the import from the recent imports.
  const recent = page.getByTestId('recent-imports')
  await expect(recent).toContainText('2024年客户.xlsx')
  await recent.getByRole('button', { name: '撤销导入' }).click()
  await expect(recent).toContainText('已于')
  await expect.poll(() => customerCount(kehu)).toBe(0)
})

test('export the customer list: real dates, frozen header, filter, the visible columns', async ({
  page,
  kehu,
}) => {
  for (const [name, grade] of [
    ['杭州华达贸易有限公司', 'A'],
    ['宁波恒通机械有限公司', 'B'],
  ] as const) {
    const created = await kehu.call('customers.create', { name, grade, phone: '138 0013 8000' })
    expect(created.ok).toBe(true)
  }
  await gotoApp(page, kehu, '/customers')
  await expect(page.getByTestId('customer-total')).toHaveAttribute('data-count', '2')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('customers-export').click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^客户-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const sheet = (await workbookOf(download)).worksheets[0]!
  expect(sheet.getCell('A1').text).toMatch(/^客户/)
  const headers = (sheet.getRow(2).values as unknown[]).slice(1)
  expect(headers).toEqual([
    '客户编号',
    '客户名称',
    '客户级别',
    '客户阶段',
    '负责人',
    '省份',
    '城市',
    '电话',
    '标签',
    '更新时间',
  ])
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
  expect(sheet.autoFilter).toBeTruthy()
  const row = sheet.getRow(3)
  expect(row.getCell(2).value).toMatch(/有限公司$/)
  expect(row.getCell(10).value).toBeInstanceOf(Date)
  expect(row.getCell(10).numFmt).toBe('yyyy-mm-dd hh:mm')
})
