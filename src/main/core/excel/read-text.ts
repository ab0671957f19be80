import { analyse } from 'chardet'
import { parse } from 'csv-parse'
import iconv from 'iconv-lite'
import { Readable } from 'node:stream'
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../../../shared/api/excel'
import type { Cell, SheetRow } from './cells'
import { fileRefused, sheetLimits } from './refusals'

/**
 * CSV as Chinese Excel and WPS save it: UTF-8 with or without a BOM, UTF-16 with a BOM,
 * or GBK/GB18030 without any mark. A byte-order mark decides; then text that is valid
 * UTF-8 is UTF-8 (chance makes GBK valid UTF-8 only for a few characters); anything else
 * goes to chardet, and Chinese text falls back to GB18030 (a superset of GBK and GB2312).
 */
export function detectEncoding(buffer: Buffer): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return 'utf-8'
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return 'utf-16le'
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return 'utf-16be'
  let sample = buffer.subarray(0, 256 * 1024)
  if (sample.length < buffer.length) {
    // Do not judge a character cut in half at the end of the sample.
    let end = sample.length
    while (end > 0 && end > sample.length - 4 && (sample[end - 1]! & 0xc0) === 0x80) end -= 1
    if (end > 0 && sample[end - 1]! >= 0xc0) end -= 1
    sample = sample.subarray(0, end)
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample)
    return 'utf-8'
  } catch {
    // not UTF-8
  }
  const guess = analyse(sample).find((m) => iconv.encodingExists(m.name))
  const name = guess?.name.toLowerCase() ?? 'gb18030'
  // chardet names GBK text "GB18030"; Big5/Shift_JIS stay as guessed; Latin guesses on
  // mostly-Chinese bytes are wrong far more often than right.
  if (name.startsWith('gb') || name.startsWith('iso-8859') || name.startsWith('windows-125'))
    return guess && guess.confidence >= 60 && !name.startsWith('gb') ? name : 'gb18030'
  return name
}

/** Text that is not a spreadsheet: NUL bytes in the first kilobytes mean a binary file. */
export function looksLikeText(buffer: Buffer): boolean {
  const head = buffer.subarray(0, 8192)
  if (head[0] === 0xff && head[1] === 0xfe) return true
  if (head[0] === 0xfe && head[1] === 0xff) return true
  return !head.includes(0)
}

/** Streams the rows of a CSV (comma, semicolon or tab separated) in the detected encoding. */
export async function* readCsvRows(buffer: Buffer, encoding: string): AsyncGenerator<SheetRow> {
  const head = iconv.decode(buffer.subarray(0, 4096), encoding).replace(/^\uFEFF/, '')
  const firstLine = head.split(/\r?\n/)[0] ?? ''
  const delimiter = ['\t', ';', ','].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  )
  const parser = Readable.from([buffer])
    .pipe(iconv.decodeStream(encoding, { stripBOM: true }))
    .pipe(
      parse({
        delimiter,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        bom: true,
        max_record_size: 16 * 1024 * 1024,
      }),
    )
  let number = 0
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number += 1
      if (number > MAX_SHEET_ROWS) throw sheetLimits.rows(number)
      if (record.length > MAX_SHEET_COLUMNS) throw sheetLimits.columns(record.length)
      yield { number, cells: record.map((text): Cell => (text === '' ? null : text)) }
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error
    throw fileRefused('errors.importCsvBroken', 'The CSV file cannot be read', {
      row: number + 1,
    })
  }
}

/** Rows of a CSV, counted without keeping them (the preview's total). */
export async function countCsvRows(buffer: Buffer, encoding: string): Promise<number> {
  let rows = 0
  for await (const _ of readCsvRows(buffer, encoding)) rows += 1
  return rows
}
