import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm'
import type { Contact, ContactCreateInput, ContactUpdateInput } from '../../../shared/api'
import { phoneDigits } from '../../../shared/text'
import { today } from '../clock'
import type { Ctx } from '../context'
import { contacts } from '../db/schema'
import { AppError, invalidField, notFound } from '../errors'
import { diff, recordAudit, type FieldChanges } from '../db/audit'
import { assertCustomValues } from './custom-fields'
import {
  requireCustomerRow,
  requireLiveCustomer,
  toContact,
  type ContactRow,
} from './customer-rows'
import { reindexCustomer } from '../search'

function assertBirthday(ctx: Ctx, birthday: string | null | undefined): void {
  if (birthday && birthday > today(ctx.clock)) {
    throw invalidField('birthday', 'errors.dateInFuture', 'A birthday cannot be in the future')
  }
}

function liveContacts(ctx: Ctx, customerId: number): ContactRow[] {
  // Primary first, then in the order they were added (as the customer page shows them).
  return ctx.db
    .select()
    .from(contacts)
    .where(and(eq(contacts.customerId, customerId), isNull(contacts.deletedAt)))
    .orderBy(desc(contacts.isPrimary), asc(contacts.id))
    .all()
}

/** Exactly one primary contact per customer that has contacts: the one named, or the oldest. */
export function settlePrimary(ctx: Ctx, customerId: number, primaryId?: number): void {
  const rows = liveContacts(ctx, customerId)
  const chosen = primaryId ?? rows.find((r) => r.isPrimary)?.id ?? rows[0]?.id
  if (chosen === undefined) return
  ctx.db
    .update(contacts)
    .set({ isPrimary: false })
    .where(and(eq(contacts.customerId, customerId), ne(contacts.id, chosen)))
    .run()
  ctx.db.update(contacts).set({ isPrimary: true }).where(eq(contacts.id, chosen)).run()
}

function blank<T>(value: T | '' | undefined): T | null | undefined {
  return value === '' ? null : value
}

/** Also for a customer in the recycle bin: its page still shows what it had. */
/**
 * After a customer's set of contacts changed: one primary again (the one named, or as
 * before), the customer's search row, and the history entry.
 */
function contactsChanged(
  ctx: Ctx,
  customerId: number,
  action: string,
  changes: FieldChanges,
  primaryId?: number,
): void {
  settlePrimary(ctx, customerId, primaryId)
  reindexCustomer(ctx, customerId)
  recordAudit(ctx, { entity: 'customer', entityId: customerId, action, changes })
}

export function listContacts(ctx: Ctx, customerId: number): Contact[] {
  requireCustomerRow(ctx, customerId)
  return liveContacts(ctx, customerId).map(toContact)
}

export function createContact(ctx: Ctx, input: ContactCreateInput): Contact {
  assertBirthday(ctx, input.birthday)
  return ctx.db.transaction(() => {
    requireLiveCustomer(ctx, input.customerId)
    assertCustomValues(ctx, 'contact', input.custom)
    const row = ctx.db.insert(contacts).values(newContactRow(input, ctx.clock.now())).returning().get()
    contactsChanged(
      ctx,
      input.customerId,
      'contact.create',
      { contact: { after: input.name } },
      input.isPrimary ? row.id : undefined,
    )
    return toContact(requireContact(ctx, row.id))
  })
}

/**
 * A new contact's row as create inserts it (not yet primary: settlePrimary decides). The
 * importer's bulk path inserts the same row for a customer it has just created.
 */
export function newContactRow(input: ContactCreateInput, now: number): typeof contacts.$inferInsert {
  return {
    customerId: input.customerId,
    name: input.name,
    title: blank(input.title),
    phone: blank(input.phone),
    phoneDigits: phoneDigits(input.phone),
    email: blank(input.email),
    wechat: blank(input.wechat),
    birthday: blank(input.birthday),
    notes: blank(input.notes),
    custom: JSON.stringify(input.custom ?? {}),
    isPrimary: false,
    createdAt: now,
    updatedAt: now,
  }
}

