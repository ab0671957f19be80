import { and, count, desc, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm'
import type {
  Activity,
  ActivityCreateInput,
  ActivityUpdateInput,
  DueFollowUp,
  DueFollowUps,
  ListResult,
} from '../../../shared/api'
import { today } from '../clock'
import type { Ctx } from '../context'
import { activities, contacts, customers, owners } from '../db/schema'
import { diff, recordAudit } from '../db/audit'
import { assertContactOf } from './contacts'
import { requireCustomerRow, requireLiveCustomer } from './customer-rows'
import { AppError, notFound } from '../errors'

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
  // Also for a customer in the recycle bin: its page still shows its timeline.
  requireCustomerRow(ctx, input.customerId)
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
): DueFollowUps {
  const asOf = input.asOf ?? today(ctx.clock)
  const pageSize = input.pageSize ?? 50
  const where = and(
    isNull(customers.deletedAt),
    isNotNull(customers.nextFollowUpDate),
    lte(customers.nextFollowUpDate, asOf),
    input.ownerId ? eq(customers.ownerId, input.ownerId) : undefined,
  )
  // One owner's due list: SQLite would pick the owner index and read all that owner's
  // rows; the (date, owner) index answers from the index alone.
  const source = input.ownerId
    ? sql`${customers} INDEXED BY customers_due_owner_live`
    : sql`${customers}`
  const rows = ctx.db.all<Omit<DueFollowUp, 'overdue'>>(sql`
    SELECT ${customers.id} AS customerId, ${customers.name} AS customerName, ${owners.name} AS ownerName,
      ${customers.nextFollowUpDate} AS nextFollowUpDate, ${customers.lastActivityAt} AS lastActivityAt,
      (SELECT a.next_action FROM ${activities} a WHERE a.customer_id = ${customers.id} AND a.deleted_at IS NULL
        ORDER BY a.occurred_at DESC, a.id DESC LIMIT 1) AS nextAction
    FROM ${source} LEFT JOIN ${owners} ON ${owners.id} = ${customers.ownerId}
    WHERE ${where}
    ORDER BY ${customers.nextFollowUpDate}, ${customers.id}
    LIMIT ${pageSize} OFFSET ${((input.page ?? 1) - 1) * pageSize}`)
  const counts = ctx.db.get<{ total: number; overdue: number | null }>(
    sql`SELECT count(*) AS total, sum(${customers.nextFollowUpDate} < ${asOf}) AS overdue FROM ${source} WHERE ${where}`,
  )
  return {
    overdue: counts.overdue ?? 0,
    rows: rows.map((r) => ({ ...r, overdue: r.nextFollowUpDate < asOf })),
    total: counts.total,
  }
}

function requireActivity(ctx: Ctx, id: number): ActivityRow {
  const row = ctx.db.select().from(activities).where(eq(activities.id, id)).get()
  if (!row) throw notFound('activity', id)
  return row
}

function contactNameOf(ctx: Ctx, contactId: number | null): string | null {
  if (contactId === null) return null
  return (
    ctx.db.select({ name: contacts.name }).from(contacts).where(eq(contacts.id, contactId)).get()
      ?.name ?? null
  )
}

/** Corrects a follow-up (a typo, the wrong date); the customer's derived dates follow. */
export function updateActivity(ctx: Ctx, input: ActivityUpdateInput): Activity {
  return ctx.db.transaction(() => {
    const before = requireActivity(ctx, input.id)
    if (before.deletedAt !== null) throw notFound('activity', input.id)
    requireLiveCustomer(ctx, before.customerId)
    assertContactOf(ctx, before.customerId, input.contactId)
    const { id, ...fields } = input
    const values: Partial<ActivityRow> = {}
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined)
        (values as Record<string, unknown>)[key] = value === '' ? null : value
    }
    const after = ctx.db
      .update(activities)
      .set(values)
      .where(eq(activities.id, id))
      .returning()
      .get()
    refreshFollowUp(ctx, before.customerId)
    const { deletedAt: _b, createdAt: _bc, ...was } = before
    const { deletedAt: _a, createdAt: _ac, ...now } = after
    // The contact by name, not id: the history must still read well after it is deleted.
    const changes = diff(
      { ...was, contactId: contactNameOf(ctx, was.contactId) },
      { ...now, contactId: contactNameOf(ctx, now.contactId) },
      ['id', 'customerId'],
    )
    if (Object.keys(changes).length > 0) {
      recordAudit(ctx, {
        entity: 'customer',
        entityId: before.customerId,
        action: 'activity.update',
        changes,
      })
    }
    return toActivity(after, contactNameOf(ctx, after.contactId))
  })
}

/** Deletes a follow-up; `restoreActivity` is the toast's undo. */
export function deleteActivity(ctx: Ctx, id: number): null {
  return ctx.db.transaction(() => {
    const row = requireActivity(ctx, id)
    if (row.deletedAt !== null)
      throw new AppError('CONFLICT', 'errors.activityDeleted', 'This follow-up is already deleted')
    requireLiveCustomer(ctx, row.customerId)
    ctx.db.update(activities).set({ deletedAt: ctx.clock.now() }).where(eq(activities.id, id)).run()
    refreshFollowUp(ctx, row.customerId)
    recordAudit(ctx, {
      entity: 'customer',
      entityId: row.customerId,
      action: 'activity.delete',
      changes: { [row.kind]: { before: row.content.slice(0, 200) } },
    })
    return null
  })
}

export function restoreActivity(ctx: Ctx, id: number): Activity {
  return ctx.db.transaction(() => {
    const row = requireActivity(ctx, id)
    if (row.deletedAt === null)
      throw new AppError('CONFLICT', 'errors.activityNotDeleted', 'This follow-up is not deleted')
    requireLiveCustomer(ctx, row.customerId)
    const after = ctx.db
      .update(activities)
      .set({ deletedAt: null })
      .where(eq(activities.id, id))
      .returning()
      .get()
    refreshFollowUp(ctx, row.customerId)
    recordAudit(ctx, {
      entity: 'customer',
      entityId: row.customerId,
      action: 'activity.restore',
      changes: { [row.kind]: { after: row.content.slice(0, 200) } },
    })
    return toActivity(after, contactNameOf(ctx, after.contactId))
  })
}
