import { z } from 'zod'
import { id, noInput, sortDir } from './common'
import { job, method, type MethodTable, TOUCHES } from './method'

/**
 * Excel in and out (导入导出): the import wizard's preview and commit, the import log with
 * undo, remembered column mappings, blank templates, list exports and the whole-database
 * export. Files cross the API as `{ name, base64 }` (API.md "Conventions").
 */

/** Excel's own limits: a sheet beyond them is refused before anything is read. */
export const MAX_SHEET_ROWS = 1_048_576
export const MAX_SHEET_COLUMNS = 16_384
/** Rows of the preview (API.md: the first 50). */
export const PREVIEW_ROWS = 50

/** Entities an import can write; the core's registry says which ones are available now. */
export const IMPORT_ENTITIES = [
  'customers',
  'contacts',
  'products',
  'contracts',
  'payments',
  'deals',
] as const
export type ImportEntity = (typeof IMPORT_ENTITIES)[number]

/** Lists an export can write (the core answers NOT_FOUND for one whose domain has not landed). */
export const EXPORT_ENTITIES = [
  'customers',
  'contacts',
  'followUps',
  'deals',
  'products',
  'contracts',
  'payments',
  'receivables',
  /** A customer's statement (对账单): filter { customerId, from, to } as receivables.statement. */
  'statement',
] as const
export type ExportEntity = (typeof EXPORT_ENTITIES)[number]

export const DUPLICATE_POLICIES = ['skip', 'update', 'create'] as const
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number]

/** A file crossing the API. base64 of at most ~190 MB of file (the HTTP body limit is 256 MB). */
export const spreadsheetFile = z.strictObject({
  name: z.string().trim().min(1).max(255),
  base64: z.string().max(256 * 1024 * 1024),
})
export type SpreadsheetFile = z.input<typeof spreadsheetFile>
export interface FileOutput {
  name: string
  base64: string
}

/** Per column of the sheet, the field it fills (`custom.<key>` for a custom field), or null. */
export const columnMapping = z.array(z.string().max(80).nullable()).max(MAX_SHEET_COLUMNS)

export const importPreviewInput = z.strictObject({
  entity: z.enum(IMPORT_ENTITIES),
  file: spreadsheetFile,
  sheet: z.string().max(100).optional(),
  /** 1-based row number of the header row; found automatically when absent. */
  headerRow: z.number().int().min(1).max(MAX_SHEET_ROWS).optional(),
  mapping: columnMapping.optional(),
})
export type ImportPreviewInput = z.input<typeof importPreviewInput>

export const importCommitInput = importPreviewInput.extend({
  onDuplicate: z.enum(DUPLICATE_POLICIES),
  /** Any rejected row refuses the whole import (nothing is written). */
  strict: z.boolean().optional(),
  /** Chosen by the caller so it can cancel (imports.cancel) and match progress events. */
  jobId: z.string().trim().min(1).max(64).optional(),
})
export type ImportCommitInput = z.input<typeof importCommitInput>

/** A field an import can fill, for the mapping step. */
export interface ImportField {
  key: string
  /** Translation key of the field's name (custom fields: `label` instead). */
  labelKey: string
  label?: string
  required: boolean
  kind: 'text' | 'date' | 'choice' | 'phone' | 'email' | 'number' | 'money' | 'tags'
  /** The values a choice field accepts (grade A–D, stage …). */
  choices?: string[]
}

/** One problem of one cell (or of the row when `column` is null). */
export interface ImportProblem {
  column: number | null
  field: string | null
  key: string
  params?: Record<string, string | number>
  message: string
}

export interface ImportPreviewRow {
  /** 1-based row number in the sheet, as Excel shows it. */
  row: number
  cells: string[]
  problems: ImportProblem[]
  /** Would match an existing record (or an earlier row) by phone, email or name. */
  duplicateOf?: string | null
}

export interface ImportColumn {
  index: number
  header: string
}

export interface ImportTemplate {
  id: number
  entity: ImportEntity
  name: string
  headers: string[]
  mapping: (string | null)[]
  updatedAt: number
}

