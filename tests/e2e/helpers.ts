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
