import { eq, and } from 'drizzle-orm'
import {
  PREVIEW_ROWS,
  type ImportColumn,
  type ImportPreviewInput,
  type ImportTemplate,
} from '../../../shared/api/excel'
import type { Ctx } from '../context'
import { importTemplates } from '../db/schema'
import { AppError } from '../errors'
import { cellString, type SheetRow } from './cells'
import { detectHeaderRow, headerKey, suggestMapping } from './mapping'
import { importerFor, type EntityImporter, type FieldSpec } from './registry'
import { fileRefused } from './refusals'
import { openSource, type WorkbookSource } from './source'
import { toTemplate } from './templates'

/**
 * What preview and commit agree on before any row is judged: the file, the sheet, the
 * header row (found or given), the columns and the mapping (given, remembered for these
 * headers, or suggested from the synonyms).
 */
export interface SheetPlan {
  source: WorkbookSource
  importer: EntityImporter
  fields: FieldSpec[]
  sheet: string
  headerRow: number
  columns: ImportColumn[]
  mapping: (string | null)[]
  template: ImportTemplate | null
  /** The first rows read while planning (header scan and preview). */
  head: SheetRow[]
}

const HEAD_ROWS = 30

export function requireImporter(entity: ImportPreviewInput['entity']): EntityImporter {
  const importer = importerFor(entity)
  if (!importer)
    throw new AppError(
      'NOT_FOUND',
      'errors.importEntityUnavailable',
      `Importing ${entity} is not available yet`,
      { entity },
    )
  return importer
}

/**
 * `readHead: false` (commit with the header row and mapping the preview settled): no
 * first pass over the file — the header's texts are filled in when the import reaches it.
 */
export async function planSheet(
  ctx: Ctx,
  input: ImportPreviewInput,
  options: { readHead: boolean } = { readHead: true },
): Promise<SheetPlan> {
  const importer = requireImporter(input.entity)
  const source = await openSource(input.file)
  const sheet = input.sheet ?? source.sheets[0]!
  if (!source.sheets.includes(sheet))
    throw fileRefused('errors.importSheetMissing', `No sheet named ${sheet}`, { sheet })
  const fields = importer.fields(ctx)
  const known = new Set(fields.map((f) => f.key))
  if (!options.readHead && input.headerRow !== undefined && input.mapping !== undefined) {
    const mapping = input.mapping.map((key) => (key && known.has(key) ? key : null))
    const columns = mapping.map((_, index) => ({ index, header: '' }))
    return {
      source,
      importer,
      fields,
      sheet,
      headerRow: input.headerRow,
      columns,
      mapping,
      template: null,
      head: [],
    }
  }
  const want = Math.max(HEAD_ROWS, input.headerRow ?? 0) + PREVIEW_ROWS + 20
  const head: SheetRow[] = []
  const rows = source.rows(sheet)
  for await (const row of rows) {
    head.push(row)
    if (head.length >= want) break
  }
  const headerRow = input.headerRow ?? detectHeaderRow(head, fields)
  const headerCells = head.find((r) => r.number === headerRow)?.cells ?? []
  const width = Math.max(
    headerCells.length,
    ...head.filter((r) => r.number > headerRow).map((r) => r.cells.length),
    0,
  )
  const columns = Array.from({ length: width }, (_, index) => ({
    index,
    header: cellString(headerCells[index] ?? null),
  }))
  const headers = columns.map((c) => c.header)
  const saved = ctx.db
    .select()
    .from(importTemplates)
    .where(
      and(
        eq(importTemplates.entity, input.entity),
        eq(importTemplates.headerKey, headerKey(headers)),
      ),
    )
    .get()
  const template = saved ? toTemplate(saved) : null
  const chosen = input.mapping ?? template?.mapping ?? suggestMapping(headers, fields)
  const mapping = columns.map((_, i) => {
    const key = chosen[i] ?? null
    return key && known.has(key) ? key : null
  })
  return { source, importer, fields, sheet, headerRow, columns, mapping, template, head }
}

/** A mapping the import can run with: every required field mapped, none twice. */
export function assertMappingUsable(plan: SheetPlan): void {
  const seen = new Set<string>()
  for (const key of plan.mapping) {
    if (!key) continue
    if (seen.has(key))
      throw new AppError(
        'VALIDATION',
        'errors.importFieldTwice',
        `Two columns are mapped to ${key}`,
        {
          field: key,
        },
      )
    seen.add(key)
  }
  const missing = plan.fields.filter((f) => f.required && !seen.has(f.key))
  if (missing.length > 0)
    throw new AppError(
      'VALIDATION',
      'errors.importRequiredUnmapped',
      `No column is mapped to ${missing.map((f) => f.key).join(', ')}`,
      { fields: missing.map((f) => f.key).join(', ') },
    )
}
