import { auditLog } from '../db/schema'
import type { Ctx } from '../context'

export type FieldChanges = Record<string, { before?: unknown; after?: unknown }>

/** Fields whose value differs between two snapshots of a record. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>, ignore: string[] = []): FieldChanges {
  const changes: FieldChanges = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignore.includes(key)) continue
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      changes[key] = { before: before[key] ?? null, after: after[key] ?? null }
    }
  }
  return changes
}

/** Appends one history row. Call inside the write's transaction. */
export function recordAudit(
  ctx: Ctx,
  entry: { entity: string; entityId: number; action: string; changes?: FieldChanges },
): void {
  ctx.db
    .insert(auditLog)
    .values({
      at: ctx.clock.now(),
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      changes: JSON.stringify(entry.changes ?? {}),
    })
    .run()
}
