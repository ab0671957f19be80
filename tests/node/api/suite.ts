import { describe, expect, it } from 'vitest'
import { snapshotDatabase } from '../helpers'
import { ok, type Transport } from './transport'

export type { Transport } from './transport'

/** The contract of API.md, run against every transport so they cannot drift. */
export function contractSuite(name: string, open: () => Promise<Transport>): void {
  describe(`contract through ${name}`, () => {
    it('app.info names version, data folder, schema version and locale', async () => {
      const t = await open()
      const info = await ok(t, 'app.info', {})
      expect(info).toMatchObject({ dataDir: t.dataDir, locale: 'zh-CN' })
      expect(info.schemaVersion).toBeGreaterThanOrEqual(1)
      expect(typeof info.version).toBe('string')
      await t.close()
    })

    it('creates, gets, updates, lists, deletes and restores a customer', async () => {
      const t = await open()
      const created = await ok(t, 'customers.create', {
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

      const fetched = await ok(t, 'customers.get', { id: created.id })
      expect(fetched.name).toBe(created.name)

      const updated = await ok(t, 'customers.update', {
        id: created.id,
        grade: 'B',
        email: 'a@b.cn',
      })
      expect(updated).toMatchObject({ grade: 'B', email: 'a@b.cn', name: created.name })

      const listed = await ok(t, 'customers.list', { q: '鑫源' })
      expect(listed.total).toBe(1)
      expect(listed.rows[0]?.id).toBe(created.id)

      expect(await ok(t, 'customers.delete', { id: created.id })).toBeNull()
      expect((await ok(t, 'customers.list', {})).total).toBe(0)
      expect((await ok(t, 'customers.list', { filter: { deleted: true } })).total).toBe(1)
      expect(await ok(t, 'customers.restore', { id: created.id })).toBeNull()
      expect((await ok(t, 'customers.list', {})).total).toBe(1)
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

    it('keeps import templates per entity: saves, lists, deletes; a second delete is NOT_FOUND', async () => {
      const t = await open()
      const saved = await ok(t, 'imports.saveTemplate', {
        entity: 'customers',
        name: '老客户表',
        headers: ['公司全名', '电话'],
        mapping: ['name', 'phone'],
      })
      expect(await ok(t, 'imports.templates', { entity: 'customers' })).toMatchObject([
        { id: saved.id, name: '老客户表', mapping: ['name', 'phone'] },
      ])
      expect(await ok(t, 'imports.templates', { entity: 'contacts' })).toEqual([])
      expect(await ok(t, 'imports.deleteTemplate', { id: saved.id })).toBeNull()
      expect(await ok(t, 'imports.templates', { entity: 'customers' })).toEqual([])
      const again = await t.call('imports.deleteTemplate', { id: saved.id })
      expect(again.ok === false && again.error.code).toBe('NOT_FOUND')
      await t.close()
    })

    it('stores the company logo as its bytes, refuses what is not an image, and removes it', async () => {
      const t = await open()
      expect(await ok(t, 'company.logo', {})).toBeNull()
      const png = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
        'base64',
      )
      await ok(t, 'company.setLogo', {
        logo: { name: '公司标志.png', base64: png.toString('base64') },
      })
      expect(await ok(t, 'company.logo', {})).toEqual({
        name: '公司标志.png',
        base64: png.toString('base64'),
        mimeType: 'image/png',
      })
      const before = snapshotDatabase(t.dataDir)
      const text = await t.call('company.setLogo', {
        logo: { name: 'a.png', base64: Buffer.from('not an image').toString('base64') },
      })
      expect(text.ok === false && text.error.code).toBe('VALIDATION')
      expect(snapshotDatabase(t.dataDir)).toBe(before)
      expect((await ok(t, 'company.logo', {}))?.name).toBe('公司标志.png')
      await ok(t, 'company.setLogo', { logo: null })
      expect(await ok(t, 'company.logo', {})).toBeNull()
      await t.close()
    })
  })
}
