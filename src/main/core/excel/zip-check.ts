import type { Readable } from 'node:stream'
import yauzl from 'yauzl'
import { fileRefused } from './refusals'

/**
 * Checks an .xlsx (a zip) before any spreadsheet library reads it: every entry is
 * inflated once and thrown away, with yauzl comparing the bytes that come out with the
 * sizes the zip declares, so a zip bomb (a few kB that inflate to gigabytes) is refused
 * before it can fill memory. The same pass counts the rows of each worksheet (the
 * preview's total) and reads the sheet names from workbook.xml.
 */
export interface XlsxInspection {
  /** Sheet names in workbook order, with their worksheet part ("xl/worksheets/sheet1.xml"). */
  sheets: { name: string; part: string; rows: number }[]
}

/** Inflated bytes allowed in total: Excel's own largest sheets stay far below. */
export const MAX_INFLATED_BYTES = 4 * 1024 ** 3
/** A part that inflates more than this many times its size, past 50 MB, is a bomb. */
export const MAX_INFLATE_RATIO = 200
const RATIO_FLOOR_BYTES = 50 * 1024 * 1024

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    )
  })
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)))
  })
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&')
}

/** Reads one entry, counting `<row` tags when asked, keeping the text only when asked. */
async function drain(
  stream: Readable,
  budget: { left: number },
  keepText: boolean,
  countRows: boolean,
): Promise<{ text: string; rows: number }> {
  // Decoded once at the end: a character split across two chunks stays whole.
  const kept: Buffer[] = []
  let rows = 0
  let tail = ''
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    budget.left -= chunk.length
    if (budget.left < 0)
      throw fileRefused('errors.importTooLarge', 'The workbook inflates to more than 4 GB')
    if (keepText) kept.push(chunk)
    if (countRows) {
      const piece = tail + chunk.toString('latin1')
      let at = piece.indexOf('<row')
      // A match in the last 4 characters waits for the next chunk (its 5th character).
      while (at !== -1 && at + 4 < piece.length) {
        const next = piece.charCodeAt(at + 4)
        // "<row " or "<row>" but not "<rows" or another tag starting with row.
        if (next === 32 || next === 62 || next === 9 || next === 10 || next === 13) rows += 1
        at = piece.indexOf('<row', at + 4)
      }
      tail = piece.slice(-4)
    }
  }
  return { text: Buffer.concat(kept).toString('utf8'), rows }
}

export async function inspectXlsx(buffer: Buffer): Promise<XlsxInspection> {
  let zip: yauzl.ZipFile
  try {
    zip = await openZip(buffer)
  } catch {
    throw fileRefused('errors.importDamaged', 'The file is not a readable .xlsx workbook')
  }
  const budget = { left: MAX_INFLATED_BYTES }
  const texts = new Map<string, string>()
  const rowCounts = new Map<string, number>()
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        void (async () => {
          if (entry.fileName.endsWith('/')) return zip.readEntry()
          if (entry.isEncrypted())
            throw fileRefused('errors.importEncrypted', 'The workbook is protected by a password')
          if (
            entry.uncompressedSize > RATIO_FLOOR_BYTES &&
            entry.uncompressedSize > MAX_INFLATE_RATIO * Math.max(1, entry.compressedSize)
          )
            throw fileRefused('errors.importZipBomb', 'The workbook inflates far beyond its size')
          const name = entry.fileName
          const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(name)
          const keep = name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels'
          const stream = await openEntry(zip, entry)
          const { text, rows } = await drain(stream, budget, keep, isSheet)
          if (keep) texts.set(name, text)
          if (isSheet) rowCounts.set(name, rows)
          zip.readEntry()
        })().catch(reject)
      })
      zip.readEntry()
    })
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error
    throw fileRefused('errors.importDamaged', 'The file is not a readable .xlsx workbook')
  } finally {
    zip.close()
  }
  const workbook = texts.get('xl/workbook.xml')
  if (workbook === undefined)
    throw fileRefused(
      'errors.importNotWorkbook',
      'The file is a zip archive but not an Excel workbook',
    )
  const targets = new Map<string, string>()
  for (const m of (texts.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(
    /<Relationship\b[^>]*>/g,
  )) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1]
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1]
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'))
  }
  const sheets: XlsxInspection['sheets'] = []
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1]
    const rel = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? /\b\w+:id="([^"]*)"/.exec(m[0])?.[1]
    if (name === undefined) continue
    const part = (rel && targets.get(rel)) ?? ''
    sheets.push({ name: decodeXml(name), part, rows: rowCounts.get(part) ?? 0 })
  }
  if (sheets.length === 0)
    throw fileRefused('errors.importNotWorkbook', 'The workbook has no sheets')
  return { sheets }
}

/** Parts exceljs's streaming reader needs before a sheet, in that order; sheets come last. */
const FIRST_PARTS = [
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
]
const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/

function partRank(name: string): number {
  const first = FIRST_PARTS.indexOf(name)
  if (first >= 0) return first
  return SHEET_PART.test(name) ? FIRST_PARTS.length + 1 : FIRST_PARTS.length
}

/**
 * The same zip with its parts in the order a streaming reader wants them: workbook,
 * relationships, styles and shared strings before the sheets. Each part's bytes (local
 * header, compressed data, data descriptor) are copied as they are, nothing re-compressed.
 * Given Excel's own order (sheets before the shared strings), exceljs otherwise parks each
 * sheet in a temp file and reads it back, and under load it sometimes read such a sheet
 * with no shared strings or styles (empty text, dates as numbers).
 */
export async function partsInReadingOrder(
  buffer: Buffer,
): Promise<{ buffer: Buffer; names: string[] }> {
  const zip = await openZip(buffer)
  const entries: { name: string; offset: number }[] = []
  // Where the central directory starts (yauzl's cursor, before any entry is read): the end
  // of the last part.
  const centralStart = (zip as unknown as { readEntryCursor: number }).readEntryCursor
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push({ name: entry.fileName, offset: entry.relativeOffsetOfLocalHeader })
        zip.readEntry()
      })
      zip.on('end', () => resolve())
      zip.on('error', reject)
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset)
  const regions = byOffset.map((e, i) => ({
    name: e.name,
    bytes: buffer.subarray(e.offset, byOffset[i + 1]?.offset ?? centralStart),
  }))
  const ordered = regions
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => partRank(a.name) - partRank(b.name) || a.i - b.i)
  const names = ordered.map((r) => r.name)
  // Already in reading order (as Excel writes them): the file as it is, not a second copy.
  if (ordered.every((r, i) => r.i === i)) return { buffer, names }
  // The central directory and its end record follow as they were (the streaming reader
  // steps over them; its offsets, now stale, are not read).
  return {
    buffer: Buffer.concat([...ordered.map((r) => r.bytes), buffer.subarray(centralStart)]),
    names,
  }
}
