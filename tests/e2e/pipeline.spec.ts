import type { Locator, Page } from '@playwright/test'
import type { PipelineStage } from '../../src/shared/api'
import { expect, gotoApp, test, type Kehu } from './fixtures'
import { createCustomer, pickOption } from './helpers'

/**
 * The pipeline board against the real core: deals made in the UI and through the API,
 * dragged with the mouse and moved with the keyboard, won and lost from the board, column
 * totals that follow, the same board after a reload; a deal from a customer page; stage
 * settings (rename, remove with the deals moved elsewhere) in English.
 */

async function stagesOf(kehu: Kehu): Promise<PipelineStage[]> {
  const stages = await kehu.call('pipeline.stages')
  if (!stages.ok) throw new Error(stages.error.message)
  return stages.value
}

async function createDeal(
  kehu: Kehu,
  customerId: number,
  title: string,
  amountCents: number,
  stageId: number,
) {
  const deal = await kehu.call('deals.create', { customerId, title, amountCents, stageId })
  if (!deal.ok) throw new Error(deal.error.message)
  return deal.value
}

async function dealOf(kehu: Kehu, id: number) {
  const deal = await kehu.call('deals.get', { id })
  if (!deal.ok) throw new Error(deal.error.message)
  return deal.value
}

const column = (page: Page, stage: string) =>
  page.locator(`[data-testid="board-column"][data-stage-name="${stage}"]`)
const card = (page: Page, title: string) => page.getByTestId('deal-card').filter({ hasText: title })
const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]')

/** A real pointer drag: press, move past the activation distance in steps, release. */
/** No write or refetch in flight: the board will not re-render under the pointer mid-drag. */
async function boardQuiet(page: Page) {
  await expect(page.getByTestId('board')).toHaveAttribute('data-busy', 'false')
}

async function dragWithMouse(page: Page, from: Locator, to: Locator) {
  await boardQuiet(page)
  const source = await from.boundingBox()
  const target = await to.boundingBox()
  if (!source || !target) throw new Error('nothing to drag from or to')
  await page.mouse.move(source.x + source.width / 2, source.y + 12)
  await page.mouse.down()
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + 20, { steps: 4 })
  await expect(page.getByTestId('board')).toHaveAttribute('data-dragging', 'true')
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 })
  // Drop only once the board has seen the pointer over the target (a busy machine renders late).
  await expect(to).toHaveAttribute('data-over', 'true')
  await page.mouse.up()
}

async function expectColumn(page: Page, stage: string, count: number, total: string) {
  const header = column(page, stage).getByTestId('board-column-header')
  await expect(header.getByTestId('board-column-count')).toHaveText(String(count))
  await expect(header.getByTestId('board-column-total')).toHaveText(total)
}

