import { and, count, desc, eq } from 'drizzle-orm'
import type { HistoryEntry, ListResult } from '../../../shared/api'
import type { Statement } from 'better-sqlite3'
import { auditLog } from './schema'
import type { Ctx } from '../context'

export type FieldChanges = Record<string, { before?: unknown; after?: unknown }>

/** Fields whose value differs between two snapshots of a record. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: string[] = [],
): FieldChanges {
  const changes: FieldChanges = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignore.includes(key)) continue
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      changes[key] = { before: before[key] ?? null, after: after[key] ?? null }
    }
  }
  return changes
}

/** The history insert, prepared once per connection: every write of every service runs it. */
const inserts = new WeakMap<Ctx['sqlite'], Statement>()

/** Appends one history row. Call inside the write's transaction. */
export function recordAudit(
  ctx: Ctx,
  entry: { entity: string; entityId: number; action: string; changes?: FieldChanges },
): void {
  let insert = inserts.get(ctx.sqlite)
  if (!insert) {
    insert = ctx.sqlite.prepare(
      'INSERT INTO audit_log(at, entity, entity_id, action, changes) VALUES (?, ?, ?, ?, ?)',
    )
    inserts.set(ctx.sqlite, insert)
  }
  insert.run(
    ctx.clock.now(),
    entry.entity,
    entry.entityId,
    entry.action,
    JSON.stringify(entry.changes ?? {}),
  )
}

/** A record's history, newest first. */
export function listHistory(
  ctx: Ctx,
  entity: string,
  input: { id: number; page?: number; pageSize?: number },
): ListResult<HistoryEntry> {
  const where = and(eq(auditLog.entity, entity), eq(auditLog.entityId, input.id))
  const pageSize = input.pageSize ?? 50
  const rows = ctx.db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset(((input.page ?? 1) - 1) * pageSize)
    .all()
  const total = ctx.db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0
  return {
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      changes: JSON.parse(r.changes) as FieldChanges,
      actor: r.actor,
    })),
    total,
  }
}
