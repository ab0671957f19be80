import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type MessagePort } from 'node:worker_threads'
import { AppError } from '../errors'
import type { PinyinEntry } from '../pinyin'
import { cellString, type SheetRow } from './cells'
import { readXlsxRows } from './read-xlsx'

/**
 * An import's .xlsx read on a thread of its own, so that unzipping and parsing the sheet
 * (exceljs, about a sixth of a big import's time) overlaps the judging and writing on the
 * core's thread. The rows cross in batches; the reader stays at most AHEAD batches ahead,
 * so memory stays bounded however large the sheet. Errors cross as data and are rebuilt
 * as the same AppError (the translatable key and its params), so a refused sheet reads the
 * same whichever thread found it.
 *
 * Booting a reader (exceljs loaded, compiled) takes a good part of a second, so one waits
 * ready: the preview of an .xlsx starts it, an import takes it, and after a complete read
 * it waits for the next one, until IDLE_MS pass unused. A read left early (a cancel, a
 * fatal error) ends its thread, which could still be mid-sheet.
 */

/** How the core starts a reader: the built file (Electron), or the TypeScript source. */
export interface ReaderThread {
  spawn(): Worker
}

/** What the core asks a reader for: one sheet (`id` tells its messages from older ones). */
export interface ReadRequest {
  id: number
  buffer: Uint8Array
  sheet: string
  part: string
  /** Columns of names whose pinyin the import needs: worked out here, with the reading. */
  pinyinColumns: number[]
}

/** What the import tells the reader about the rows it will take. */
export interface ReadHints {
  pinyinColumns: number[]
  /** Takes each batch's names and their keys (primePinyin), before the batch's rows. */
  onPinyin(entries: PinyinEntry[]): void
}

/** pinyin-pro, loaded by a reader only for an import that asks for pinyin (25 MB, ~0.1 s). */
let pinyinModule: Promise<typeof import('../pinyin')> | null = null

/**
 * Rows per batch, and batches a reader may be ahead. Rows waiting on the core's heap outlive
 * its young generation and die in the old one: 500 rows in flight instead of 4,000 took a
 * 1M import's peak RSS from 962–1005 MB to 907–957 MB, at the same speed.
 */
export const BATCH = 250
const AHEAD = 2
/** A waiting reader ends after this long unused (it holds exceljs in memory). */
export const IDLE_MS = 5 * 60_000

type Reply =
  | { type: 'rows'; read: number; rows: SheetRow[]; pinyin: PinyinEntry[] }
  | { type: 'end'; read: number }
  | { type: 'error'; read: number; error: CrossedError }

interface CrossedError {
  app: boolean
  code?: AppError['code']
  key?: string
  message: string
  params?: AppError['params']
  details?: AppError['details']
  stack?: string
}

function crossed(error: unknown): CrossedError {
  if (error instanceof AppError)
    return {
      app: true,
      code: error.code,
      key: error.key,
      message: error.message,
      ...(error.params ? { params: error.params } : {}),
      ...(error.details ? { details: error.details } : {}),
    }
  const e = error instanceof Error ? error : new Error(String(error))
  return { app: false, message: e.message, ...(e.stack ? { stack: e.stack } : {}) }
}

function rebuilt(error: CrossedError): Error {
  if (error.app && error.code && error.key)
    return new AppError(error.code, error.key, error.message, error.params, error.details)
  const rebuilt = new Error(error.message)
  if (error.stack) rebuilt.stack = error.stack
  return rebuilt
}

/** The reader's side, in the worker (xlsx-thread-worker.ts): one sheet after another. */
export function serveXlsxRows(port: MessagePort): void {
  let current: { id: number; credits: number; wake: (() => void) | null } | null = null
  port.on('message', (message: ReadRequest | { more: number }) => {
    if (!('more' in message)) return void serve(message)
    // A batch taken: one more may go. An earlier read's late word is ignored.
    if (current?.id !== message.more) return
    current.credits += 1
    current.wake?.()
    current.wake = null
  })
  async function serve(read: ReadRequest) {
    const state = (current = { id: read.id, credits: AHEAD, wake: null as (() => void) | null })
    const columns = read.pinyinColumns
    const send = async (rows: SheetRow[]) => {
      // The names' pinyin, worked out while the core is still busy with earlier batches.
      const pinyin =
        columns.length === 0
          ? []
          : (await (pinyinModule ??= import('../pinyin'))).pinyinEntries(
              rows.flatMap((row) => columns.map((c) => cellString(row.cells[c] ?? null))),
            )
      while (state.credits === 0) await new Promise<void>((resolve) => (state.wake = resolve))
      state.credits -= 1
      port.postMessage({ type: 'rows', read: read.id, rows, pinyin } satisfies Reply)
    }
    try {
      const buffer = Buffer.from(read.buffer.buffer, read.buffer.byteOffset, read.buffer.byteLength)
      let batch: SheetRow[] = []
      for await (const row of readXlsxRows(buffer, read.sheet, read.part)) {
        batch.push(row)
        if (batch.length === BATCH) {
          await send(batch)
          batch = []
        }
      }
      if (batch.length > 0) await send(batch)
      port.postMessage({ type: 'end', read: read.id } satisfies Reply)
    } catch (error) {
      port.postMessage({ type: 'error', read: read.id, error: crossed(error) } satisfies Reply)
    } finally {
      if (current === state) current = null
    }
  }
}

type Inbox = Reply | { type: 'crash'; error: Error } | { type: 'exit'; code: number }

/** A started reader thread and what it has said that nobody has taken yet. */
interface Thread {
  worker: Worker
  inbox: Inbox[]
  notify: (() => void) | null
  alive: boolean
}