test('deals on the board: create, drag with the mouse, move with the keyboard, lose with a reason, win, reload', async ({
  page,
  kehu,
}) => {
  const stages = await stagesOf(kehu)
  const [first, second, third, fourth] = stages.filter((stage) => stage.kind === 'open')
  expect([first?.name, fourth?.name]).toEqual(['初步接洽', '谈判'])
  const acme = await createCustomer(kehu, { name: '杭州鑫源贸易有限公司' })
  const other = await createCustomer(kehu, { name: '上海李四科技有限公司' })
  await createDeal(kehu, other.id, '仓储管理系统升级', 8_000_000, first!.id)
  await createDeal(kehu, other.id, '服务器扩容', 1_234_550, first!.id)
  await createDeal(kehu, acme.id, '年度保养合同', 500_000, second!.id)
  await createDeal(kehu, acme.id, '华东区代理合作', 3_000_000, third!.id)

  await gotoApp(page, kehu, '/pipeline')
  await expect(page.getByTestId('board-column')).toHaveCount(4)
  await expectColumn(page, '初步接洽', 2, '¥92,345.50')

  // A new deal through the form, found by pinyin initials in the customer picker.
  await page.getByTestId('deal-new').click()
  const form = page.getByTestId('deal-form')
  await form.getByTestId('deal-customerId').fill('hzxy')
  await page.getByRole('option', { name: '杭州鑫源贸易有限公司' }).click()
  await form.getByTestId('deal-title').fill('年度办公设备采购')
  await form.getByTestId('deal-amountCents').fill('12800.5')
  await form.getByTestId('deal-title').press('Enter')
  await expect(form).toBeHidden()
  await expect(card(page, '年度办公设备采购')).toBeVisible()
  await expectColumn(page, '初步接洽', 3, '¥105,146.00')

  // The mouse: 初步接洽 → 谈判.
  await dragWithMouse(page, card(page, '仓储管理系统升级'), column(page, '谈判'))
  await expect(column(page, '谈判').getByTestId('deal-card')).toHaveCount(1)
  await expectColumn(page, '初步接洽', 2, '¥25,146.00')
  await expectColumn(page, '谈判', 1, '¥80,000.00')
  await expect(
    column(page, '谈判').getByTestId('board-column-header').getByTestId('board-column-weighted'),
  ).toHaveText('加权 ¥56,000.00')

  // The keyboard: Space picks up, → three times crosses three columns, Space drops.
  const moving = card(page, '服务器扩容')
  await moving.focus()
  await page.keyboard.press('Space')
  await expect(page.getByTestId('board')).toHaveAttribute('data-dragging', 'true')
  for (const stage of ['需求确认', '方案报价', '谈判']) {
    await page.keyboard.press('ArrowRight')
    await expect(liveRegion(page)).toContainText(`「${stage}」`)
  }
  await page.keyboard.press('Space')
  await expect(column(page, '谈判').getByTestId('deal-card')).toHaveCount(2)
  await expectColumn(page, '初步接洽', 1, '¥12,800.50')
  await expectColumn(page, '谈判', 2, '¥92,345.50')
  const movedId = Number(await moving.getAttribute('data-deal-id'))
  await expect.poll(async () => (await dealOf(kehu, movedId)).stageName).toBe('谈判')

  // Lost, from the card's menu, with a reason from the list.
  const lost = card(page, '年度保养合同')
  const lostId = Number(await lost.getAttribute('data-deal-id'))
  await lost.hover()
  await lost.getByTestId('deal-card-menu').click()
  await page.getByTestId('deal-menu-lost').click()
  const dialog = page.getByTestId('lost-reason-form')
  await dialog.getByTestId('lost-confirm').click()
  await expect(dialog.getByText('请选择或填写输单原因')).toBeVisible()
  await pickOption(page, 'lost-reason-select', '价格太高')
  await dialog.getByTestId('lost-confirm').click()
  await expect(dialog).toBeHidden()
  await expect(lost).toHaveCount(0)
  await expectColumn(page, '需求确认', 0, '¥0.00')
  await expect(page.getByTestId('deal-close-undo')).toBeVisible()
  await expect.poll(async () => (await dealOf(kehu, lostId)).lostReason).toBe('价格太高')

  // Won, by dropping the card on the won zone that appears while dragging.
  await boardQuiet(page)
  const won = card(page, '华东区代理合作')
  const wonId = Number(await won.getAttribute('data-deal-id'))
  const source = (await won.boundingBox())!
  await page.mouse.move(source.x + source.width / 2, source.y + 12)
  await page.mouse.down()
  await page.mouse.move(source.x + source.width / 2, source.y + 40, { steps: 4 })
  const zone = page.getByTestId('close-zone-won')
  await expect(zone).toBeVisible()
  const zoneBox = (await zone.boundingBox())!
  await page.mouse.move(zoneBox.x + zoneBox.width / 2, zoneBox.y + zoneBox.height / 2, {
    steps: 12,
  })
  await expect(zone).toHaveAttribute('data-over', 'true')
  await page.mouse.up()
  await page.getByTestId('won-confirm').click()
  await expect(won).toHaveCount(0)
  await expectColumn(page, '方案报价', 0, '¥0.00')
  await expect.poll(async () => (await dealOf(kehu, wonId)).status).toBe('won')
  await expect(page.getByTestId('board-totals')).toHaveAttribute('data-count', '3')
  await expect(page.getByTestId('board-totals')).toHaveAttribute('data-total', '10514600')

  // The same board after a reload, in the same order.
  const order = async () =>
    Object.fromEntries(
      await Promise.all(
        ['初步接洽', '需求确认', '方案报价', '谈判'].map(
          async (stage) =>
            [
              stage,
              await column(page, stage).getByTestId('deal-card-title').allTextContents(),
            ] as const,
        ),
      ),
    )
  const before = await order()
  expect(before).toEqual({
    初步接洽: ['年度办公设备采购'],
    需求确认: [],
    方案报价: [],
    // The keyboard lands on a column's first place.
    谈判: ['服务器扩容', '仓储管理系统升级'],
  })
  await page.reload()
  await expect(page.getByTestId('deal-card')).toHaveCount(3)
  expect(await order()).toEqual(before)
  await expectColumn(page, '谈判', 2, '¥92,345.50')

  // The list view holds every deal, closed ones too; a row opens the drawer with its history.
  await page.getByTestId('pipeline-view').locator('label', { hasText: '列表' }).click()
  await expect(page.getByTestId('deal-list-total')).toHaveAttribute('data-count', '5')
  await page.getByTestId('deal-row').filter({ hasText: '服务器扩容' }).click()
  const drawer = page.getByTestId('deal-drawer')
  await expect(drawer.getByTestId('deal-history-entry')).toHaveCount(2)
  await expect(drawer.getByTestId('deal-history-entry').first()).toContainText('谈判')
  await page.reload()
  await expect(page.getByTestId('deal-drawer').getByTestId('deal-title')).toHaveValue('服务器扩容')
  await expect(page.getByTestId('deal-drawer').getByTestId('deal-history-entry')).toHaveCount(2)
})

