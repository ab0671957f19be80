import { and, asc, eq } from 'drizzle-orm'
import type { ImportEntity, ImportTemplate } from '../../../shared/api/excel'
import type { Ctx } from '../context'
import { importTemplates } from '../db/schema'
import { notFound } from '../errors'
import { recordAudit } from '../db/audit'
import { headerKey } from './mapping'

/**
 * Column mappings remembered per header set (导入模板): saving one for a sheet's headers
 * makes the next sheet with the same headers map itself. A name is unique per entity;
 * saving under an existing name replaces that template.
 */
export function toTemplate(row: typeof importTemplates.$inferSelect): ImportTemplate {
  return {
    id: row.id,
    entity: row.entity as ImportEntity,
    name: row.name,
    headers: JSON.parse(row.headers) as string[],
    mapping: JSON.parse(row.mapping) as (string | null)[],
    updatedAt: row.updatedAt,
  }
}

export function listTemplates(ctx: Ctx, entity: ImportEntity): ImportTemplate[] {
  return ctx.db
    .select()
    .from(importTemplates)
    .where(eq(importTemplates.entity, entity))
    .orderBy(asc(importTemplates.name))
    .all()
    .map(toTemplate)
}

export function saveTemplate(
  ctx: Ctx,
  input: { entity: ImportEntity; name: string; headers: string[]; mapping: (string | null)[] },
): ImportTemplate {
  return ctx.db.transaction(() => {
    const values = {
      entity: input.entity,
      name: input.name,
      headerKey: headerKey(input.headers),
      headers: JSON.stringify(input.headers),
      mapping: JSON.stringify(input.headers.map((_, i) => input.mapping[i] ?? null)),
      updatedAt: ctx.clock.now(),
    }
    // One mapping per header set: a newer template for the same headers replaces the older.
    ctx.db
      .delete(importTemplates)
      .where(
        and(
          eq(importTemplates.entity, input.entity),
          eq(importTemplates.headerKey, values.headerKey),
        ),
      )
      .run()
    const row = ctx.db
      .insert(importTemplates)
      .values(values)
      .onConflictDoUpdate({ target: [importTemplates.entity, importTemplates.name], set: values })
      .returning()
      .get()
    recordAudit(ctx, {
      entity: 'importTemplate',
      entityId: row.id,
      action: 'save',
      changes: { name: { after: row.name } },
    })
    return toTemplate(row)
  })
}

export function deleteTemplate(ctx: Ctx, id: number): null {
  return ctx.db.transaction(() => {
    const row = ctx.db.select().from(importTemplates).where(eq(importTemplates.id, id)).get()
    if (!row) throw notFound('importTemplate', id)
    ctx.db.delete(importTemplates).where(eq(importTemplates.id, id)).run()
    recordAudit(ctx, {
      entity: 'importTemplate',
      entityId: id,
      action: 'delete',
      changes: { name: { before: row.name } },
    })
    return null
  })
}
