import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { MessageChannel, type Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/main/core/errors'
import { readXlsxRows } from '../../../src/main/core/excel/read-xlsx'
import { cellString, type SheetRow } from '../../../src/main/core/excel/cells'
import {
  BATCH,
  readerPool,
  readerThread,
  serveXlsxRows,
  type ReaderThread,
} from '../../../src/main/core/excel/xlsx-thread'
import { pinyinEntries, pinyinKeys, type PinyinEntry } from '../../../src/main/core/pinyin'
import { call, file, ok, xlsxFile } from './helpers'
import { openTestCore, snapshotDatabase } from '../helpers'

/** An import's .xlsx read on a thread of its own (core/excel/xlsx-thread.ts). */

const SHEET_PART = 'xl/worksheets/sheet1.xml'

async function sheetOf(rows: number): Promise<Buffer> {
  const body: unknown[][] = [['客户名称', '录入日期', '金额', '备注']]
  for (let i = 0; i < rows; i++)
    body.push([
      `客户${i}号`,
      new Date(Date.UTC(2024, i % 12, 1 + (i % 28))),
      i % 7 === 0 ? null : i * 1.5,
      i % 3 === 0 ? { formula: 'CONCATENATE("老","客户")', result: '老客户' } : `第${i}行`,
    ])
  return xlsxFile(body as never, { title: '2024年客户信息表', dateColumns: [2] })
}

async function collect(rows: AsyncIterable<unknown>): Promise<unknown[]> {
  const all: unknown[] = []
  for await (const row of rows) all.push(row)
  return all
}

/** The source's reader thread, with every worker it starts kept for the test to watch. */
function watched(): { thread: ReaderThread; workers: Worker[] } {
  const base = readerThread()
  if (!base) throw new Error('no reader thread from the TypeScript source')
  const workers: Worker[] = []
  return {
    workers,
    thread: {
      spawn() {
        const worker = base.spawn()
        workers.push(worker)
        return worker
      },
    },
  }
}

const exited = (worker: Worker) =>
  worker.threadId === -1
    ? Promise.resolve()
    : new Promise<void>((resolve) => worker.once('exit', () => resolve()))

/** A reader entry file for the core to start (as Electron passes out/main/xlsx-reader.js). */
function entryFile(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehu-reader-'))
  const path = join(dir, 'reader.mjs')
  writeFileSync(path, body)
  return path
}

/** Written to a temporary folder, the entry cannot find tsx by name. */
const TSX_API = pathToFileURL(join(__dirname, '../../../node_modules/tsx/dist/esm/api/index.mjs')).href

const sourceEntry = (marker: string) => {
  const worker = pathToFileURL(join(__dirname, '../../../src/main/core/excel/xlsx-thread-worker.ts'))
  return entryFile(
    `import { appendFileSync } from 'node:fs'\n` +
      `import { tsImport } from ${JSON.stringify(TSX_API)}\n` +
      `appendFileSync(${JSON.stringify(marker)}, 'started\\n')\n` +
      `await tsImport(${JSON.stringify(worker.href)}, import.meta.url)\n`,
  )
}

describe('the .xlsx reader thread', () => {
  it('hands over exactly the rows the in-thread reader yields, across many batches', async () => {
    const buffer = await sheetOf(4_321)
    const { thread, workers } = watched()
    const pool = readerPool(thread)
    const direct = await collect(readXlsxRows(buffer, '客户', SHEET_PART))
    const primed: PinyinEntry[] = []
    const threaded = await collect(
      pool.take().rows(buffer, '客户', SHEET_PART, {
        pinyinColumns: [0],
        onPinyin: (entries) => primed.push(...entries),
      }),
    )
    expect(threaded).toHaveLength(4_323)
    expect(threaded).toEqual(direct)
    // The first column's names came with their pinyin: each once, none left out.
    const names = new Set((direct as SheetRow[]).map((r) => cellString(r.cells[0] ?? null)))
    expect(new Set(primed.map(([text]) => text))).toEqual(names)
    expect(primed).toContainEqual(['客户4320号', ...Object.values(pinyinKeys('客户4320号'))])
    expect(threaded[2]).toEqual({
      number: 3,
      cells: ['客户0号', { date: '2024-01-01' }, null, '老客户'],
    })
    // The bytes were handed over, not copied.
    expect(buffer.byteLength).toBe(0)
    await pool.close()
    expect(workers).toHaveLength(1)
    await exited(workers[0]!)
  })

  it("works out the pinyin of the hinted columns' names with each batch, each name once", async () => {
    const buffer = await sheetOf(1_500)
    const served = async (pinyinColumns: number[]) => {
      const { port1, port2 } = new MessageChannel()
      serveXlsxRows(port2)
      const batches: { rows: SheetRow[]; pinyin: PinyinEntry[] }[] = []
      const end = new Promise<{ type: string }>((resolve) =>
        port1.on('message', (reply: { type: string; rows: SheetRow[]; pinyin: PinyinEntry[] }) => {
          if (reply.type !== 'rows') return resolve(reply)
          batches.push(reply)
          port1.postMessage({ more: 1 })
        }),
      )
      port1.postMessage({
        id: 1,
        buffer: new Uint8Array(buffer),
        sheet: '客户',
        part: SHEET_PART,
        pinyinColumns,
      })
      expect((await end).type).toBe('end')
      port1.close()
      return batches
    }
    const hinted = await served([0, 3])
    // 1,502 rows (title and header included), in batches of BATCH.
    expect(hinted.map((b) => b.rows.length)).toEqual([
      ...Array<number>(Math.floor(1_502 / BATCH)).fill(BATCH),
      1_502 % BATCH,
    ])
    for (const batch of hinted)
      expect(batch.pinyin).toEqual(
        pinyinEntries(batch.rows.flatMap((r) => [0, 3].map((c) => cellString(r.cells[c] ?? null)))),
      )
    const first = hinted[0]!.pinyin
    expect(first).toContainEqual([
      '客户0号',
      pinyinKeys('客户0号').full,
      pinyinKeys('客户0号').initials,
    ])
    // '老客户' fills a third of the 备注 column: sent once per batch.
    expect(first.filter(([text]) => text === '老客户')).toHaveLength(1)
    // Nothing hinted, nothing worked out.
    expect((await served([])).every((b) => b.pinyin.length === 0)).toBe(true)
  })

  it('after a complete read or a refusal the same thread reads the next sheet', async () => {
    const { thread, workers } = watched()
    const pool = readerPool(thread)
    pool.warm()
    pool.warm()
    const first = await collect(pool.take().rows(await sheetOf(5), '客户', SHEET_PART))
    const refusal = await collect(
      pool.take().rows(await sheetOf(3), '没有这张表', SHEET_PART),
    ).then(
      () => null,
      (e: unknown) => e,
    )
    expect(refusal).toBeInstanceOf(AppError)
    expect(refusal).toMatchObject({
      code: 'VALIDATION',
      key: 'errors.importSheetMissing',
      params: { sheet: '没有这张表' },
    })
    const unused = pool.take()
    await unused.stop()
    const second = await collect(pool.take().rows(await sheetOf(8), '客户', SHEET_PART))
    expect([first.length, second.length]).toEqual([7, 10])
    expect(workers).toHaveLength(1)
    await pool.close()
    await exited(workers[0]!)
  })

  it('leaving the loop early ends the thread; the next read starts a fresh one', async () => {
    const buffer = await sheetOf(20_000)
    const { thread, workers } = watched()
    const pool = readerPool(thread)
    let seen = 0
    for await (const _row of pool.take().rows(buffer, '客户', SHEET_PART)) if (++seen === 10) break
    expect(seen).toBe(10)
    await exited(workers[0]!)
    expect(workers[0]!.threadId).toBe(-1)
    expect(await collect(pool.take().rows(await sheetOf(2), '客户', SHEET_PART))).toHaveLength(4)
    expect(workers).toHaveLength(2)
    await pool.close()
  })

  it('a waiting thread ends once unused for its idle time', async () => {
    const { thread, workers } = watched()
    const pool = readerPool(thread, 20)
    pool.warm()
    await exited(workers[0]!)
    pool.warm()
    expect(workers).toHaveLength(2)
    await pool.close()
    await exited(workers[1]!)
  })

  it('the core reads imports through the reader file it was given, booted at the preview', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'kehu-marker-')), 'started')
    writeFileSync(marker, '')
    const core = openTestCore(undefined, undefined, { xlsxReaderFile: sourceEntry(marker) })
    const sheet = file('thread.xlsx', await sheetOf(1_500))
    await ok(core, 'imports.preview', { entity: 'customers', file: sheet })
    await expect.poll(() => readFileSync(marker, 'utf8')).toBe('started\n')
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: sheet,
      onDuplicate: 'create',
    })
    expect(summary.created).toBe(1_500)
    expect(core.ok('customers.list', { q: '客户1499号' }).total).toBe(1)
    // The second import takes the same thread, waiting since the first.
    const again = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: sheet,
      onDuplicate: 'skip',
    })
    expect(again.skipped).toBe(1_500)
    expect(readFileSync(marker, 'utf8')).toBe('started\n')
    core.close()
  })

  it('without its reader file the import reads on the core thread', async () => {
    const core = openTestCore(undefined, undefined, { xlsxReaderFile: '/nowhere/xlsx-reader.js' })
    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('alone.xlsx', await sheetOf(50)),
      onDuplicate: 'create',
    })
    expect(summary.created).toBe(50)
  })

  it.each([
    ['throws as it starts', `throw new Error('reader broke')`],
    ['exits half-way', `process.exit(3)`],
  ])('a reader that %s fails the import and changes nothing', async (_what, body) => {
    const core = openTestCore(undefined, undefined, { xlsxReaderFile: entryFile(body) })
    core.ok('customers.create', { name: '早已有的客户' })
    const before = snapshotDatabase(core.dataDir)
    const result = await call(core, 'imports.commit', {
      entity: 'customers',
      file: file('broken.xlsx', await sheetOf(100)),
      onDuplicate: 'create',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(snapshotDatabase(core.dataDir)).toBe(before)
  })
})
