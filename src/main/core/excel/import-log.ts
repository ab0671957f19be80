import { desc, eq } from 'drizzle-orm'
import type { ImportEntity, ImportLogEntry, ImportUndoResult } from '../../../shared/api/excel'
import type { Ctx } from '../context'
import { importRecords, imports } from '../db/schema'
import { AppError, notFound } from '../errors'
import { recordAudit } from '../db/audit'
import { requireImporter } from './sheet-plan'

/** The last imports, newest first, with their counts (the wizard's "recent imports"). */
export function listImports(ctx: Ctx, limit = 20): ImportLogEntry[] {
  return ctx.db
    .select()
    .from(imports)
    .orderBy(desc(imports.at), desc(imports.id))
    .limit(limit)
    .all()
    .map((row) => ({ ...row, entity: row.entity as ImportEntity }))
}

/**
 * Undoes an import in one transaction: what it created is removed (or, if changed since,
 * moved to the recycle bin), what it updated gets back each field it changed unless
 * that field was edited again since.
 */
export function undoImport(ctx: Ctx, id: number): ImportUndoResult {
  return ctx.db.transaction(() => {
    const entry = ctx.db.select().from(imports).where(eq(imports.id, id)).get()
    if (!entry) throw notFound('import', id)
    if (entry.undoneAt !== null)
      throw new AppError(
        'CONFLICT',
        'errors.importAlreadyUndone',
        'This import was already undone',
        {
          id,
        },
      )
    const importer = requireImporter(entry.entity as ImportEntity)
    const records = ctx.db
      .select()
      .from(importRecords)
      .where(eq(importRecords.importId, id))
      .all()
      .map((r) => ({
        recordId: r.recordId,
        action: r.action,
        before: r.before === null ? null : (JSON.parse(r.before) as unknown),
        after: r.after === null ? null : (JSON.parse(r.after) as unknown),
      }))
    const counts = importer.undo(ctx, records, entry.at)
    const undoneAt = ctx.clock.now()
    ctx.db.update(imports).set({ undoneAt }).where(eq(imports.id, id)).run()
    recordAudit(ctx, {
      entity: 'import',
      entityId: id,
      action: 'undo',
      changes: Object.fromEntries(
        Object.entries(counts).map(([k, v]: [string, number]) => [k, { after: v }]),
      ),
    })
    return counts
  })
}
