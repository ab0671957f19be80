import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Page, TestInfo } from '@playwright/test'
import type { Result } from '../../src/shared/api'
import { formatCents } from '../../src/shared/money'
import { expect, gotoApp, test, type Kehu } from './fixtures'
import { pickOption, today } from './helpers'

/**
 * Reports on demo data (demo.load): the dashboard's figures open their records, each report
 * follows the range and the owner and drills down to records adding up to the figure, the
 * targets grid feeds the completion, and the sales and receivables reports print to A4 PDF.
 */
const COMPANY = '杭州客户信息技术有限公司'

async function loadDemo(kehu: Kehu): Promise<void> {
  const loaded = await kehu.call('demo.load', { customers: 200 })
  expect(loaded.ok).toBe(true)
  expect((await kehu.call('settings.update', { onboarded: true, companyName: COMPANY })).ok).toBe(
    true,
  )
}

async function value<T>(promise: Promise<Result<T>>): Promise<T> {
  const result = await promise
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}

const year = () => today().slice(0, 4)
const thisYear = () => ({ from: `${year()}-01-01`, to: `${year()}-12-31` })
const thisMonth = () => {
  const first = `${today().slice(0, 7)}-01`
  const next = new Date(Number(first.slice(0, 4)), Number(first.slice(5, 7)), 0)
  return { from: first, to: `${today().slice(0, 7)}-${String(next.getDate()).padStart(2, '0')}` }
}

/** The drawer's count and sum once loaded. */
async function drillSum(page: Page): Promise<number> {
  const drawer = page.getByTestId('drill-drawer')
  await expect(drawer.getByTestId('drill-count')).toBeVisible()
  return Number(await drawer.getByTestId('drill-sum').getAttribute('data-cents'))
}

test('the dashboard: this month in figures, each opening the records behind it', async ({
  page,
  kehu,
}) => {
  await loadDemo(kehu)
  const figures = await value(kehu.call('reports.dashboard', {}))
  await gotoApp(page, kehu, '/')
  await expect(page.getByTestId('dashboard')).toBeVisible()
  await expect(page.getByTestId('dash-signed-value')).toHaveText(
    formatCents(figures.signed.amountCents),
  )
  await expect(page.getByTestId('dash-outstanding-value')).toHaveText(
    formatCents(figures.outstandingCents),
  )
  await expect(page.getByTestId('dash-trend-chart')).toHaveAttribute('data-ready', 'true')
  await expect(page.getByTestId('dash-aging-chart')).toHaveAttribute('data-ready', 'true')

  await page.getByTestId('dash-overdue').click()
  await expect(page).toHaveURL(/#\/reports\/receivables\?.*drill=overdue/)
  expect(await drillSum(page)).toBe(figures.overdueCents)
  await page.goBack()
  await expect(page.getByTestId('dashboard')).toBeVisible()
  await page.getByTestId('dash-signed').click()
  await expect(page).toHaveURL(/#\/reports\/sales\?.*drill=all/)
  if (figures.signed.count > 0) expect(await drillSum(page)).toBe(figures.signed.amountCents)
  await expect(page.getByTestId('drill-drawer').getByTestId('drill-count')).toContainText(
    String(figures.signed.count),
  )
})

test('each report follows the range and the owner, and drills down to its records', async ({
  page,
  kehu,
}) => {
  await loadDemo(kehu)
  const owners = await value(kehu.call('owners.list'))
  const sales = (input: { from: string; to: string; ownerId?: number }) =>
    value(kehu.call('reports.sales', { groupBy: 'month', ...input }))
  await gotoApp(page, kehu, '/reports')
  const report = page.getByTestId('sales-report')
  await expect(report).toHaveAttribute(
    'data-total',
    String((await sales(thisMonth())).total.amountCents),
  )

  await page.getByTestId('range-presets').getByText('本年').click()
  await expect(page).toHaveURL(/range=thisYear/)
  const wholeYear = await sales(thisYear())
  await expect(report).toHaveAttribute('data-total', String(wholeYear.total.amountCents))

  await pickOption(page, 'report-owner', owners[0]!.name)
  await expect(page).toHaveURL(new RegExp(`owner=${owners[0]!.id}`))
  const ofOwner = await sales({ ...thisYear(), ownerId: owners[0]!.id })
  await expect(report).toHaveAttribute('data-total', String(ofOwner.total.amountCents))

  // A month's row opens its contracts; their sum is the row's amount.
  const month = ofOwner.series.find((s) => s.amountCents > 0)!
  await page.getByTestId('sales-table').locator(`[data-row="${month.key}"]`).click()
  await expect(page).toHaveURL(new RegExp(`drill=month&dkey=${month.key}`))
  expect(await drillSum(page)).toBe(month.amountCents)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('drill-drawer').getByTestId('drill-count')).toBeHidden()

  // By product, over a typed range.
  await page.getByTestId('sales-group').getByText('产品').click()
  await page.getByTestId('range-presets').getByText('自定义').click()
  await page.getByTestId('range-from').fill(`${wholeYear.from.slice(0, 4)}-03-15`)
  await page.getByTestId('range-to').fill(`${wholeYear.from.slice(0, 4)}-09-10`)
  await expect(page).toHaveURL(/from=\d{4}-03-15&to=\d{4}-09-10/)
  const custom = await value(
    kehu.call('reports.sales', {
      from: `${wholeYear.from.slice(0, 4)}-03-15`,
      to: `${wholeYear.from.slice(0, 4)}-09-10`,
      ownerId: owners[0]!.id,
      groupBy: 'product',
    }),
  )
  await expect(report).toHaveAttribute('data-total', String(custom.total.amountCents))
  await expect(page.getByTestId('sales-table').locator('tbody tr')).toHaveCount(
    custom.series.length,
  )

  // The other reports keep the range and the owner.
  const input = {
    from: `${wholeYear.from.slice(0, 4)}-03-15`,
    to: `${wholeYear.from.slice(0, 4)}-09-10`,
    ownerId: owners[0]!.id,
  }
  await page.getByTestId('report-tab-receivables').click()
  const receivables = await value(kehu.call('reports.receivables', input))
  await expect(page.getByTestId('receivables-report')).toHaveAttribute(
    'data-received',
    String(receivables.receivedCents),
  )
  await page.getByTestId('kpi-received').click()
  expect(await drillSum(page)).toBe(receivables.receivedCents)
  await page.keyboard.press('Escape')

  await page.getByTestId('report-tab-funnel').click()
  const funnel = await value(kehu.call('reports.funnel', input))
  await expect(page.getByTestId('funnel-report')).toHaveAttribute(
    'data-created',
    String(funnel.created.count),
  )
  await expect(page.getByTestId('funnel-table').locator('tbody tr')).toHaveCount(
    funnel.stages.length,
  )

  await page.getByTestId('report-tab-customers').click()
  const customers = await value(kehu.call('reports.customers', input))
  await expect(page.getByTestId('customers-report')).toHaveAttribute(
    'data-new',
    String(customers.newCount),
  )
  await page.getByTestId('composition-table-grade').locator('[data-row="A"]').click()
  await expect(page.getByTestId('drill-drawer').getByTestId('drill-count')).toContainText(
    String(customers.composition.grade.find((g) => g.key === 'A')!.count),
  )
})

test('sales targets: a grid per month and owner; the sales report shows completion', async ({
  page,
  kehu,
}) => {
  await loadDemo(kehu)
  await gotoApp(page, kehu, '/reports/targets')
  const month = Number(today().slice(5, 7))
  await page.getByTestId(`target-total-${month}`).fill('1,000,000')
  await page.getByTestId('targets-save').click()
  await expect(page.getByTestId('targets-save')).toBeDisabled()
  const grid = await value(kehu.call('targets.get', { year: Number(year()) }))
  expect(grid.rows[0]!.months[month - 1]).toBe(100_000_000)
  const sales = await value(kehu.call('reports.sales', { ...thisMonth(), groupBy: 'month' }))
  await page.getByTestId('report-tab-sales').click()
  await expect(page.getByTestId('kpi-completion-value')).toHaveText(
    `${(Math.round((sales.total.amountCents / 100_000_000) * 1000) / 10).toFixed(1)}%`,
  )
})

async function printToPdf(page: Page, testInfo: TestInfo, report: string, chart: string) {
  await expect(page.getByTestId('print-company')).toHaveText(COMPANY)
  await expect(page.getByTestId(chart)).toHaveAttribute('data-ready', 'true')
  await page.emulateMedia({ media: 'print' })
  const pdfPath = testInfo.outputPath(`${report}.pdf`)
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true })
  const pdf = await readFile(pdfPath)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const pngBase = testInfo.outputPath(`${report}-page`)
  if (existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext')) {
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdfPath, pngBase])
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-']).toString()
    return { text, png: `${pngBase}-1.png` }
  }
  await page.screenshot({ path: `${pngBase}-1.png`, fullPage: true })
  return { text: await page.locator('body').innerText(), png: `${pngBase}-1.png` }
}

