import type { ImportProblem } from '../../../shared/api/excel'
import { toHalfWidth } from '../../../shared/text'
import {
  cellString,
  isDateCell,
  parseDateCell,
  parseMoneyCell,
  parseNumberCell,
  phoneText,
  type Cell,
} from './cells'
import type { FieldSpec, RowValues } from './registry'

/**
 * Header names as people write them, reduced to what identifies them: half-width, lower
 * case, no spaces or punctuation, without "(必填)" / "*" marks and unit hints in brackets.
 */
export function normaliseHeader(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/[\s*:：_\-—.·/\\'"“”‘’]/g, '')
}

/** Choice values as people write them: 'A级', 'a类', ' 潜在客户 ' → 'a', '潜在'. */
export function normaliseChoice(text: string): string {
  return normaliseHeader(text).replace(/(级|类|客户)$/, '')
}

const HEADER_SCAN_ROWS = 30

/**
 * The header row among the first rows: the one whose cells name the most known fields;
 * without any known name, the first row with at least two texts. Title rows ("2024年
 * 客户信息表" merged across the top) hold one cell and never win.
 */
export function detectHeaderRow(
  rows: { number: number; cells: Cell[] }[],
  fields: FieldSpec[],
): number {
  const known = new Set(fields.flatMap((f) => f.synonyms.map(normaliseHeader)))
  let best: { number: number; score: number } | null = null
  let firstTexts: number | null = null
  for (const row of rows.slice(0, HEADER_SCAN_ROWS)) {
    const texts = row.cells.filter((c) => typeof c === 'string' && cellString(c) !== '')
    if (texts.length < 2) continue
    firstTexts ??= row.number
    const matches = texts.filter((c) => known.has(normaliseHeader(c as string))).length
    if (matches > 0 && (!best || matches > best.score))
      best = { number: row.number, score: matches }
  }
  return best?.number ?? firstTexts ?? rows[0]?.number ?? 1
}

/** Per column, the field its header names (each field at most once, the first column wins). */
export function suggestMapping(headers: string[], fields: FieldSpec[]): (string | null)[] {
  const bySynonym = new Map<string, string>()
  for (const field of fields)
    for (const synonym of field.synonyms) {
      const key = normaliseHeader(synonym)
      if (!bySynonym.has(key)) bySynonym.set(key, field.key)
    }
  const used = new Set<string>()
  return headers.map((header) => {
    const key = bySynonym.get(normaliseHeader(header))
    if (!key || used.has(key)) return null
    used.add(key)
    return key
  })
}

/** The key a template is remembered by: the normalised headers in order. */
export function headerKey(headers: string[]): string {
  return headers.map(normaliseHeader).join('|')
}

function problem(
  column: number,
  field: FieldSpec,
  key: string,
  message: string,
  value: string,
): ImportProblem {
  return { column, field: field.key, key, params: { value, field: field.key }, message }
}

/** Reads one cell as its field's kind; an empty cell gives no value. */
function readCell(
  cell: Cell,
  field: FieldSpec,
  column: number,
  problems: ImportProblem[],
): unknown {
  const text = cellString(cell)
  if (text === '' && !isDateCell(cell)) return undefined
  switch (field.kind) {
    case 'phone':
      return phoneText(cell)
    case 'email':
      return toHalfWidth(text).trim()
    case 'date': {
      const date = parseDateCell(cell)
      if (!date)
        problems.push(problem(column, field, 'errors.importDate', `Not a date: ${text}`, text))
      return date ?? undefined
    }
    case 'number': {
      const value = parseNumberCell(cell)
      if (value === null)
        problems.push(problem(column, field, 'errors.importNumber', `Not a number: ${text}`, text))
      return value ?? undefined
    }
    case 'money': {
      const value = parseMoneyCell(cell)
      if (value === null)
        problems.push(problem(column, field, 'errors.importMoney', `Not an amount: ${text}`, text))
      return value ?? undefined
    }
    case 'choice': {
      const value =
        field.choiceMap?.[normaliseChoice(text)] ?? field.choiceMap?.[normaliseHeader(text)]
      if (value === undefined)
        problems.push({
          ...problem(
            column,
            field,
            'errors.importChoice',
            `Not one of ${field.choices?.join(', ')}: ${text}`,
            text,
          ),
          params: { value: text, field: field.key, choices: (field.choices ?? []).join(' / ') },
        })
      return value
    }
    case 'tags':
      return text
        .split(/[,，;；、|/\s]+/)
        .map((t) => t.trim())
        .filter(Boolean)
    default:
      return text
  }
}

/** A row's cells → values by field key, with a problem for each cell that cannot be read. */
export function readRow(
  cells: Cell[],
  mapping: (string | null)[],
  fields: Map<string, FieldSpec>,
): { values: RowValues; problems: ImportProblem[] } {
  const values: RowValues = {}
  const problems: ImportProblem[] = []
  mapping.forEach((key, column) => {
    if (!key) return
    const field = fields.get(key)
    if (!field) return
    const value = readCell(cells[column] ?? null, field, column, problems)
    if (value !== undefined) values[key] = value
  })
  for (const field of fields.values()) {
    if (
      field.required &&
      values[field.key] === undefined &&
      !problems.some((p) => p.field === field.key)
    ) {
      const column = mapping.indexOf(field.key)
      problems.push({
        column: column === -1 ? null : column,
        field: field.key,
        key: 'errors.importRequired',
        params: { field: field.key },
        message: `${field.key} is required`,
      })
    }
  }
  return { values, problems }
}
