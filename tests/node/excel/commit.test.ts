import { describe, expect, it } from 'vitest'
import { openTestCore, snapshotDatabase } from '../helpers'
import { call, file, ok, xlsxFile } from './helpers'

const SHEET = [
  ['客户名称', '联系人', '手机', '邮箱', '客户级别', '负责人', '标签'],
  ['杭州华达贸易有限公司', '王伟', '138 0013 8000', 'info@huada.cn', 'A', '张经理', '重点客户'],
  ['宁波恒通机械有限公司', null, '139-0000-1234', null, 'B', null, null],
]

describe('an imported customer', () => {
  it('has exactly the rows customers.create and contacts.create write', async () => {
    const imported = openTestCore()
    imported.ok('customFields.create', { entity: 'customer', label: '年采购额', type: 'money' })
    await ok(imported, 'imports.commit', {
      entity: 'customers',
      file: file(
        'a.xlsx',
        await xlsxFile([
          [...SHEET[0]!, '省份', '生日', '备注', '年采购额'],
          [...SHEET[1]!, '浙江省', '1980-05-06', '年底有采购计划', '12,345.67'],
          [...SHEET[2]!, null, null, null, null],
        ]),
      ),
      onDuplicate: 'skip',
    })
    const created = openTestCore()
    const money = created.ok('customFields.create', {
      entity: 'customer',
      label: '年采购额',
      type: 'money',
    })
    const owner = created.ok('owners.create', { name: '张经理' })
    const first = created.ok('customers.create', {
      name: '杭州华达贸易有限公司',
      phone: '138 0013 8000',
      email: 'info@huada.cn',
      grade: 'A',
      ownerId: owner.id,
      tags: ['重点客户'],
      province: '浙江省',
      birthday: '1980-05-06',
      notes: '年底有采购计划',
      custom: { [money.key]: 1_234_567 },
    })
    created.ok('contacts.create', { customerId: first.id, name: '王伟' })
    created.ok('customers.create', {
      name: '宁波恒通机械有限公司',
      phone: '139-0000-1234',
      grade: 'B',
    })
    const tables = (dir: string) =>
      snapshotDatabase(dir)
        .split('\n')
        .filter((line) =>
          /^(customers|contacts|customer_tags|tags|owners|customer_search|customer_search_chars):/.test(
            line,
          ),
        )
        .join('\n')
    expect(tables(imported.dataDir)).toBe(tables(created.dataDir))
    // The history, entry by entry and key by key in order (the importer builds the
    // create entry from the row, customers.create from the detail).
    const history = (core: typeof created, id: number) =>
      core
        .ok('customers.history', { id })
        .rows.map((r) => ({ action: r.action, changes: JSON.stringify(r.changes) }))
    for (const id of [1, 2]) expect(history(imported, id)).toEqual(history(created, id))
    expect(JSON.parse(history(imported, 1).at(-1)!.changes)).toMatchObject({
      custom: { after: { [money.key]: 1_234_567 } },
      tags: { after: ['重点客户'] },
    })
  })
})

describe('the history of an import', () => {
  it('has every row of every customer, each in order, also when a later row updates an earlier one', async () => {
    // 123 customers: their history rows are written 50 to a statement, what is left one by one.
    const rows: unknown[][] = [['客户名称', '联系人', '手机', '客户级别']]
    for (let i = 0; i < 123; i++)
      rows.push([`测试客户${i}有限公司`, `联系人${i}`, `1380000${String(i).padStart(4, '0')}`, 'C'])
    // The first customer again (same phone), while its history rows still wait for their
    // statement: updated, with a second contact, after its own creation.
    rows.splice(3, 0, ['测试客户0有限公司', '新联系人', '13800000000', 'A'])
    const core = openTestCore()
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('many.xlsx', await xlsxFile(rows as never)),
      onDuplicate: 'update',
    })
    expect(summary).toMatchObject({ created: 123, updated: 1, rejected: 0 })
    const actions = (id: number) => core.ok('customers.history', { id }).rows.map((r) => r.action)
    // Newest first: the update and its contact come after the creation and the first contact.
    expect(actions(1)).toEqual(['contact.create', 'update', 'contact.create', 'create'])
    expect(core.ok('customers.get', { id: 1 }).grade).toBe('A')
    for (const id of [2, 50, 51, 123]) expect(actions(id)).toEqual(['contact.create', 'create'])
    const history = core.ok('customers.history', { id: 123 }).rows
    expect(history.at(-1)!.changes).toMatchObject({
      name: { after: '测试客户122有限公司' },
    })
  })
})