export interface ImportPreview {
  sheets: string[]
  sheet: string
  headerRow: number
  columns: ImportColumn[]
  /** Suggested (or, when given, the caller's) field per column. */
  mapping: (string | null)[]
  /** A saved mapping for exactly these headers, when one exists (it is already applied). */
  template: ImportTemplate | null
  fields: ImportField[]
  rows: ImportPreviewRow[]
  /** Data rows below the header row (blank rows not counted where the format tells). */
  totalRows: number
  format: 'xlsx' | 'xls' | 'csv'
  /** The text encoding a CSV was read in (utf-8, gb18030 …). */
  encoding?: string
}

export interface ImportSummary {
  /** The import log entry (imports.undo takes it); null when nothing was written. */
  importId: number | null
  created: number
  updated: number
  skipped: number
  rejected: number
  /** Strict mode with rejected rows: nothing was written. */
  committed: boolean
  /** The rejected rows as .xlsx with the reason in the last column. */
  rejectedFile?: FileOutput
}

export interface ImportLogEntry {
  id: number
  entity: ImportEntity
  fileName: string
  at: number
  created: number
  updated: number
  skipped: number
  rejected: number
  undoneAt: number | null
}

export interface ImportUndoResult {
  /** Records the import created that are gone again. */
  removed: number
  /** Created records changed since the import: moved to the recycle bin instead. */
  binned: number
  /** Records the import updated, put back as they were. */
  restored: number
  /** Fields edited again since the import, left as they are now. */
  keptFields: number
}

export const templateSaveInput = z.strictObject({
  entity: z.enum(IMPORT_ENTITIES),
  name: z.string().trim().min(1).max(60),
  headers: z.array(z.string().max(200)).min(1).max(MAX_SHEET_COLUMNS),
  mapping: columnMapping,
})

/** list input (API.md "Conventions") of any list, plus the columns the user sees, in order. */
export const exportListInput = z.strictObject({
  entity: z.enum(EXPORT_ENTITIES),
  q: z.string().trim().max(200).optional(),
  filter: z.record(z.string().max(40), z.unknown()).optional(),
  sort: z.strictObject({ field: z.string().max(40), dir: sortDir }).optional(),
  page: z.number().int().min(1).optional(),
  pageSize: z.number().int().min(1).optional(),
  columns: z.array(z.string().max(80)).max(200).optional(),
  /** Sheet title and file name language; default the app's. */
  locale: z.enum(['zh-CN', 'en']).optional(),
})
export type ExportListInput = z.input<typeof exportListInput>

export interface DatabaseExport extends FileOutput {
  tables: number
  rows: number
}

export const excelMethods = {
  'imports.preview': job<ImportPreview>()(importPreviewInput),
  'imports.commit': job<ImportSummary>()(importCommitInput, { touches: TOUCHES.everything }),
  'imports.cancel': method<{ cancelled: boolean }>()(
    z.strictObject({ jobId: z.string().max(64) }),
    {
      steersJobs: true,
    },
  ),
  'imports.list': method<ImportLogEntry[]>()(noInput),
  'imports.undo': method<ImportUndoResult>()(z.strictObject({ id }), {
    touches: TOUCHES.everything,
  }),
  'imports.templates': method<ImportTemplate[]>()(
    z.strictObject({ entity: z.enum(IMPORT_ENTITIES) }),
  ),
  'imports.saveTemplate': method<ImportTemplate>()(templateSaveInput, {
    touches: TOUCHES.templates,
  }),
  'imports.deleteTemplate': method<null>()(z.strictObject({ id }), { touches: TOUCHES.templates }),
  /** A blank workbook with the expected headers, a sample row and drop-down lists. */
  'imports.blankTemplate': job<FileOutput>()(
    z.strictObject({ entity: z.enum(IMPORT_ENTITIES), locale: z.enum(['zh-CN', 'en']).optional() }),
  ),
  'exports.list': job<FileOutput>()(exportListInput),
  /** Every table to one workbook, a sheet per table (the user can take their data away). */
  'exports.database': job<DatabaseExport>()(noInput),
} satisfies MethodTable