/**
 * The rows of one sheet, read by a reader thread; `stop` gives the thread back (or ends
 * it). `rows` takes the file's buffer over: read it once.
 */
export interface Reader {
  rows(buffer: Buffer, sheet: string, part: string, hints?: ReadHints): AsyncGenerator<SheetRow>
  stop(): Promise<void>
}

/** The core's readers: at most one waiting, ready; each import takes one. */
export interface Readers {
  /** Starts a reader now if none is waiting, so the coming import finds it booted. */
  warm(): void
  take(): Reader
  close(): Promise<void>
}

export function readerPool(thread: ReaderThread, idleMs = IDLE_MS): Readers {
  let waiting: Thread | null = null
  let idleTimer: ReturnType<typeof setTimeout> | null = null
  let reads = 0
  let closed = false

  function start(): Thread {
    const started: Thread = { worker: thread.spawn(), inbox: [], notify: null, alive: true }
    const deliver = (message: Inbox) => {
      started.inbox.push(message)
      started.notify?.()
      started.notify = null
    }
    // Listening from the start: a thread that fails as it boots is reported, not lost.
    started.worker.on('message', (message: Reply) => deliver(message))
    started.worker.on('error', (error) => deliver({ type: 'crash', error }))
    started.worker.on('exit', (code) => {
      started.alive = false
      if (waiting === started) waiting = null
      deliver({ type: 'exit', code })
    })
    return started
  }

  async function end(t: Thread) {
    t.alive = false
    t.worker.removeAllListeners('message')
    await t.worker.terminate()
  }

  /** After a complete read: waits for the next import (without keeping the process up). */
  function park(t: Thread) {
    if (closed || waiting || !t.alive) return end(t)
    t.inbox.length = 0
    t.worker.unref()
    waiting = t
    if (idleTimer) clearTimeout(idleTimer)
    idleTimer = setTimeout(() => {
      if (waiting === t) {
        waiting = null
        void end(t)
      }
    }, idleMs)
    idleTimer.unref()
    return Promise.resolve()
  }

  function take(): Reader {
    const t = waiting?.alive ? waiting : start()
    waiting = null
    if (idleTimer) clearTimeout(idleTimer)
    // Held while it reads: the import awaits it.
    t.worker.ref()
    let used = false
    let settled: Promise<void> | null = null
    const settle = (keep: boolean) => (settled ??= keep ? park(t) : end(t))
    return {
      stop: () => settle(!used),
      async *rows(buffer, sheet, part, hints) {
        used = true
        const id = ++reads
        let complete = false
        try {
          // A buffer with memory of its own is handed over, not copied (55 MB for a sheet of
          // a million rows): it is empty here afterwards. A slice of a larger one is copied.
          const owned =
            buffer.byteOffset === 0 &&
            buffer.byteLength === buffer.buffer.byteLength &&
            buffer.buffer instanceof ArrayBuffer
          const bytes = owned ? new Uint8Array(buffer.buffer) : new Uint8Array(buffer)
          const request: ReadRequest = {
            id,
            buffer: bytes,
            sheet,
            part,
            pinyinColumns: hints?.pinyinColumns ?? [],
          }
          t.worker.postMessage(request, [bytes.buffer])
          for (;;) {
            while (t.inbox.length === 0) await new Promise<void>((resolve) => (t.notify = resolve))
            const message = t.inbox.shift()!
            if ('read' in message && message.read !== id) continue
            switch (message.type) {
              case 'rows':
                t.worker.postMessage({ more: id })
                if (message.pinyin.length > 0) hints?.onPinyin(message.pinyin)
                yield* message.rows
                break
              case 'end':
                complete = true
                return
              case 'error':
                // The sheet was refused; the thread itself is fine.
                complete = true
                throw rebuilt(message.error)
              case 'crash':
                throw message.error
              case 'exit':
                throw new Error(`The spreadsheet reader stopped (exit code ${message.code})`)
            }
          }
        } finally {
          await settle(complete)
        }
      },
    }
  }

  return {
    warm() {
      if (closed || waiting?.alive) return
      void park(start())
    },
    take,
    async close() {
      closed = true
      if (idleTimer) clearTimeout(idleTimer)
      const t = waiting
      waiting = null
      if (t) await end(t)
    },
  }
}

/**
 * tsx's ESM API as its exports map names it (its CommonJS twin cannot register in a
 * worker); null where tsx cannot be found or names it otherwise.
 */
function tsxApi(from: string): string | null {
  try {
    const manifest = createRequire(from).resolve('tsx/package.json')
    const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      exports?: Record<string, { import?: { default?: string } } | undefined>
    }
    const api = exports?.['./esm/api']?.import?.default
    return api ? pathToFileURL(join(dirname(manifest), api)).href : null
  } catch {
    return null
  }
}

/**
 * The reader thread where this code can start one: `file` is the built entry (Electron
 * passes out/main/xlsx-reader.js); run from the TypeScript source (`kehu serve`, vitest,
 * the benchmarks) the worker loads xlsx-thread-worker.ts through tsx. Neither (a bundle
 * started without the file, no tsx): null, and the import reads on the core's thread.
 */
export function readerThread(file?: string): ReaderThread | null {
  if (file) {
    if (!existsSync(file)) return null
    return { spawn: () => new Worker(file) }
  }
  const here = import.meta.url
  if (!here.endsWith('.ts')) return null
  const entry = new URL('./xlsx-thread-worker.ts', here).href
  if (!existsSync(fileURLToPath(entry))) return null
  const tsx = tsxApi(here)
  if (!tsx) return null
  const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(here)}))`
  return { spawn: () => new Worker(boot, { eval: true }) }
}