function requireContact(ctx: Ctx, id: number): ContactRow {
  const row = ctx.db.select().from(contacts).where(eq(contacts.id, id)).get()
  if (!row || row.deletedAt !== null) throw notFound('contact', id)
  return row
}

export function updateContact(ctx: Ctx, input: ContactUpdateInput): Contact {
  assertBirthday(ctx, input.birthday)
  return ctx.db.transaction(() => {
    const before = requireContact(ctx, input.id)
    requireLiveCustomer(ctx, before.customerId)
    assertCustomValues(ctx, 'contact', input.custom)
    const { id, isPrimary, custom, ...fields } = input
    const values: Partial<ContactRow> = {}
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) (values as Record<string, unknown>)[key] = blank(value)
    }
    // Custom values are a patch, as for customers: unsent keys stay, null clears.
    if (custom)
      values.custom = JSON.stringify({ ...(JSON.parse(before.custom) as object), ...custom })
    if (input.phone !== undefined) values.phoneDigits = phoneDigits(input.phone)
    if (Object.keys(values).length > 0) {
      ctx.db
        .update(contacts)
        .set({ ...values, updatedAt: ctx.clock.now() })
        .where(eq(contacts.id, id))
        .run()
    }
    if (isPrimary) settlePrimary(ctx, before.customerId, id)
    const after = requireContact(ctx, id)
    const changes = diff(
      toContact(before) as unknown as Record<string, unknown>,
      toContact(after) as unknown as Record<string, unknown>,
    )
    if (Object.keys(changes).length > 0) {
      reindexCustomer(ctx, before.customerId)
      recordAudit(ctx, {
        entity: 'customer',
        entityId: before.customerId,
        action: 'contact.update',
        changes: { ...changes, contact: { after: after.name } },
      })
    }
    return toContact(after)
  })
}

export function deleteContact(ctx: Ctx, id: number): null {
  return ctx.db.transaction(() => {
    const row = requireContact(ctx, id)
    requireLiveCustomer(ctx, row.customerId)
    ctx.db
      .update(contacts)
      .set({ deletedAt: ctx.clock.now(), isPrimary: false })
      .where(eq(contacts.id, id))
      .run()
    contactsChanged(ctx, row.customerId, 'contact.delete', { contact: { before: row.name } })
    return null
  })
}

/** Takes back a deletion (the toast's undo): the contact returns as it was, not primary. */
export function restoreContact(ctx: Ctx, id: number): Contact {
  return ctx.db.transaction(() => {
    const row = ctx.db.select().from(contacts).where(eq(contacts.id, id)).get()
    if (!row) throw notFound('contact', id)
    if (row.deletedAt === null) {
      throw new AppError('CONFLICT', 'errors.contactNotDeleted', `${row.name} is not deleted`, {
        name: row.name,
      })
    }
    requireLiveCustomer(ctx, row.customerId)
    ctx.db
      .update(contacts)
      .set({ deletedAt: null, updatedAt: ctx.clock.now() })
      .where(eq(contacts.id, id))
      .run()
    contactsChanged(ctx, row.customerId, 'contact.restore', { contact: { after: row.name } })
    return toContact(requireContact(ctx, id))
  })
}

/** Refuses a contact that does not belong to the customer, as a field error. */
export function assertContactOf(
  ctx: Ctx,
  customerId: number,
  contactId: number | null | undefined,
): void {
  if (contactId == null) return
  const row = ctx.db.select().from(contacts).where(eq(contacts.id, contactId)).get()
  if (!row || row.customerId !== customerId || row.deletedAt !== null) {
    throw invalidField(
      'contactId',
      'errors.contactNotOfCustomer',
      'This contact does not belong to the customer',
      { id: contactId },
    )
  }
}
