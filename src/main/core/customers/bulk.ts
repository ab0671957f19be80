import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm'
import type { CustomerBulkUpdateInput } from '../../../shared/api'
import type { Ctx } from '../context'
import { customers, customerTags } from '../db/schema'
import { invalidField } from '../errors'
import { diff, recordAudit } from '../db/audit'
import { assertOwnerExists } from '../app'
import { ensureTags } from './tags'

/** The ids that exist and are live; any other id makes the whole call a VALIDATION error. */
function requireLiveIds(ctx: Ctx, ids: number[], deleted = false): void {
  const unique = [...new Set(ids)]
  const found = ctx.db
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(
        inArray(customers.id, unique),
        deleted ? isNotNull(customers.deletedAt) : isNull(customers.deletedAt),
      ),
    )
    .all()
  if (found.length !== unique.length) {
    const have = new Set(found.map((r) => r.id))
    const missing = unique.filter((id) => !have.has(id))
    throw invalidField(
      'ids',
      'errors.bulkUnknownIds',
      `${missing.length} of the selected customers no longer exist`,
      {
        count: missing.length,
      },
    )
  }
}

/** Changes owner / grade / stage / tags of many customers at once: one transaction, one history row each. */
export function bulkUpdateCustomers(ctx: Ctx, input: CustomerBulkUpdateInput): { updated: number } {
  return ctx.db.transaction(() => {
    requireLiveIds(ctx, input.ids)
    assertOwnerExists(ctx, input.set?.ownerId)
    const now = ctx.clock.now()
    const addIds = ensureTags(ctx, input.addTags ?? [])
    const removeIds = input.removeTags?.length ? ensureTags(ctx, input.removeTags) : []
    let updated = 0
    for (const id of new Set(input.ids)) {
      const before = ctx.db.select().from(customers).where(eq(customers.id, id)).get()!
      const changes = diff(
        { ownerId: before.ownerId, grade: before.grade, stage: before.stage },
        { ownerId: before.ownerId, grade: before.grade, stage: before.stage, ...input.set },
      )
      const tagsBefore = ctx.db
        .select({ tagId: customerTags.tagId })
        .from(customerTags)
        .where(eq(customerTags.customerId, id))
        .all()
      const had = new Set(tagsBefore.map((t) => t.tagId))
      const added = addIds.filter((t) => !had.has(t))
      const removed = removeIds.filter((t) => had.has(t))
      if (Object.keys(changes).length === 0 && added.length === 0 && removed.length === 0) continue
      if (Object.keys(changes).length > 0)
        ctx.db
          .update(customers)
          .set({ ...input.set, updatedAt: now })
          .where(eq(customers.id, id))
          .run()
      for (const tagId of added) ctx.db.insert(customerTags).values({ customerId: id, tagId }).run()
      if (removed.length > 0)
        ctx.db
          .delete(customerTags)
          .where(and(eq(customerTags.customerId, id), inArray(customerTags.tagId, removed)))
          .run()
      if (added.length > 0 || removed.length > 0) {
        changes.tags = {
          ...(added.length ? { after: input.addTags } : {}),
          ...(removed.length ? { before: input.removeTags } : {}),
        }
        if (Object.keys(changes).length === 1)
          ctx.db.update(customers).set({ updatedAt: now }).where(eq(customers.id, id)).run()
      }
      recordAudit(ctx, { entity: 'customer', entityId: id, action: 'bulkUpdate', changes })
      updated += 1
    }
    return { updated }
  })
}

export function bulkDeleteCustomers(ctx: Ctx, ids: number[]): { deleted: number } {
  return ctx.db.transaction(() => {
    requireLiveIds(ctx, ids)
    const unique = [...new Set(ids)]
    ctx.db
      .update(customers)
      .set({ deletedAt: ctx.clock.now() })
      .where(inArray(customers.id, unique))
      .run()
    for (const id of unique)
      recordAudit(ctx, { entity: 'customer', entityId: id, action: 'delete' })
    return { deleted: unique.length }
  })
}

export function bulkRestoreCustomers(ctx: Ctx, ids: number[]): { restored: number } {
  return ctx.db.transaction(() => {
    requireLiveIds(ctx, ids, true)
    const unique = [...new Set(ids)]
    ctx.db
      .update(customers)
      .set({ deletedAt: null, mergedInto: null, updatedAt: ctx.clock.now() })
      .where(inArray(customers.id, unique))
      .run()
    for (const id of unique)
      recordAudit(ctx, { entity: 'customer', entityId: id, action: 'restore' })
    return { restored: unique.length }
  })
}
