import { asc, eq } from 'drizzle-orm'
import type { Owner } from '../../../shared/api'
import type { Ctx } from '../context'
import { owners } from '../db/schema'
import { AppError, invalidField, notFound } from '../errors'
import { diff, recordAudit } from '../db/audit'

export function listOwners(ctx: Ctx): Owner[] {
  return ctx.db
    .select({ id: owners.id, name: owners.name, active: owners.active })
    .from(owners)
    .orderBy(asc(owners.id))
    .all()
}

function ownerByName(ctx: Ctx, name: string) {
  return ctx.db.select().from(owners).where(eq(owners.name, name)).get()
}

export function createOwner(ctx: Ctx, input: { name: string }): Owner {
  return ctx.db.transaction(() => {
    if (ownerByName(ctx, input.name)) {
      throw new AppError(
        'CONFLICT',
        'errors.ownerNameTaken',
        `An owner named ${input.name} exists`,
        {
          name: input.name,
        },
      )
    }
    const row = ctx.db
      .insert(owners)
      .values({ name: input.name, active: true, createdAt: ctx.clock.now() })
      .returning()
      .get()
    recordAudit(ctx, {
      entity: 'owner',
      entityId: row.id,
      action: 'create',
      changes: { name: { after: row.name } },
    })
    return { id: row.id, name: row.name, active: row.active }
  })
}

export function updateOwner(
  ctx: Ctx,
  input: { id: number; name?: string; active?: boolean },
): Owner {
  return ctx.db.transaction(() => {
    const before = ctx.db.select().from(owners).where(eq(owners.id, input.id)).get()
    if (!before) throw notFound('owner', input.id)
    if (input.name !== undefined && input.name !== before.name && ownerByName(ctx, input.name)) {
      throw new AppError(
        'CONFLICT',
        'errors.ownerNameTaken',
        `An owner named ${input.name} exists`,
        {
          name: input.name,
        },
      )
    }
    const row = ctx.db
      .update(owners)
      .set({ name: input.name ?? before.name, active: input.active ?? before.active })
      .where(eq(owners.id, input.id))
      .returning()
      .get()
    const changes = diff(
      { name: before.name, active: before.active },
      { name: row.name, active: row.active },
    )
    recordAudit(ctx, { entity: 'owner', entityId: row.id, action: 'update', changes })
    return { id: row.id, name: row.name, active: row.active }
  })
}

/** Refuses an owner id that does not exist, as a field error on `ownerId`. */
export function assertOwnerExists(
  ctx: Ctx,
  ownerId: number | null | undefined,
  path = 'ownerId',
): void {
  if (ownerId == null) return
  const found = ctx.db.select({ id: owners.id }).from(owners).where(eq(owners.id, ownerId)).get()
  if (!found)
    throw invalidField(path, 'errors.unknownOwner', `No owner with id ${ownerId}`, {
      id: ownerId,
    })
}
