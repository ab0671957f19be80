import { expect, gotoApp, test } from './fixtures'

test('the app loads through the host with its CSP, shows the shell and answers API calls', async ({
  page,
  kehu,
}) => {
  const response = await gotoApp(page, kehu)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['content-type']).toContain('text/html')
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'")

  await expect(page.getByTestId('nav-customers')).toBeVisible()

  const info = await kehu.call('app.info', {})
  expect(info.ok).toBe(true)
  if (!info.ok) return
  expect(info.value.schemaVersion).toBeGreaterThanOrEqual(1)
})

test('the API refuses a call without the token', async ({ kehu }) => {
  const response = await fetch(`${kehu.origin}/api/app.info`, { method: 'POST', body: '{}' })
  expect(response.status).toBe(401)
})
