import { expect, test } from '@playwright/test'
import ExcelJS from 'exceljs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startCoreWorker } from '../../src/main/electron/core-client'
import { REPO_ROOT } from './server'

/**
 * The desktop app's own build, without Electron (which cannot run here): the core's
 * worker thread as electron-vite built it (out/main/worker.js) imports a sheet through
 * the built .xlsx reader thread (out/main/xlsx-reader.js), as lifecycle.ts starts them;
 * the sheet is big enough for the background checkpoint thread (db/checkpointer.ts) too.
 * `npm run test:e2e` builds out/ first. No browser: this one drives the bundle alone.
 */
const OUT = join(REPO_ROOT, 'out', 'main')

test('the built core worker imports an .xlsx through the built reader thread', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kehu-bundle-'))
  // The built reader, wrapped so that the test can see it start.
  const marker = join(dir, 'reader-started')
  const wrapper = join(dir, 'reader.mjs')
  await writeFile(marker, '')
  await writeFile(
    wrapper,
    `import { appendFileSync } from 'node:fs'\n` +
      `appendFileSync(${JSON.stringify(marker)}, 'started\\n')\n` +
      `await import(${JSON.stringify(pathToFileURL(join(OUT, 'xlsx-reader.js')).href)})\n`,
  )
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('客户')
  sheet.addRow(['2024年客户信息表'])
  sheet.mergeCells(1, 1, 1, 3)
  sheet.addRow(['客户名称', '手机号码', '录入日期'])
  for (let i = 0; i < 6_000; i++)
    sheet.addRow([
      `打包测试${i}有限公司`,
      `137 ${String(i).padStart(8, '0')}`,
      new Date(Date.UTC(2024, 2, 5)),
    ])
  sheet.getColumn(3).numFmt = 'yyyy-mm-dd'
  const base64 = Buffer.from(await book.xlsx.writeBuffer()).toString('base64')

  const client = startCoreWorker(join(OUT, 'worker.js'), {
    dataDir: join(dir, 'data'),
    migrationsFolder: join(REPO_ROOT, 'migrations'),
    version: '0.0.0-bundle',
    xlsxReaderFile: wrapper,
  })
  try {
    expect(await client.ready).toMatchObject({ ok: true })
    const file = { name: '客户.xlsx', base64 }
    const preview = await client.invoke('imports.preview', { entity: 'customers', file })
    expect(preview).toMatchObject({ ok: true, value: { headerRow: 2, totalRows: 6_000 } })
    const summary = await client.invoke('imports.commit', {
      entity: 'customers',
      file,
      onDuplicate: 'create',
    })
    expect(summary).toMatchObject({ ok: true, value: { created: 6_000, rejected: 0 } })
    expect(await readFile(marker, 'utf8')).toBe('started\n')
    const found = await client.invoke('customers.list', { q: '打包测试5999' })
    expect(found).toMatchObject({
      ok: true,
      value: { total: 1, rows: [{ phone: '137 00005999' }] },
    })
    await client.close()
    // The checkpoint thread found better-sqlite3 from the bundle: nothing of it was logged.
    const logs = join(dir, 'data', 'logs')
    const logged = await Promise.all(
      (await readdir(logs).catch(() => [])).map((name) => readFile(join(logs, name), 'utf8')),
    )
    expect(logged.join('\n')).not.toMatch(/checkpoint/)
  } finally {
    await client.close()
    await rm(dir, { recursive: true, force: true })
  }
})