describe('duplicates', () => {
  const again = [
    ['客户名称', '手机', '客户级别', '备注'],
    ['华达贸易', '13800138000', 'C', '老客户'],
    ['全新客户有限公司', '13700001111', 'D', null],
    ['全新客户有限公司', '13700001111', 'D', null],
  ]

  async function prepared() {
    const core = openTestCore()
    await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('a.xlsx', await xlsxFile(SHEET)),
      onDuplicate: 'skip',
    })
    return core
  }

  it('skip: matches on the phone digits, within the file too', async () => {
    const core = await prepared()
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('b.xlsx', await xlsxFile(again)),
      onDuplicate: 'skip',
    })
    expect(summary).toMatchObject({ created: 1, skipped: 2, updated: 0 })
    expect(core.ok('customers.list', { q: '华达' }).rows[0]!.grade).toBe('A')
  })

  it('update: fills what the sheet has, keeps what it leaves blank, and undo restores it', async () => {
    const core = await prepared()
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('b.xlsx', await xlsxFile(again)),
      onDuplicate: 'update',
    })
    expect(summary).toMatchObject({ created: 1, updated: 2 })
    const huada = core.ok('customers.list', { q: '13800138000' }).rows[0]!
    expect(huada).toMatchObject({
      grade: 'C',
      notes: '老客户',
      email: 'info@huada.cn',
      name: '华达贸易',
    })
    const undone = core.ok('imports.undo', { id: summary.importId })
    expect(undone).toMatchObject({ removed: 1, restored: 1 })
    expect(core.ok('customers.get', { id: huada.id })).toMatchObject({
      grade: 'A',
      notes: null,
      name: '杭州华达贸易有限公司',
    })
    expect(core.ok('customers.list', {}).total).toBe(2)
  })

  it('create: no duplicate check at all', async () => {
    const core = await prepared()
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('b.xlsx', await xlsxFile(again)),
      onDuplicate: 'create',
    })
    expect(summary).toMatchObject({ created: 3, skipped: 0 })
  })

  it('undo keeps a record edited since the import, in the recycle bin', async () => {
    const core = openTestCore()
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('a.xlsx', await xlsxFile(SHEET)),
      onDuplicate: 'skip',
    })
    core.clock.advance(60_000)
    const edited = core.ok('customers.list', { q: '恒通' }).rows[0]!
    core.ok('customers.update', { id: edited.id, notes: '改过' })
    expect(core.ok('imports.undo', { id: summary.importId })).toMatchObject({
      removed: 1,
      binned: 1,
    })
    expect(core.ok('customers.list', { filter: { deleted: true } }).rows.map((r) => r.id)).toEqual([
      edited.id,
    ])
    expect(core.call('imports.undo', { id: summary.importId })).toMatchObject({
      ok: false,
      error: { key: 'errors.importAlreadyUndone' },
    })
  })
})

