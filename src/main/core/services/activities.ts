import { and, asc, count, desc, eq, isNotNull, isNull, lte } from 'drizzle-orm'
import type { Activity, ActivityCreateInput, DueFollowUp, ListResult } from '../../../shared/api'
import { today } from '../clock'
import type { Ctx } from '../context'
import { activities, contacts, customers, owners } from '../db/schema'
import { recordAudit } from './audit'
import { assertContactOf } from './contacts'
import { requireLiveCustomer } from './customer-rows'

type ActivityRow = typeof activities.$inferSelect

function toActivity(row: ActivityRow, contactName: string | null): Activity {
  const { deletedAt: _d, ...activity } = row
  return { ...activity, contactName }
}

/**
 * The customer's lastActivityAt is its latest follow-up; its nextFollowUpDate is the
 * plan written on that latest follow-up (a newer follow-up without a plan clears it).
 */
export function refreshFollowUp(ctx: Ctx, customerId: number): void {
  const latest = ctx.db
    .select({ occurredAt: activities.occurredAt, next: activities.nextFollowUpDate })
    .from(activities)
    .where(and(eq(activities.customerId, customerId), isNull(activities.deletedAt)))
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(1)
    .get()
  ctx.db
    .update(customers)
    .set({ lastActivityAt: latest?.occurredAt ?? null, nextFollowUpDate: latest?.next ?? null })
    .where(eq(customers.id, customerId))
    .run()
}

export function createActivity(ctx: Ctx, input: ActivityCreateInput): Activity {
  return ctx.db.transaction(() => {
    requireLiveCustomer(ctx, input.customerId)
    assertContactOf(ctx, input.customerId, input.contactId)
    const now = ctx.clock.now()
    const row = ctx.db
      .insert(activities)
      .values({
        customerId: input.customerId,
        contactId: input.contactId ?? null,
        kind: input.kind,
        content: input.content,
        occurredAt: input.occurredAt ?? now,
        nextFollowUpDate: input.nextFollowUpDate || null,
        nextAction: input.nextAction || null,
        createdAt: now,
      })
      .returning()
      .get()
    refreshFollowUp(ctx, input.customerId)
    recordAudit(ctx, {
      entity: 'customer',
      entityId: input.customerId,
      action: 'activity.create',
      changes: { [input.kind]: { after: input.content.slice(0, 200) } },
    })
    const contactName = input.contactId
      ? (ctx.db
          .select({ name: contacts.name })
          .from(contacts)
          .where(eq(contacts.id, input.contactId))
          .get()?.name ?? null)
      : null
    return toActivity(row, contactName)
  })
}

export function listActivities(
  ctx: Ctx,
  input: { customerId: number; page?: number; pageSize?: number },
): ListResult<Activity> {
  requireLiveCustomer(ctx, input.customerId)
  const pageSize = input.pageSize ?? 50
  const where = and(eq(activities.customerId, input.customerId), isNull(activities.deletedAt))
  const rows = ctx.db
    .select({ activity: activities, contactName: contacts.name })
    .from(activities)
    .leftJoin(contacts, eq(contacts.id, activities.contactId))
    .where(where)
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(pageSize)
    .offset(((input.page ?? 1) - 1) * pageSize)
    .all()
  const total = ctx.db.select({ n: count() }).from(activities).where(where).get()?.n ?? 0
  return { rows: rows.map((r) => toActivity(r.activity, r.contactName)), total }
}

/** Follow-ups due today or overdue (as of a date), oldest plan first. */
export function dueFollowUps(
  ctx: Ctx,
  input: { asOf?: string; ownerId?: number; page?: number; pageSize?: number },
): ListResult<DueFollowUp> {
  const asOf = input.asOf ?? today(ctx.clock)
  const pageSize = input.pageSize ?? 50
  const where = and(
    isNull(customers.deletedAt),
    isNotNull(customers.nextFollowUpDate),
    lte(customers.nextFollowUpDate, asOf),
    input.ownerId ? eq(customers.ownerId, input.ownerId) : undefined,
  )
  const rows = ctx.db
    .select({
      customerId: customers.id,
      customerName: customers.name,
      ownerName: owners.name,
      nextFollowUpDate: customers.nextFollowUpDate,
      lastActivityAt: customers.lastActivityAt,
    })
    .from(customers)
    .leftJoin(owners, eq(owners.id, customers.ownerId))
    .where(where)
    .orderBy(asc(customers.nextFollowUpDate), asc(customers.id))
    .limit(pageSize)
    .offset(((input.page ?? 1) - 1) * pageSize)
    .all()
  const total = ctx.db.select({ n: count() }).from(customers).where(where).get()?.n ?? 0
  return {
    rows: rows.map((r) => ({
      ...r,
      nextFollowUpDate: r.nextFollowUpDate as string,
      nextAction: latestNextAction(ctx, r.customerId),
      overdue: (r.nextFollowUpDate as string) < asOf,
    })),
    total,
  }
}

function latestNextAction(ctx: Ctx, customerId: number): string | null {
  return (
    ctx.db
      .select({ nextAction: activities.nextAction })
      .from(activities)
      .where(and(eq(activities.customerId, customerId), isNull(activities.deletedAt)))
      .orderBy(desc(activities.occurredAt), desc(activities.id))
      .limit(1)
      .get()?.nextAction ?? null
  )
}
