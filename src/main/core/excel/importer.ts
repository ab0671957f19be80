import {
  PREVIEW_ROWS,
  type ImportCommitInput,
  type ImportPreview,
  type ImportPreviewInput,
  type ImportProblem,
  type ImportSummary,
} from '../../../shared/api/excel'
import type { BackupManager } from '../safety'
import type { Ctx } from '../context'
import { commitBulk } from '../db/checkpointer'
import { imports } from '../db/schema'
import type { Job, Jobs } from '../jobs'
import { yieldToEventLoop } from '../jobs'
import { recordAudit } from '../db/audit'
import { primePinyin } from '../pinyin'
import { getSettings } from '../app'
import { cellString, cellText, isBlankRow, type SheetRow } from './cells'
import { DEFER_INDEXES_FROM_ROWS, deferIndexes } from './deferred-indexes'
import { readRow } from './mapping'
import { reasonText } from './messages'
import { problemsOf } from './problems'
import type { FieldSpec, RowWriter } from './registry'
import { assertMappingUsable, planSheet, type SheetPlan } from './sheet-plan'
import { createBookWriter } from '../workbook'
import type { ReadHints, Reader, Readers } from './xlsx-thread'
import { eq } from 'drizzle-orm'

/** Rows between two yields to the event loop (a cancel can arrive then) and progress events. */
const CHUNK_ROWS = 500

export async function previewImport(ctx: Ctx, input: ImportPreviewInput): Promise<ImportPreview> {
  const plan = await planSheet(ctx, input)
  const fields = new Map(plan.fields.map((f) => [f.key, f]))
  const writer = plan.importer.writer(ctx, plan.mapping, {
    readOnly: true,
    importedAt: ctx.clock.now(),
  })
  const dataRows = plan.head.filter((r) => r.number > plan.headerRow && !isBlankRow(r.cells))
  const rows = dataRows.slice(0, PREVIEW_ROWS).map((row) => {
    const { values, problems } = readRow(row.cells, plan.mapping, fields)
    const all = problems.length > 0 ? problems : writer.check(values)
    const duplicate = all.length === 0 ? writer.findDuplicate(values) : null
    if (all.length === 0 && !duplicate) writer.remember?.(values)
    return {
      row: row.number,
      cells: plan.columns.map((c) => cellText(row.cells[c.index] ?? null)),
      problems: all,
      duplicateOf: duplicate?.label ?? null,
    }
  })
  const counted = await plan.source.rowCount(plan.sheet)
  const above = plan.head.filter((r) => r.number <= plan.headerRow).length
  return {
    sheets: plan.source.sheets,
    sheet: plan.sheet,
    headerRow: plan.headerRow,
    columns: plan.columns,
    mapping: plan.mapping,
    template: plan.template,
    fields: plan.fields.map(({ synonyms: _s, choiceMap: _c, ...field }) => field),
    rows,
    totalRows: Math.max(counted - above, dataRows.length),
    format: plan.source.format,
    ...(plan.source.encoding ? { encoding: plan.source.encoding } : {}),
  }
}

interface Tally {
  created: number
  updated: number
  skipped: number
  rejected: number
}

/** The rejected rows as they were, plus the reason; kept as a streamed workbook. */
function rejectedBook(plan: SheetPlan, locale: string) {
  const book = createBookWriter()
  const reasonHeader = locale === 'en' ? 'Reason' : '原因'
  // Opened at the first rejected row: by then the header row has been read.
  let opened: ReturnType<typeof book.addSheet> | null = null
  const sheet = () =>
    (opened ??= book.addSheet(plan.sheet, [
      ...plan.columns.map((c) => ({ header: c.header, kind: 'text' as const })),
      { header: reasonHeader, kind: 'text' },
    ]))
  const headerOf = (p: ImportProblem) =>
    p.column !== null ? (plan.columns[p.column]?.header ?? '') : (p.field ?? '')
  return {
    add(row: SheetRow, problems: ImportProblem[]) {
      sheet().addRow([
        ...plan.columns.map((c) => cellText(row.cells[c.index] ?? null)),
        reasonText(problems, locale, headerOf),
      ])
    },
    get count() {
      return opened?.rows ?? 0
    },
    finish: (name: string) => book.finish(name),
  }
}

/** One row: read, judged by the services, written (or skipped, or rejected with its reasons). */
function importRow(
  row: SheetRow,
  plan: SheetPlan,
  fields: Map<string, FieldSpec>,
  writer: RowWriter,
  policy: ImportCommitInput['onDuplicate'],
): { outcome: ReturnType<RowWriter['write']> } | { problems: ImportProblem[] } {
  const { values, problems } = readRow(row.cells, plan.mapping, fields)
  if (problems.length > 0) return { problems }
  try {
    const duplicate = policy === 'create' ? null : writer.findDuplicate(values)
    return { outcome: writer.write(values, duplicate, policy) }
  } catch (error) {
    return { problems: problemsOf(error, plan.mapping) }
  }
}

/**
 * The import as one transaction opened by hand: rows are read, judged and written in
 * chunks, yielding between chunks so a cancel can arrive; cancel, strict mode with a
 * rejected row, or any unexpected error rolls everything back. A backup comes first.
 */
export async function commitImport(
  deps: { ctx: Ctx; backups: BackupManager; jobs: Jobs; readers?: Readers | null },
  input: ImportCommitInput,
): Promise<ImportSummary> {
  const { jobs } = deps
  return jobs.run(input.jobId, async (job) => {
    // Taken first: a thread not booted yet boots while the file is checked and backed up.
    // An import that does not read an .xlsx gives it back unused.
    const reader = deps.readers?.take() ?? null
    try {
      return await importRows(deps, input, job, reader)
    } finally {
      await reader?.stop()
    }
  })
}

