import { describe, expect, it } from 'vitest'
import { openTestCore, snapshotDatabase } from '../helpers'
import { call, csvFile, file, MESSY_HEADERS, ok, xlsFile, xlsxFile } from './helpers'

const ROWS = [
  MESSY_HEADERS,
  [
    1,
    '杭州华达贸易有限公司',
    '王伟',
    '138 0013 8000',
    '批发零售',
    'A级',
    new Date(Date.UTC(2024, 2, 5)),
    '老客户',
  ],
  [2, '宁波恒通机械有限公司', '李娜', '+86 139-0000-1234', '制造业', 'B', 45356, null],
  [
    3,
    '苏州鑫源科技有限公司',
    '张敏',
    '１３７００００５６７８',
    '信息技术',
    'c',
    '2024年3月5日',
    null,
  ],
  [null, null, null, null, null, null, null, null],
  [4, '上海安达物流有限公司', '陈静', '021-6555 1234', '交通物流', 'D', '2024/3/5', null],
  [5, '北京博创电子有限公司', '刘洋', '13600001111', '电子电器', 'B', '2024.03.05', null],
]

describe('imports.preview', () => {
  it('finds the header under a merged title row and maps the messy headers', async () => {
    const core = openTestCore()
    const buffer = await xlsxFile(ROWS, { title: '2024年客户信息表', dateColumns: [7] })
    const preview = await ok(core, 'imports.preview', {
      entity: 'customers',
      file: file('客户.xlsx', buffer),
    })
    expect(preview.headerRow).toBe(2)
    expect(preview.mapping).toEqual([
      null,
      'name',
      'contactName',
      'phone',
      'industry',
      'grade',
      'createdDate',
      'notes',
    ])
    expect(preview.rows).toHaveLength(5)
    expect(preview.rows.every((r) => r.problems.length === 0)).toBe(true)
    expect(preview.totalRows).toBe(6)
    expect(preview.format).toBe('xlsx')
  })

  it('refuses a 0-byte file and a text file named .xlsx before anything else', async () => {
    const core = openTestCore()
    const empty = await call(core, 'imports.preview', {
      entity: 'customers',
      file: { name: 'a.xlsx', base64: '' },
    })
    expect(empty).toMatchObject({ ok: false, error: { key: 'errors.importEmpty' } })
    const renamed = await call(core, 'imports.preview', {
      entity: 'customers',
      file: file('客户.xlsx', Buffer.from('客户名称,电话\n华达,138')),
    })
    expect(renamed).toMatchObject({ ok: false, error: { key: 'errors.importWrongType' } })
  })
})

describe('imports.commit', () => {
  it('imports the messy sheet: dates of every form, phones normalised, grades read', async () => {
    const core = openTestCore()
    const buffer = await xlsxFile(ROWS, { title: '2024年客户信息表', dateColumns: [7] })
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('客户.xlsx', buffer),
      onDuplicate: 'skip',
    })
    expect(summary).toMatchObject({
      created: 5,
      updated: 0,
      skipped: 0,
      rejected: 0,
      committed: true,
    })
    const list = core.ok('customers.list', { sort: { field: 'code', dir: 'asc' } })
    expect(list.rows.map((r) => r.grade)).toEqual(['A', 'B', 'C', 'D', 'B'])
    expect(list.rows[2]!.phone).toBe('13700005678')
    expect(core.ok('customers.list', { q: '13900001234' }).total).toBe(1)
    expect(new Set(list.rows.map((r) => new Date(r.createdAt).toDateString()))).toEqual(
      new Set([new Date(2024, 2, 5).toDateString()]),
    )
    const detail = core.ok('customers.get', { id: list.rows[0]!.id })
    expect(detail.contacts).toMatchObject([{ name: '王伟', isPrimary: true }])
  })

  it('reads .xls and GBK CSV', async () => {
    const core = openTestCore()
    const xls = xlsFile([
      ['客户名称', '电话', '录入日期'],
      ['华达', '138 0013 8000', new Date(Date.UTC(2024, 2, 5))],
    ])
    expect(
      await ok(core, 'imports.commit', {
        entity: 'customers',
        file: file('old.xls', xls),
        onDuplicate: 'skip',
      }),
    ).toMatchObject({ created: 1 })
    const gbk = csvFile(
      [
        ['客户名称', '手机'],
        ['温州永创鞋业有限公司', '13900001111'],
      ],
      'gbk',
    )
    const preview = await ok(core, 'imports.preview', {
      entity: 'customers',
      file: file('客户.csv', gbk),
    })
    expect(preview.encoding).toBe('gb18030')
    expect(preview.rows[0]!.cells[0]).toBe('温州永创鞋业有限公司')
  })

  it('leaves the database exactly as before when strict mode meets a bad row', async () => {
    const core = openTestCore()
    const before = snapshotDatabase(core.dataDir)
    const buffer = await xlsxFile([
      ['客户名称', '邮箱'],
      ['华达', 'a@b.cn'],
      ['恒通', 'not-an-email'],
    ])
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('x.xlsx', buffer),
      onDuplicate: 'skip',
      strict: true,
    })
    expect(summary).toMatchObject({ committed: false, rejected: 1, created: 0 })
    expect(summary.rejectedFile).toBeDefined()
    expect(snapshotDatabase(core.dataDir)).toBe(before)
  })

  it('undoes an import', async () => {
    const core = openTestCore()
    const buffer = await xlsxFile([
      ['客户名称', '电话'],
      ['华达', '13800138000'],
      ['恒通', '13900001111'],
    ])
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('x.xlsx', buffer),
      onDuplicate: 'skip',
    })
    expect(core.ok('customers.list', {}).total).toBe(2)
    const undone = core.ok('imports.undo', { id: summary.importId })
    expect(undone).toMatchObject({ removed: 2 })
    expect(core.ok('customers.list', {}).total).toBe(0)
    expect(core.ok('imports.list', null)[0]!.undoneAt).not.toBeNull()
  })
})
