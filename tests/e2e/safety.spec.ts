import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { seedDemoData, startKehuServer, type KehuServer } from './server'

/** Screenshots for review go here (not compared: looked at). */
const SHOTS = process.env.KEHU_SHOTS ?? join(tmpdir(), 'shots-safety')

async function call(server: KehuServer, method: string, input: unknown = {}): Promise<unknown> {
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify(input),
  })
  const result = (await response.json()) as { ok: boolean; value?: unknown }
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`)
  return result.value
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
}

/** A data folder with customers and a backup, whose database is then damaged on disk. */
async function damagedDataFolder(appearance: { locale: 'zh-CN' | 'en'; theme: 'light' | 'dark' }) {
  const dataDir = await mkdtemp(join(tmpdir(), 'kehu-e2e-damaged-'))
  await seedDemoData(dataDir, 300)
  const server = await startKehuServer({ dataDir })
  await call(server, 'settings.update', { ...appearance, onboarded: true })
  await call(server, 'backups.create')
  await server.stop()
  const fd = openSync(join(dataDir, 'kehu.db'), 'r+')
  writeSync(fd, Buffer.alloc(4096 * 8, 0x5a), 0, 4096 * 8, 4096 * 4)
  closeSync(fd)
  return dataDir
}

test('a damaged database opens on the recovery screen, and the newest good backup brings the data back', async ({
  page,
}) => {
  const dataDir = await damagedDataFolder({ locale: 'zh-CN', theme: 'light' })
  const server = await startKehuServer({ dataDir })
  try {
    await page.goto(server.url)
    const screen = page.getByTestId('recovery-screen')
    await expect(screen).toBeVisible()
    await expect(screen).toContainText('数据库文件已损坏')
    await expect(screen).toContainText(join(dataDir, 'kehu.db'))
    await shoot(page, 'recovery-zh-light')
    await page.getByTestId('recovery-restore-newest').click()
    await expect(page.getByTestId('recovery-screen')).toBeHidden()
    await gotoApp(page, server, '/customers')
    await expect(page.getByText('共 300 位客户')).toBeVisible()
  } finally {
    await server.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
})

test('the recovery screen in English and dark, as the owner last had it', async ({ page }) => {
  const dataDir = await damagedDataFolder({ locale: 'en', theme: 'dark' })
  const server = await startKehuServer({ dataDir })
  try {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(server.url)
    await expect(page.getByTestId('recovery-screen')).toContainText('The database file is damaged')
    await shoot(page, 'recovery-en-dark')
  } finally {
    await server.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
})

test('the password lock: nothing shows before the password, a wrong one is refused', async ({
  page,
  kehu,
}) => {
  await kehu.call('settings.update', { onboarded: true, companyName: '杭州鑫源贸易有限公司' })
  await kehu.call('customers.create', { name: '保密客户有限公司' })
  expect((await kehu.call('app.setPassword', { password: 'kehu2026' })).ok).toBe(true)
  await kehu.call('app.lock')

  await gotoApp(page, kehu, '/customers')
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await expect(page.getByText('保密客户有限公司')).toHaveCount(0)
  await expect(page.getByText('杭州鑫源贸易有限公司')).toHaveCount(0)
  await shoot(page, 'lock-zh-light')
  await page.getByTestId('lock-password').fill('wrong')
  await page.getByTestId('lock-password').press('Enter')
  await expect(page.getByText('密码不对。')).toBeVisible()
  await shoot(page, 'lock-zh-light-wrong')
  await page.getByTestId('lock-password').fill('kehu2026')
  await page.getByTestId('lock-unlock').click()
  await expect(page.getByText('保密客户有限公司')).toBeVisible()
})

test('the lock screen in English and dark', async ({ page, kehu }) => {
  await kehu.call('settings.update', { onboarded: true, locale: 'en', theme: 'dark' })
  await kehu.call('app.setPassword', { password: 'kehu2026' })
  await kehu.call('app.lock')
  await page.emulateMedia({ colorScheme: 'dark' })
  await gotoApp(page, kehu)
  await expect(page.getByTestId('lock-screen')).toContainText('Kehu is locked')
  await shoot(page, 'lock-en-dark')
})

for (const look of [
  { name: 'zh-light', locale: 'zh-CN', theme: 'light' },
  { name: 'en-dark', locale: 'en', theme: 'dark' },
] as const) {
  test(`settings panels (${look.name})`, async ({ page, kehu }) => {
    await kehu.call('settings.update', {
      onboarded: true,
      locale: look.locale,
      theme: look.theme,
      companyName: '杭州鑫源贸易有限公司',
      companyAddress: '浙江省杭州市西湖区文三路 90 号',
      companyPhone: '0571-8888 6666',
    })
    await kehu.call('customers.create', { name: '备份用客户' })
    await kehu.call('backups.create')
    if (look.theme === 'dark') await page.emulateMedia({ colorScheme: 'dark' })
    await page.setViewportSize({ width: 1280, height: 900 })
    await gotoApp(page, kehu, '/settings')
    await expect(page.getByTestId('backup-folder')).toContainText(join(kehu.dataDir, 'backups'))
    await page.getByTestId('integrity-check').click()
    await expect(page.getByTestId('integrity-ok')).toBeVisible()
    const sections = page.locator('section')
    const count = await sections.count()
    for (let i = 0; i < count; i++) {
      const section = sections.nth(i)
      const title = (await section.locator('h2').first().textContent()) ?? `section-${i}`
      await section.scrollIntoViewIfNeeded()
      mkdirSync(SHOTS, { recursive: true })
      await section.screenshot({
        path: join(SHOTS, `settings-${look.name}-${i}-${title.replace(/\W+/g, '_')}.png`),
      })
    }
  })
}
