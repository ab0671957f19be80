import type {
  DuplicatePolicy,
  ImportEntity,
  ImportField,
  ImportProblem,
} from '../../../shared/api/excel'
import type { Ctx } from '../context'

/**
 * The open table of what can be imported. An entity is one entry: its fields (with the
 * header names people use for them), how a row's values become the service's input,
 * and a writer that creates, matches and updates through the entity's own services.
 * Products, contracts, payments and deals join with one `registerImporter` each.
 */
export interface FieldSpec extends ImportField {
  /** Header names that map to this field, any case, full- or half-width. */
  synonyms: string[]
  /** For choice fields: what people write (normalised) → the stored value. */
  choiceMap?: Record<string, string>
}

/** The values of one row, by field key, after each cell was read as its field's kind. */
export type RowValues = Record<string, unknown>

export interface RowOutcome {
  action: 'created' | 'updated' | 'skipped'
  /** The record created or updated, and what undo needs (the updated record's state before). */
  recordId?: number
  before?: unknown
  after?: unknown
}

/** A record this row duplicates: an existing one or one created earlier in this import. */
export interface DuplicateMatch {
  id: number
  reason: 'phone' | 'email' | 'name' | 'code'
  label: string
}

/** Writes rows inside the import's transaction; created once per import. */
export interface RowWriter {
  /** Problems the services' rules find in a row (unknown customer, a code in use …), without writing. */
  check(values: RowValues): ImportProblem[]
  findDuplicate(values: RowValues): DuplicateMatch | null
  /** Preview only: a good row that would be created, so later rows of the file can match it. */
  remember?(values: RowValues): void
  /** Applies the row; throws an AppError when a service refuses it (the row is rejected). */
  write(values: RowValues, duplicate: DuplicateMatch | null, policy: DuplicatePolicy): RowOutcome
  /** End of a chunk of rows: deferred work (search rows) is written now. */
  flush(): void
}

export interface EntityImporter {
  entity: ImportEntity
  /** The fields, custom fields included; `ctx` is read-only here. */
  fields(ctx: Ctx): FieldSpec[]
  /** The writer; `readOnly` for the preview (checks and duplicate lookups only). */
  writer(
    ctx: Ctx,
    mapping: (string | null)[],
    options: { readOnly: boolean; importedAt: number },
  ): RowWriter
  /** Removes what an import created and puts back what it updated (imports.undo). */
  undo(ctx: Ctx, records: UndoRecord[], importedAt: number): UndoCounts
  /**
   * The table the rows land in, when a big import may build its list indexes once at the
   * end instead of row by row (deferred-indexes.ts): only for a writer whose per-row
   * queries use the primary key and unique indexes alone.
   */
  bulkTable?: string
  /**
   * Fields holding names whose pinyin the writer works out (sort keys, search text): an
   * .xlsx reader thread converts them alongside the reading, off the core's thread.
   */
  pinyinFields?: readonly string[]
}

export interface UndoRecord {
  recordId: number
  action: 'created' | 'updated'
  before: unknown
  after: unknown
}

export interface UndoCounts {
  removed: number
  binned: number
  restored: number
  keptFields: number
}

const importers = new Map<ImportEntity, EntityImporter>()

export function registerImporter(importer: EntityImporter): void {
  importers.set(importer.entity, importer)
}

export function importerFor(entity: ImportEntity): EntityImporter | undefined {
  return importers.get(entity)
}
