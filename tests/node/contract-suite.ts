import { describe, expect, it } from 'vitest'
import type { Customer, CustomerDetail, ListResult, Result } from '../../src/shared/api'
import { snapshotDatabase } from './helpers'

/** A transport as the contract suite sees it: a method call and the data folder behind it. */
export interface Transport {
  call(method: string, input?: unknown): Promise<Result<unknown>>
  dataDir: string
  close(): Promise<void>
}

async function ok<T>(transport: Transport, method: string, input?: unknown): Promise<T> {
  const result = await transport.call(method, input)
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

/** The contract of API.md, run against every transport so they cannot drift. */
export function contractSuite(name: string, open: () => Promise<Transport>): void {
  describe(`contract through ${name}`, () => {
    it('app.info names version, data folder, schema version and locale', async () => {
      const t = await open()
      const info = await ok<Record<string, unknown>>(t, 'app.info', {})
      expect(info).toMatchObject({ dataDir: t.dataDir, locale: 'zh-CN' })
      expect(info.schemaVersion).toBeGreaterThanOrEqual(1)
      expect(typeof info.version).toBe('string')
      await t.close()
    })

    it('creates, gets, updates, lists, deletes and restores a customer', async () => {
      const t = await open()
      const created = await ok<CustomerDetail>(t, 'customers.create', {
        name: '杭州鑫源贸易有限公司',
        grade: 'A',
        stage: 'prospect',
        phone: '0571-8888 1234',
        tags: ['重点客户'],
      })
      expect(created).toMatchObject({
        name: '杭州鑫源贸易有限公司',
        grade: 'A',
        stage: 'prospect',
        code: 'KH000001',
      })
      expect(created.tags.map((tag) => tag.name)).toEqual(['重点客户'])
      expect(created).toMatchObject({
        lifetimeRevenueCents: 0,
        receivedCents: 0,
        outstandingCents: 0,
        contacts: [],
      })

      const fetched = await ok<CustomerDetail>(t, 'customers.get', { id: created.id })
      expect(fetched.name).toBe(created.name)

      const updated = await ok<CustomerDetail>(t, 'customers.update', {
        id: created.id,
        grade: 'B',
        email: 'a@b.cn',
      })
      expect(updated).toMatchObject({ grade: 'B', email: 'a@b.cn', name: created.name })

      const listed = await ok<ListResult<Customer>>(t, 'customers.list', { q: '鑫源' })
      expect(listed.total).toBe(1)
      expect(listed.rows[0]?.id).toBe(created.id)

      expect(await ok(t, 'customers.delete', { id: created.id })).toBeNull()
      expect((await ok<ListResult<Customer>>(t, 'customers.list', {})).total).toBe(0)
      expect(
        (await ok<ListResult<Customer>>(t, 'customers.list', { filter: { deleted: true } })).total,
      ).toBe(1)
      expect(await ok(t, 'customers.restore', { id: created.id })).toBeNull()
      expect((await ok<ListResult<Customer>>(t, 'customers.list', {})).total).toBe(1)
      await t.close()
    })

    it('answers bad input with VALIDATION and changes nothing', async () => {
      const t = await open()
      await ok(t, 'customers.create', { name: '基准客户' })
      const before = snapshotDatabase(t.dataDir)
      const bad: [string, unknown][] = [
        ['customers.create', {}],
        ['customers.create', { name: 42 }],
        ['customers.create', { name: 'x'.repeat(100_000) }],
        ['customers.create', { name: '客户', grade: 'Z' }],
        ['customers.create', { name: '客户', email: 'not-an-email' }],
        ['customers.create', { name: '客户', birthday: '2026-02-30' }],
        ['customers.create', { name: '客户', ownerId: -1 }],
        ['customers.create', { name: '客户', unknownField: true }],
        ['customers.update', { id: 'one' }],
        ['customers.get', {}],
        ['customers.list', { pageSize: 10_000 }],
        ['customers.list', { sort: { field: 'password', dir: 'asc' } }],
        ['customers.delete', { id: 1.5 }],
        ['owners.create', { name: '' }],
        ['settings.update', { locale: 'fr' }],
        ['demo.load', { customers: -5 }],
      ]
      for (const [method, input] of bad) {
        const result = await t.call(method, input)
        expect(result.ok, `${method} ${JSON.stringify(input).slice(0, 60)}`).toBe(false)
        if (!result.ok) {
          expect(result.error.code).toBe('VALIDATION')
          expect(result.error.details?.length).toBeGreaterThan(0)
          expect(result.error.details?.[0]?.key).toMatch(/^errors\./)
        }
      }
      expect(snapshotDatabase(t.dataDir)).toBe(before)
      await t.close()
    })

    it('answers unknown ids with NOT_FOUND and unknown methods too', async () => {
      const t = await open()
      for (const method of [
        'customers.get',
        'customers.update',
        'customers.delete',
        'customers.restore',
      ]) {
        const result = await t.call(method, { id: 999_999 })
        expect(result.ok).toBe(false)
        if (!result.ok)
          expect([result.error.code, result.error.key]).toEqual(['NOT_FOUND', 'errors.notFound'])
      }
      const unknown = await t.call('customers.explode', {})
      expect(unknown.ok === false && unknown.error.code).toBe('NOT_FOUND')
      await t.close()
    })

    it('refuses a duplicate customer code with CONFLICT naming the other record', async () => {
      const t = await open()
      await ok(t, 'customers.create', { name: '第一家', code: 'A-001' })
      const result = await t.call('customers.create', { name: '第二家', code: 'A-001' })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error).toMatchObject({
          code: 'CONFLICT',
          key: 'errors.customerCodeTaken',
          params: { name: '第一家' },
        })
      }
      await t.close()
    })
  })
}
