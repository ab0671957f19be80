import { and, asc, eq } from 'drizzle-orm'
import type { SavedView } from '../../../shared/api'
import type { Ctx } from '../context'
import { savedViews } from '../db/schema'
import { notFound } from '../errors'

type Row = typeof savedViews.$inferSelect

function toView(row: Row): SavedView {
  return {
    id: row.id,
    entity: row.entity,
    name: row.name,
    state: JSON.parse(row.state) as Record<string, unknown>,
  }
}

export function listViews(ctx: Ctx, entity: string): SavedView[] {
  return ctx.db
    .select()
    .from(savedViews)
    .where(eq(savedViews.entity, entity))
    .orderBy(asc(savedViews.name))
    .all()
    .map(toView)
}

/** Saves a named view; saving under an existing name replaces that view. */
export function saveView(
  ctx: Ctx,
  input: { entity: string; name: string; state: Record<string, unknown> },
): SavedView {
  const state = JSON.stringify(input.state)
  const existing = ctx.db
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.entity, input.entity), eq(savedViews.name, input.name)))
    .get()
  const row = existing
    ? ctx.db
        .update(savedViews)
        .set({ state })
        .where(eq(savedViews.id, existing.id))
        .returning()
        .get()
    : ctx.db
        .insert(savedViews)
        .values({ ...input, state, createdAt: ctx.clock.now() })
        .returning()
        .get()
  return toView(row)
}

export function deleteView(ctx: Ctx, id: number): null {
  const result = ctx.db.delete(savedViews).where(eq(savedViews.id, id)).run()
  if (result.changes === 0) throw notFound('view', id)
  return null
}