test('the sales and receivables reports print on A4: header, chart, tables, page numbers', async ({
  page,
  kehu,
}, testInfo) => {
  await loadDemo(kehu)
  const sales = await value(kehu.call('reports.sales', { ...thisYear(), groupBy: 'month' }))
  await gotoApp(page, kehu, '/reports/sales?range=thisYear')
  await page.getByTestId('report-print').click()
  await expect(page).toHaveURL(/#\/print\/reports\/sales\?range=thisYear/)
  const printed = await printToPdf(page, testInfo, 'sales', 'sales-chart')
  await testInfo.attach('sales report, page 1', { path: printed.png, contentType: 'image/png' })
  expect(printed.text).toContain(COMPANY)
  expect(printed.text).toContain('销售报表')
  expect(printed.text).toContain(`${year()}-01-01 至 ${year()}-12-31`)
  expect(printed.text).toContain(formatCents(sales.total.amountCents))
  // The chart is SVG: its axis labels are text in the PDF.
  expect(printed.text).toContain(`${year()}-06`)
  expect(printed.text).toMatch(/第 1 页，共 \d+ 页/)

  await page.emulateMedia({ media: 'screen' })
  const receivables = await value(kehu.call('reports.receivables', { ...thisYear() }))
  await gotoApp(page, kehu, '/print/reports/receivables?range=thisYear')
  const aging = await printToPdf(page, testInfo, 'receivables', 'aging-chart')
  await testInfo.attach('receivables report, page 1', { path: aging.png, contentType: 'image/png' })
  expect(aging.text).toContain('应收报表')
  expect(aging.text).toContain(formatCents(receivables.aging.total.totalCents))
  expect(aging.text).toMatch(/第 \d+ 页，共 \d+ 页/)
})
