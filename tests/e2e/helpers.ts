import type { Page } from '@playwright/test'
import type { CustomerCreateInput, CustomerDetail } from '../../src/shared/api'
import { localDate } from '../../src/shared/dates'
import { expect, type Kehu } from './fixtures'

/** Today on this machine, as the core and the browser (same machine, same zone) see it. */
export const today = () => localDate(Date.now())
export const tomorrow = () => localDate(Date.now() + 86_400_000 + 60_000)
/** The local date `days` from today (negative: before). */
export const daysFromToday = (days: number) => localDate(Date.now() + days * 86_400_000)

/** A customer made through the API, past the first-run screen. */
export async function createCustomer(
  kehu: Kehu,
  input: CustomerCreateInput,
): Promise<CustomerDetail> {
  const settings = await kehu.call('settings.update', { onboarded: true })
  expect(settings.ok).toBe(true)
  const created = await kehu.call('customers.create', input)
  if (!created.ok) throw new Error(created.error.message)
  return created.value
}

/** Opens a Mantine select by its test id and picks the option with that exact name. */
export async function pickOption(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** The value of an API call made by a test; its error, if any, fails the test. */
export async function value<T>(
  promise: Promise<{ ok: boolean; value?: T; error?: unknown }>,
): Promise<T> {
  const result = await promise
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as T
}

/** A full-page screenshot in the test's output folder, or in KEHU_SHOTS_DIR when set. */
export async function shot(
  page: Page,
  name: string,
  testInfo: { outputPath: (n: string) => string },
) {
  const dir = process.env.KEHU_SHOTS_DIR
  await page.screenshot({
    path: dir ? `${dir}/${name}.png` : testInfo.outputPath(`${name}.png`),
    fullPage: true,
  })
}

/** Past the first-run screen, in a language and theme, with the company name print headers use. */
export async function onboard(
  kehu: Kehu,
  locale: 'zh-CN' | 'en' = 'zh-CN',
  theme: 'light' | 'dark' = 'light',
) {
  await value(
    kehu.call('settings.update', {
      onboarded: true,
      companyName: '客户科技有限公司',
      locale,
      theme,
    }),
  )
}