test('in English: a deal from a customer page, then the stages renamed and one removed with its deals moved', async ({
  page,
  kehu,
}) => {
  const customer = await createCustomer(kehu, { name: 'Northwind Trading' })
  await kehu.call('settings.update', { locale: 'en' })
  const stages = await stagesOf(kehu)
  const open = stages.filter((stage) => stage.kind === 'open')
  await createDeal(kehu, customer.id, 'Spare parts', 100_000, open[1]!.id)

  await gotoApp(page, kehu, `/customers/${customer.id}?tab=deals`)
  const panel = page.getByTestId('customer-deals-panel')
  await expect(panel.getByTestId('customer-deal-row')).toHaveCount(1)
  await panel.getByTestId('customer-deal-new').click()
  const form = page.getByTestId('deal-form')
  await expect(form.getByTestId('deal-customerId')).toHaveValue('Northwind Trading')
  await form.getByTestId('deal-title').fill('Warehouse fit-out')
  await form.getByTestId('deal-amountCents').fill('45,000')
  await form.getByTestId('deal-save').click()
  await expect(form).toBeHidden()
  await expect(panel.getByTestId('customer-deal-row')).toHaveCount(2)
  await expect(panel.getByTestId('customer-deal-row').first()).toContainText('Warehouse fit-out')
  await expect(panel.getByTestId('customer-deal-row').first()).toContainText('¥45,000.00')

  // Stage settings: rename the first stage, remove the second with its deal moved to the third.
  await page.getByTestId('nav-settings').click()
  const rows = page.getByTestId('stage-row')
  const firstRow = page.locator(`[data-testid="stage-row"][data-stage-id="${open[0]!.id}"]`)
  await firstRow.getByTestId('stage-edit').click()
  await firstRow.getByTestId('stage-name-input').fill('First contact')
  await firstRow.getByTestId('stage-name-input').press('Enter')
  await expect(rows.first()).toContainText('First contact')

  const secondRow = page.locator(`[data-testid="stage-row"][data-stage-id="${open[1]!.id}"]`)
  await expect(secondRow.getByTestId('stage-deal-count')).toHaveText('1')
  await secondRow.getByTestId('stage-remove').click()
  const dialog = page.getByTestId('stage-remove-dialog')
  await expect(dialog).toContainText('still holds 1 open deal')
  await dialog.getByTestId('stage-remove-confirm').click()
  await expect(dialog.getByText('Choose where the deals go first')).toBeVisible()
  await pickOption(page, 'stage-remove-target', open[2]!.name)
  await dialog.getByTestId('stage-remove-confirm').click()
  await expect(dialog).toBeHidden()
  await expect(rows).toHaveCount(5)
  await expect(rows.filter({ hasText: open[2]!.name }).getByTestId('stage-deal-count')).toHaveText(
    '1',
  )

  // The board follows: three columns, the first renamed, the moved deal in the third.
  await page.getByTestId('nav-pipeline').click()
  await expect(page.getByTestId('board-column')).toHaveCount(3)
  await expect(page.getByTestId('board-column-name').first()).toHaveText('First contact')
  await expect(column(page, open[2]!.name).getByTestId('deal-card')).toContainText(['Spare parts'])
  await expect(page.getByTestId('board-totals')).toContainText('2 open deals')
})
