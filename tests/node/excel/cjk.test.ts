import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { file, ok, xlsxFile } from './helpers'

/**
 * exceljs's streaming reader decoded each inflated chunk of XML on its own, so a Chinese
 * character split across two chunks came out as U+FFFD (about 120 names, cities and
 * addresses in a 100,000-row sheet; exceljs#2316). Patched in patches/exceljs+4.4.0.patch:
 * the chunks are one UTF-8 stream. A sheet of a few thousand rows of Chinese text spans
 * dozens of chunks, and every cell must come back exactly as written. The zip check
 * (zip-check.ts) read workbook.xml the same way, so long lists of Chinese sheet names lost
 * a character where a chunk ended.
 */
const PROVINCES = ['浙江省', '广东省', '江苏省', '四川省', '黑龙江省', '内蒙古自治区']
const CITIES = ['杭州市', '深圳市', '南京市', '成都市', '哈尔滨市', '呼和浩特市']

describe('Chinese text in a large .xlsx', () => {
  it('imports every character of every cell, none replaced by U+FFFD', async () => {
    const rows = Array.from({ length: 4000 }, (_, n) => [
      `${CITIES[n % 6]!.slice(0, 2)}华达${n}贸易有限公司`,
      PROVINCES[n % 6]!,
      CITIES[(n * 5) % 6]!,
      `${'人民路'.repeat((n % 4) + 1)}${n}号${'东'.repeat(n % 3)}`,
    ])
    const sheet = [['客户名称', '省份', '城市', '地址'], ...rows]
    const core = openTestCore()
    try {
      const summary = await ok(core, 'imports.commit', {
        entity: 'customers',
        file: file('客户.xlsx', await xlsxFile(sheet)),
        onDuplicate: 'create',
      })
      expect(summary).toMatchObject({ created: rows.length, rejected: 0 })
      const db = new Database(join(core.dataDir, 'kehu.db'), { readonly: true })
      try {
        const stored = db
          .prepare('SELECT name, province, city, address FROM customers ORDER BY id')
          .raw()
          .all() as string[][]
        expect(stored.filter((r) => r.join('').includes('\uFFFD'))).toEqual([])
        expect(stored).toEqual(rows)
      } finally {
        db.close()
      }
    } finally {
      core.close()
    }
  })

  it('names the sheets of a workbook whose workbook.xml spans several chunks', async () => {
    const core = openTestCore()
    try {
      // Three paddings move the chunk boundaries (16 KB of inflated XML) across the names.
      for (const pad of [0, 1, 2]) {
        const names = Array.from({ length: 400 }, (_, n) => `${'东'.repeat(pad)}华东区销售部${n}月`)
        const buffer = await xlsxFile([['客户名称'], ['杭州华达']], { extraSheets: names })
        const preview = await ok(core, 'imports.preview', {
          entity: 'customers',
          file: file('多表.xlsx', buffer),
        })
        expect(preview.sheets).toEqual([...names, '客户'])
      }
    } finally {
      core.close()
    }
  })
})
