import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type MessagePort } from 'node:worker_threads'
import { AppError } from '../errors'
import type { SheetRow } from './cells'
import { readXlsxRows } from './read-xlsx'

/**
 * An import's .xlsx read on a thread of its own, so that unzipping and parsing the sheet
 * (exceljs, about a sixth of a big import's time) overlaps the judging and writing on the
 * core's thread. The rows cross in batches; the reader stays at most AHEAD batches ahead,
 * so memory stays bounded however large the sheet. Errors cross as data and are rebuilt
 * as the same AppError (the translatable key and its params), so a refused sheet reads the
 * same whichever thread found it.
 */

/** How the core starts a reader: the built file (Electron), or the TypeScript source. */
export interface ReaderThread {
  spawn(): Worker
}

/** The one message a reader waits for: what to read. */
export interface ReadRequest {
  buffer: Uint8Array
  sheet: string
  part: string
}

const BATCH = 1000
const AHEAD = 4

type Reply =
  { type: 'rows'; rows: SheetRow[] } | { type: 'end' } | { type: 'error'; error: CrossedError }

interface CrossedError {
  app: boolean
  code?: AppError['code']
  key?: string
  message: string
  params?: AppError['params']
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
    }
  const e = error instanceof Error ? error : new Error(String(error))
  return { app: false, message: e.message, ...(e.stack ? { stack: e.stack } : {}) }
}

function rebuilt(error: CrossedError): Error {
  if (error.app && error.code && error.key)
    return new AppError(error.code, error.key, error.message, error.params)
  const rebuilt = new Error(error.message)
  if (error.stack) rebuilt.stack = error.stack
  return rebuilt
}

/** The reader's side, in the worker (xlsx-thread-worker.ts): one sheet, then it ends. */
export function serveXlsxRows(port: MessagePort): void {
  let credits = AHEAD
  let wake: (() => void) | null = null
  let request: ((read: ReadRequest) => void) | null = null
  const requested = new Promise<ReadRequest>((resolve) => (request = resolve))
  port.on('message', (message: ReadRequest | 'more') => {
    if (message !== 'more') return request?.(message)
    credits += 1
    wake?.()
    wake = null
  })
  const send = async (rows: SheetRow[]) => {
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve))
    credits -= 1
    port.postMessage({ type: 'rows', rows } satisfies Reply)
  }
  void requested
    .then(async (read) => {
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
      port.postMessage({ type: 'end' } satisfies Reply)
    })
    .catch((error: unknown) => port.postMessage({ type: 'error', error: crossed(error) }))
    .finally(() => port.close())
}

type Inbox = Reply | { type: 'crash'; error: Error } | { type: 'exit'; code: number }

/**
 * The core's side: a reader started ahead (its thread boots while the import opens the
 * file and takes its backup), then the rows readXlsxRows would yield, read by it. Leaving
 * the loop early (a cancel, a fatal error, strict mode) or `stop` ends the thread.
 */
export interface Reader {
  rows(buffer: Buffer, sheet: string, part: string): AsyncGenerator<SheetRow>
  stop(): Promise<void>
}

export function startReader(thread: ReaderThread): Reader {
  const worker = thread.spawn()
  const inbox: Inbox[] = []
  let notify: (() => void) | null = null
  const deliver = (message: Inbox) => {
    inbox.push(message)
    notify?.()
    notify = null
  }
  // Listening from the start: a thread that fails as it boots is reported, not lost.
  worker.on('message', (message: Reply) => deliver(message))
  worker.on('error', (error) => deliver({ type: 'crash', error }))
  worker.on('exit', (code) => deliver({ type: 'exit', code }))
  const stop = async () => {
    worker.removeAllListeners()
    await worker.terminate()
  }
  return {
    stop,
    async *rows(buffer, sheet, part) {
      try {
        // A copy handed over (transferred, not cloned again): the source keeps its own.
        const bytes = new Uint8Array(buffer)
        worker.postMessage({ buffer: bytes, sheet, part } satisfies ReadRequest, [bytes.buffer])
        for (;;) {
          while (inbox.length === 0) await new Promise<void>((resolve) => (notify = resolve))
          const message = inbox.shift()!
          switch (message.type) {
            case 'rows':
              worker.postMessage('more')
              yield* message.rows
              break
            case 'end':
              return
            case 'error':
              throw rebuilt(message.error)
            case 'crash':
              throw message.error
            case 'exit':
              throw new Error(`The spreadsheet reader stopped (exit code ${message.code})`)
          }
        }
      } finally {
        await stop()
      }
    },
  }
}

/** tsx's ESM API as its exports map names it (its CommonJS twin cannot register in a worker). */
function tsxApi(from: string): string {
  const manifest = createRequire(from).resolve('tsx/package.json')
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>
  }
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href
}

/**
 * The reader thread where this code can start one: `file` is the built entry (Electron
 * passes out/main/xlsx-reader.js); run from the TypeScript source (`kehu serve`, vitest,
 * the benchmarks) the worker loads xlsx-thread-worker.ts through tsx. Neither (a bundle
 * started without the file): null, and the import reads on its own thread as before.
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
  const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(here)}))`
  return { spawn: () => new Worker(boot, { eval: true }) }
}