/** What the reader thread may work out alongside the reading: the names' pinyin. */
function readHints(plan: SheetPlan): ReadHints {
  const pinyinFields = new Set(plan.importer.pinyinFields)
  return {
    pinyinColumns: plan.mapping.flatMap((key, column) =>
      key && pinyinFields.has(key) ? [column] : [],
    ),
    onPinyin: primePinyin,
  }
}

/**
 * The end of an import's transaction, every row read: ROLLBACK when strict mode met a
 * rejected row or nothing was written, else the deferred indexes built, the counts and
 * the history entry written, and COMMIT.
 */
function settle(
  ctx: Ctx,
  state: {
    input: ImportCommitInput
    importId: number
    tally: Tally
    total: number
    job: Job
    indexes: { restore(): void } | null
  },
  rejectedFile: ImportSummary['rejectedFile'],
): ImportSummary {
  const { input, importId, tally, total, job } = state
  const written = tally.created + tally.updated
  if ((input.strict && tally.rejected > 0) || written === 0) {
    ctx.sqlite.exec('ROLLBACK')
    const committed = !(input.strict && tally.rejected > 0)
    return {
      importId: null,
      ...(committed ? tally : { ...tally, created: 0, updated: 0, skipped: 0 }),
      committed,
      ...(rejectedFile ? { rejectedFile } : {}),
    }
  }
  state.indexes?.restore()
  ctx.db.update(imports).set(tally).where(eq(imports.id, importId)).run()
  recordAudit(ctx, {
    entity: 'import',
    entityId: importId,
    action: 'commit',
    changes: {
      file: { after: input.file.name },
      entity: { after: input.entity },
      ...(Object.fromEntries(
        Object.entries(tally).map(([k, v]: [string, number]) => [k, { after: v }]),
      ) as Record<string, { after: number }>),
    },
  })
  // A big import's WAL is copied into the database on a thread of its own, not here.
  if (total >= DEFER_INDEXES_FROM_ROWS) commitBulk(ctx.sqlite)
  else ctx.sqlite.exec('COMMIT')
  job.progress(total, total, 'done')
  return { importId, ...tally, committed: true, ...(rejectedFile ? { rejectedFile } : {}) }
}

/** The import itself, within its job: plan, backup, rows, then settle (COMMIT or ROLLBACK). */
async function importRows(
  deps: { ctx: Ctx; backups: BackupManager; jobs: Jobs },
  input: ImportCommitInput,
  job: Job,
  reader: Reader | null,
): Promise<ImportSummary> {
  const { ctx, jobs } = deps
  const plan = await planSheet(ctx, input, {
    readHead: input.headerRow === undefined || input.mapping === undefined,
  })
  assertMappingUsable(plan)
  const total = Math.max(1, await plan.source.rowCount(plan.sheet))
  const fields = new Map(plan.fields.map((f) => [f.key, f]))
  const locale = getSettings(ctx).locale
  job.progress(0, total, 'reading')
  return jobs.holdConnection(async () => {
    deps.backups.create('import')
    const importedAt = ctx.clock.now()
    const tally: Tally = { created: 0, updated: 0, skipped: 0, rejected: 0 }
    const rejected = rejectedBook(plan, locale)
    ctx.sqlite.exec('BEGIN IMMEDIATE')
    try {
      const importId = Number(
        ctx.sqlite
          .prepare('INSERT INTO imports(entity, file_name, at) VALUES (?, ?, ?)')
          .run(input.entity, input.file.name.slice(0, 255), importedAt).lastInsertRowid,
      )
      const record = ctx.sqlite.prepare(
        'INSERT INTO import_records(import_id, record_id, action, before, after) VALUES (?, ?, ?, ?, ?)',
      )
      const writer = plan.importer.writer(ctx, plan.mapping, { readOnly: false, importedAt })
      const indexes = plan.importer.bulkTable
        ? deferIndexes(ctx.sqlite, plan.importer.bulkTable, total)
        : null
      let inChunk = 0
      for await (const row of plan.source.rows(plan.sheet, reader, readHints(plan))) {
        if (row.number === plan.headerRow)
          for (const column of plan.columns)
            column.header = cellString(row.cells[column.index] ?? null)
        if (row.number <= plan.headerRow || isBlankRow(row.cells)) continue
        const result = importRow(row, plan, fields, writer, input.onDuplicate)
        if ('problems' in result) {
          tally.rejected += 1
          rejected.add(row, result.problems)
        } else {
          const { action, recordId, before, after } = result.outcome
          tally[action] += 1
          if (action !== 'skipped' && recordId !== undefined)
            record.run(
              importId,
              recordId,
              action,
              before === undefined ? null : JSON.stringify(before),
              after === undefined ? null : JSON.stringify(after),
            )
        }
        if (++inChunk >= CHUNK_ROWS) {
          inChunk = 0
          writer.flush()
          job.progress(row.number, total, 'writing')
          await yieldToEventLoop()
          job.throwIfCancelled()
        }
      }
      writer.flush()
      job.throwIfCancelled()
      const rejectedFile =
        rejected.count > 0
          ? await rejected.finish(
              `${input.file.name.replace(/\.[^.]+$/, '')}-${locale === 'en' ? 'rejected' : '未导入'}.xlsx`,
            )
          : undefined
      return settle(ctx, { input, importId, tally, total, job, indexes }, rejectedFile)
    } catch (error) {
      if (ctx.sqlite.inTransaction) ctx.sqlite.exec('ROLLBACK')
      throw error
    }
  })
}
