import ExcelJS from 'exceljs'
import { PassThrough } from 'node:stream'
import type { FileOutput } from '../../../shared/api/excel'

/**
 * Writing workbooks: the streaming WorkbookWriter into memory (the zip is built as rows
 * come, so only the compressed bytes are kept), with the house style every export
 * shares — a title row, a bold frozen header, auto filter, widths from the content,
 * real numbers and dates, money as ¥#,##0.00 — and formula injection defused.
 */
export const MONEY_FORMAT = '"¥"#,##0.00'
export const DATE_FORMAT = 'yyyy-mm-dd'
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm'

/** `raw`: numbers stay numbers and text stays text, as a database stores them. */
export type ColumnKind = 'text' | 'number' | 'money' | 'date' | 'datetime' | 'raw'

export interface SheetColumn {
  header: string
  kind: ColumnKind
}

/** Text a spreadsheet would take as a formula (= + - @, tab, CR, LF first) is written as text. */
export function safeText(text: string): string {
  return /^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text
}

/** A calendar date 'YYYY-MM-DD' as the Date exceljs writes as that day (UTC midnight). */
export function dateValue(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

/** An instant as the wall-clock time the user saw, for a date-time cell (Excel has no zones). */
export function instantValue(ms: number): Date {
  const local = new Date(ms)
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  )
}

/** Text of a value that is not an object; an object (never expected) is no text. */
function plain(value: unknown): string {
  return typeof value === 'object' && value !== null ? '' : String(value)
}

/** A value as the cell should hold it for its column's kind. */
export function cellValue(kind: ColumnKind, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null
  switch (kind) {
    case 'raw':
      return typeof value === 'number' ? value : safeText(plain(value))
    case 'money':
      return typeof value === 'number' ? value / 100 : null
    case 'number':
      return typeof value === 'number' ? value : Number(value)
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? dateValue(value)
        : null
    case 'datetime':
      return typeof value === 'number' ? instantValue(value) : null
    default:
      return safeText(Array.isArray(value) ? value.map(plain).join('、') : plain(value))
  }
}

/** Display width of text: CJK characters take two columns. */
function textWidth(text: string): number {
  let width = 0
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1
  return width
}

export interface SheetWriter {
  addRow(values: unknown[]): void
  /** Rows written so far (data rows, without title and header). */
  readonly rows: number
}

export interface BookWriter {
  addSheet(name: string, columns: SheetColumn[], options?: { title?: string }): SheetWriter
  finish(fileName: string): Promise<FileOutput>
}

const CELL_STYLES: Record<ColumnKind, Partial<ExcelJS.Style>> = {
  text: {},
  raw: {},
  number: {},
  money: { numFmt: MONEY_FORMAT },
  date: { numFmt: DATE_FORMAT },
  datetime: { numFmt: DATETIME_FORMAT },
}

/** Widths are settled from the first rows (a streamed sheet cannot be measured to the end). */
const WIDTH_SAMPLE_ROWS = 200

interface SheetState {
  sheet: ExcelJS.Worksheet
  columns: SheetColumn[]
  title?: string
  pending: unknown[][]
  count: number
  started: boolean
}

export function createBookWriter(): BookWriter {
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
  })
  let current: SheetState | null = null

  /** Widths from the header and the sampled rows; they must be set before the first row. */
  function setWidths(state: SheetState): void {
    const widths = state.columns.map((c) => textWidth(c.header) + 4)
    for (const row of state.pending)
      row.forEach((value, i) => {
        const kind = state.columns[i]?.kind
        const width =
          kind === 'money' || kind === 'number'
            ? 14
            : kind === 'date'
              ? 12
              : kind === 'datetime'
                ? 17
                : textWidth(plain(cellValue('text', value) ?? '')) + 2
        widths[i] = Math.min(60, Math.max(widths[i] ?? 8, width))
      })
    state.sheet.columns = state.columns.map((_, i) => ({ width: widths[i] }))
  }

  function writeRow(state: SheetState, values: unknown[]): void {
    const row = state.sheet.addRow(
      values.map((v, i) => cellValue(state.columns[i]?.kind ?? 'text', v)),
    )
    // One style object per kind: exceljs remembers a style object's id, so no cell's
    // style is rendered twice (rendering it per cell took most of a large export).
    state.columns.forEach((c, i) => {
      row.getCell(i + 1).style = CELL_STYLES[c.kind]
    })
    row.commit()
  }

  function start(state: SheetState): void {
    state.started = true
    setWidths(state)
    if (state.title) {
      const title = state.sheet.addRow([safeText(state.title)])
      title.font = { bold: true, size: 14 }
      title.height = 22
      title.commit()
    }
    const header = state.sheet.addRow(state.columns.map((c) => safeText(c.header)))
    header.font = { bold: true }
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } }
      cell.border = { bottom: { style: 'thin', color: { argb: 'FFB0B8C4' } } }
    })
    header.commit()
    for (const values of state.pending.splice(0)) writeRow(state, values)
  }

  function closeSheet(): void {
    if (!current) return
    if (!current.started) start(current)
    current.sheet.commit()
    current = null
  }

  return {
    addSheet(name, columns, options = {}) {
      closeSheet()
      const safeName = name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet'
      const headerRow = options.title ? 2 : 1
      const sheet = book.addWorksheet(safeName, {
        views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
      })
      sheet.autoFilter = {
        from: { row: headerRow, column: 1 },
        to: { row: headerRow, column: Math.max(1, columns.length) },
      }
      const state: SheetState = {
        sheet,
        columns,
        title: options.title,
        pending: [],
        count: 0,
        started: false,
      }
      current = state
      return {
        addRow(values) {
          state.count += 1
          if (state.started) return writeRow(state, values)
          state.pending.push(values)
          if (state.pending.length >= WIDTH_SAMPLE_ROWS) start(state)
        },
        get rows() {
          return state.count
        },
      }
    },
    async finish(fileName) {
      closeSheet()
      await book.commit()
      return { name: fileName, base64: Buffer.concat(chunks).toString('base64') }
    },
  }
}
