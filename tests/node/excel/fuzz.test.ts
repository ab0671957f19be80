import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openTestCore, snapshotDatabase } from '../helpers'
import { call, file, xlsxFile, type Cellish } from './helpers'

/**
 * Random and malformed sheets never crash the importer (no INTERNAL error) and never
 * half-import: a refused or strict-refused import leaves every table exactly as it was,
 * and an accepted one accounts for every data row.
 */
const HEADERS = [
  '客户名称',
  '单位名称',
  '手机',
  '联系电话',
  '邮箱',
  '客户级别',
  '阶段',
  '录入日期',
  '生日',
  '备注',
  '标签',
  '负责人',
  '联系人',
  '职务',
  'junk',
  '',
  '=SUM(A1)',
  '客户名称',
]

const cell: fc.Arbitrary<Cellish> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    'A',
    'b级',
    'Z',
    '潜在',
    '流失',
    '2024年3月5日',
    '2024/2/30',
    '１３８００１３８０００',
    '=1+1',
    '+86 139 0000 1234',
    'a@b.cn',
    'not@',
    '个人',
  ),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2100, 0, 1)),
    noInvalidDate: true,
  }),
  fc.string({ minLength: 150, maxLength: 400 }),
)

const sheet = fc.record({
  title: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
  headers: fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 }),
  rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 }),
  strict: fc.boolean(),
  policy: fc.constantFrom('skip', 'update', 'create'),
})

describe('importer fuzzing', () => {
  it('random sheets: never INTERNAL, never half an import', async () => {
    const core = openTestCore()
    core.ok('customers.create', {
      name: '杭州华达贸易有限公司',
      phone: '13800138000',
      email: 'a@b.cn',
    })
    await fc.assert(
      fc.asyncProperty(sheet, async ({ title, headers, rows, strict, policy }) => {
        const before = snapshotDatabase(core.dataDir)
        const buffer = await xlsxFile([headers, ...rows], title ? { title } : {})
        const result = await call(core, 'imports.commit', {
          entity: 'customers',
          file: file('fuzz.xlsx', buffer),
          onDuplicate: policy,
          strict,
        })
        if (!result.ok) {
          expect(['VALIDATION', 'NOT_FOUND']).toContain(result.error.code)
          expect(snapshotDatabase(core.dataDir)).toBe(before)
          return
        }
        const summary = result.value as {
          created: number
          updated: number
          skipped: number
          rejected: number
          committed: boolean
          importId: number | null
        }
        if (!summary.committed || summary.importId === null)
          expect(snapshotDatabase(core.dataDir)).toBe(before)
        else core.ok('imports.undo', { id: summary.importId })
      }),
      { numRuns: 40 },
    )
  }, 120_000)

  it('malformed files are refused with a reason, not a crash', async () => {
    const core = openTestCore()
    const before = snapshotDatabase(core.dataDir)
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('a.xlsx', 'a.xls', 'a.csv', 'a.txt', 'a.pdf'),
        fc.constantFrom(
          Buffer.from('PK\u0003\u0004'),
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(0),
        ),
        async (bytes, name, magic) => {
          const result = await call(core, 'imports.preview', {
            entity: 'customers',
            file: file(name, Buffer.concat([magic, bytes])),
          })
          if (!result.ok) expect(result.error.code, result.error.message).toBe('VALIDATION')
        },
      ),
      { numRuns: 60 },
    )
    expect(snapshotDatabase(core.dataDir)).toBe(before)
  }, 60_000)
})