describe('all or nothing', () => {
  it('rejected rows do not stop the good ones; each has its reason', async () => {
    const core = openTestCore()
    const sheet = [
      ['客户名称', '邮箱', '客户级别', '生日'],
      ['好客户', 'a@b.cn', 'A', null],
      [null, 'x@y.cn', 'B', null],
      ['坏邮箱', 'nope', 'B', null],
      ['坏级别', null, 'Z', null],
      ['未来', null, null, '2099-01-01'],
    ]
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('x.xlsx', await xlsxFile(sheet)),
      onDuplicate: 'skip',
    })
    expect(summary).toMatchObject({ created: 1, rejected: 4, committed: true })
    const { readBack } = await import('./helpers')
    const book = await readBack(summary.rejectedFile!.base64)
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]
    expect(rows[0]!.at(-1)).toBe('原因')
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual([
      '客户名称不能为空',
      '邮箱不是有效的邮箱地址',
      '客户级别只能是 A / B / C / D：Z',
      '生日不能是将来的日期',
    ])
  })

  it('with the header row and mapping the preview settled, the rejected file keeps the headers', async () => {
    const core = openTestCore()
    const sheet = [['2024年客户表'], ['公司', '邮件'], ['好客户', 'a@b.cn'], ['坏邮箱', 'nope']]
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('x.xlsx', await xlsxFile(sheet)),
      headerRow: 2,
      mapping: ['name', 'email'],
      onDuplicate: 'skip',
    })
    expect(summary).toMatchObject({ created: 1, rejected: 1 })
    const { readBack } = await import('./helpers')
    const rows = (await readBack(summary.rejectedFile!.base64)).worksheets[0]!.getSheetValues()
    expect((rows[1] as unknown[]).slice(1)).toEqual(['公司', '邮件', '原因'])
    expect((rows[2] as unknown[]).slice(1)).toEqual(['坏邮箱', 'nope', '邮件不是有效的邮箱地址'])
  })

  it('a cancel leaves the database exactly as before', async () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '原有客户' })
    const before = snapshotDatabase(core.dataDir)
    const rows = [['客户名称'], ...Array.from({ length: 3000 }, (_, i) => [`客户${i}`])]
    const pending = call(core, 'imports.commit', {
      entity: 'customers',
      file: file('c.xlsx', await xlsxFile(rows)),
      onDuplicate: 'create',
      jobId: 'job-1',
    })
    // Cancel as soon as the import holds the connection (the first chunk is being written).
    while (
      core.api.dispatch('imports.cancel', { jobId: 'job-1' }).ok === false ||
      !(await waitHeld(core))
    );
    const result = await pending
    expect(result).toMatchObject({ ok: false, error: { key: 'errors.importCancelled' } })
    expect(snapshotDatabase(core.dataDir)).toBe(before)
    // The pre-import backup was made; everything else is as it was.
    expect(core.ok('backups.list', null).map((b) => b.reason)).toContain('import')
  })

  it('a sync call meanwhile gets BUSY; an async one waits its turn', async () => {
    const core = openTestCore()
    const rows = [['客户名称'], ...Array.from({ length: 2000 }, (_, i) => [`客户${i}`])]
    const pending = call(core, 'imports.commit', {
      entity: 'customers',
      file: file('c.xlsx', await xlsxFile(rows)),
      onDuplicate: 'create',
    })
    let sawBusy = false
    let waited: Promise<unknown> | null = null
    for (let i = 0; i < 10_000 && !sawBusy; i++) {
      await new Promise((resolve) => setImmediate(resolve))
      const answer = core.api.dispatch('customers.list', {})
      if (!answer.ok && answer.error.key === 'errors.busyJob') {
        sawBusy = true
        waited = call(core, 'customers.list', { pageSize: 1 })
      }
    }
    expect(sawBusy).toBe(true)
    await pending
    expect(await waited).toMatchObject({ ok: true, value: { total: 2000 } })
  })
})

/** True once the import is writing (its transaction is open). */
async function waitHeld(core: ReturnType<typeof openTestCore>): Promise<boolean> {
  await new Promise((resolve) => setImmediate(resolve))
  const answer = core.api.dispatch('customers.list', {})
  return !answer.ok && answer.error.key === 'errors.busyJob'
}
