import type { Statement } from 'better-sqlite3'
import { and, eq, getTableColumns, ne } from 'drizzle-orm'
import type { CustomerCreateInput, CustomerDetail, CustomerUpdateInput } from '../../../shared/api'
import { phoneDigits } from '../../../shared/text'
import { today } from '../clock'
import type { Ctx } from '../context'
import { activities, contacts, customers, customerTags, merges } from '../db/schema'
import { AppError, invalidField } from '../errors'
import { diff, recordAudit, type FieldChanges } from '../db/audit'
import {
  getCustomer,
  HIDDEN_FIELDS,
  requireCustomerRow,
  requireLiveCustomer,
  type CustomerRow,
} from './customer-rows'
import { assertCustomValues } from './custom-fields'
import { assertCampaignAttributable } from '../campaigns'
import { assertOwnerExists } from '../app'
import { reindexCustomer, unindexCustomer } from '../search'
import { nameSortKey } from '../pinyin'
import { setCustomerTags } from './tags'

type Writable = Partial<Omit<CustomerCreateInput, 'tags'>>

/** '' and null mean "empty" in every optional text field; store NULL. */
function blankToNull<T>(value: T | '' | null | undefined): T | null | undefined {
  return value === '' ? null : value
}

function normalise(input: Writable & { tags?: unknown }): Partial<CustomerRow> {
  const out: Record<string, unknown> = {}
  for (const key in input) {
    const value = input[key as keyof Writable]
    if (value === undefined || key === 'custom' || key === 'tags') continue
    out[key] = blankToNull(value)
  }
  if (input.custom !== undefined) out.custom = JSON.stringify(input.custom)
  if (input.phone !== undefined) out.phoneDigits = phoneDigits(input.phone)
  if (input.name !== undefined) out.nameSort = nameSortKey(input.name)
  return out
}

function assertBirthdayNotFuture(ctx: Ctx, birthday: string | null | undefined): void {
  if (birthday && birthday > today(ctx.clock)) {
    throw invalidField('birthday', 'errors.dateInFuture', 'A birthday cannot be in the future')
  }
}

/** Code lookups, prepared once per connection: create runs them for every new customer. */
const codeStatements = new WeakMap<
  Ctx['sqlite'],
  { byCode: Statement; taken: Statement; sequence: Statement }
>()

function codeQueries(ctx: Ctx) {
  let prepared = codeStatements.get(ctx.sqlite)
  if (!prepared) {
    prepared = {
      byCode: ctx.sqlite.prepare('SELECT id, name FROM customers WHERE code = ?'),
      // The unique index alone answers it, without reading the row.
      taken: ctx.sqlite.prepare('SELECT 1 FROM customers WHERE code = ?').pluck(),
      sequence: ctx.sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'customers'"),
    }
    codeStatements.set(ctx.sqlite, prepared)
  }
  return prepared
}

function assertCodeFree(ctx: Ctx, code: string, exceptId?: number): void {
  const other = exceptId
    ? ctx.db
        .select({ id: customers.id, name: customers.name })
        .from(customers)
        .where(and(eq(customers.code, code), ne(customers.id, exceptId)))
        .get()
    : (codeQueries(ctx).byCode.get(code) as { id: number; name: string } | undefined)
  if (other) {
    throw new AppError(
      'CONFLICT',
      'errors.customerCodeTaken',
      `Code ${code} is already used by ${other.name}`,
      { code, name: other.name, id: other.id },
    )
  }
}

/**
 * KH000001, KH000002, … from the table's sequence, skipping codes a user typed by hand.
 * `lastId`: the id of the customer the caller inserted last in this transaction, which is
 * the sequence since (AUTOINCREMENT) — an import spares reading it for every row.
 */
function nextCode(ctx: Ctx, lastId?: number): string {
  const { sequence, taken } = codeQueries(ctx)
  const seq = lastId ?? (sequence.get() as { seq: number } | undefined)?.seq ?? 0
  let n = seq + 1
  for (;;) {
    const code = `KH${String(n).padStart(6, '0')}`
    if (taken.get(code) === undefined) return code
    n += 1
  }
}

/**
 * A new customer's row, checked by every rule of create (birthday, owner, custom values,
 * a free code) but not written: create inserts it, and the importer's bulk path inserts
 * the same row with its prepared statement. Call inside the write's transaction.
 */
export function newCustomerRow(
  ctx: Ctx,
  input: CustomerCreateInput,
  now: number,
  lastId?: number,
): { values: typeof customers.$inferInsert; tagNames: string[] } {
  assertBirthdayNotFuture(ctx, input.birthday)
  assertOwnerExists(ctx, input.ownerId)
  assertCampaignAttributable(ctx, input.campaignId)
  assertCustomValues(ctx, 'customer', input.custom)
  // nextCode gives a free code; one typed in is checked.
  const code = input.code ?? nextCode(ctx, lastId)
  if (input.code !== undefined) assertCodeFree(ctx, code)
  return {
    values: {
      type: 'company',
      stage: 'lead',
      ...normalise(input),
      name: input.name,
      code,
      createdAt: now,
      updatedAt: now,
    },
    tagNames: input.tags ?? [],
  }
}

/** The history entry of a new customer: every field that has a value. */
export function createdChanges(created: CustomerDetail): FieldChanges {
  const changes: FieldChanges = {}
  for (const [key, value] of Object.entries(snapshot(created))) {
    if (value !== null && !(Array.isArray(value) && value.length === 0))
      changes[key] = { after: value }
  }
  return changes
}

/** What a snapshot leaves out of a customer's detail: its id, times, sums and display names. */
const NOT_IN_SNAPSHOT = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'contacts',
  'lifetimeRevenueCents',
  'receivedCents',
  'outstandingCents',
  'lastActivityAt',
  'nextFollowUpDate',
  'ownerName',
  'campaignName',
  'campaignDeleted',
  'mergedInto',
  'tags',
])
/** The customer columns a snapshot holds as stored (custom is parsed, the hidden two not shown). */
const SNAPSHOT_COLUMNS = Object.keys(getTableColumns(customers)).filter(
  (key) => !NOT_IN_SNAPSHOT.has(key) && !HIDDEN_FIELDS.has(key) && key !== 'custom',
) as (keyof CustomerRow)[]

/**
 * createdChanges of a customer just inserted, from the values inserted (a column left out
 * holds its default) and tag names (sorted as the detail lists them): the same entry,
 * without building the detail. The importer writes
 * 100,000 of these; tests/node/excel/commit.test.ts holds them equal to customers.create's.
 */
export function createdChangesOfRow(
  row: typeof customers.$inferInsert,
  tagNames: string[],
): FieldChanges {
  const changes: FieldChanges = {}
  for (const key of SNAPSHOT_COLUMNS) {
    const value = row[key]
    if (value !== null && value !== undefined) changes[key] = { after: value }
  }
  changes.custom = { after: JSON.parse(row.custom ?? '{}') as unknown }
  if (tagNames.length > 0) changes.tags = { after: tagNames }
  return changes
}

export function createCustomer(ctx: Ctx, input: CustomerCreateInput): CustomerDetail {
  assertBirthdayNotFuture(ctx, input.birthday)
  return ctx.db.transaction(() => {
    const { values, tagNames } = newCustomerRow(ctx, input, ctx.clock.now())
    const row = ctx.db.insert(customers).values(values).returning().get()
    setCustomerTags(ctx, row.id, tagNames)
    reindexCustomer(ctx, row.id)
    const created = getCustomer(ctx, row.id)
    recordAudit(ctx, {
      entity: 'customer',
      entityId: row.id,
      action: 'create',
      changes: createdChanges(created),
    })
    return created
  })
}

/** The user-visible fields of a customer, as the history compares them. */
export function snapshot(customer: CustomerDetail): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(customer))
    if (!NOT_IN_SNAPSHOT.has(key)) fields[key] = value
  fields.tags = customer.tags.map((t) => t.name)
  return fields
}

export function updateCustomer(ctx: Ctx, input: CustomerUpdateInput): CustomerDetail {
  assertBirthdayNotFuture(ctx, input.birthday)
  return ctx.db.transaction(() => {
    const current = requireLiveCustomer(ctx, input.id)
    assertOwnerExists(ctx, input.ownerId)
    assertCampaignAttributable(ctx, input.campaignId, current.campaignId)
    assertCustomValues(ctx, 'customer', input.custom)
    if (input.code !== undefined) assertCodeFree(ctx, input.code, input.id)
    const before = getCustomer(ctx, input.id)
    const { id, tags: tagNames, ...fields } = input
    // Custom values are a patch: keys not sent keep their value, null clears one.
    if (fields.custom)
      fields.custom = { ...(JSON.parse(current.custom) as object), ...fields.custom }
    const values = normalise(fields)
    if (Object.keys(values).length > 0)
      ctx.db.update(customers).set(values).where(eq(customers.id, id)).run()
    if (tagNames !== undefined) setCustomerTags(ctx, id, tagNames)
    const changes = diff(snapshot(before), snapshot(getCustomer(ctx, id)))
    if (Object.keys(changes).length === 0) return before
    ctx.db.update(customers).set({ updatedAt: ctx.clock.now() }).where(eq(customers.id, id)).run()
    reindexCustomer(ctx, id)
    recordAudit(ctx, { entity: 'customer', entityId: id, action: 'update', changes })
    return getCustomer(ctx, id)
  })
}

/** Moves a customer to the recycle bin (回收站); restore undoes it. */
export function deleteCustomer(ctx: Ctx, id: number): null {
  return ctx.db.transaction(() => {
    const row = requireCustomerRow(ctx, id)
    if (row.deletedAt !== null) {
      throw new AppError(
        'CONFLICT',
        'errors.alreadyDeleted',
        `${row.name} is already in the recycle bin`,
        {
          name: row.name,
        },
      )
    }
    ctx.db.update(customers).set({ deletedAt: ctx.clock.now() }).where(eq(customers.id, id)).run()
    recordAudit(ctx, { entity: 'customer', entityId: id, action: 'delete' })
    return null
  })
}

export function restoreCustomer(ctx: Ctx, id: number): null {
  return ctx.db.transaction(() => {
    const row = requireCustomerRow(ctx, id)
    if (row.deletedAt === null) {
      throw new AppError('CONFLICT', 'errors.notDeleted', `${row.name} is not in the recycle bin`, {
        name: row.name,
      })
    }
    ctx.db
      .update(customers)
      .set({ deletedAt: null, mergedInto: null, updatedAt: ctx.clock.now() })
      .where(eq(customers.id, id))
      .run()
    recordAudit(ctx, { entity: 'customer', entityId: id, action: 'restore' })
    return null
  })
}

/**
 * Removes a customer in the recycle bin for good, with its contacts, follow-ups and
 * tags. Only an explicit action in the recycle bin calls this; the history stays.
 */
export function purgeCustomer(ctx: Ctx, id: number): null {
  purgeCustomers(ctx, [id])
  return null
}

/** Purges several customers (emptying the recycle bin): all or none. */
export function purgeCustomers(ctx: Ctx, ids: number[]): { purged: number } {
  return ctx.db.transaction(() => {
    const unique = [...new Set(ids)]
    for (const id of unique) purgeOne(ctx, id)
    return { purged: unique.length }
  })
}

function purgeOne(ctx: Ctx, id: number): void {
  {
    const row = requireCustomerRow(ctx, id)
    if (row.deletedAt === null) {
      throw new AppError('CONFLICT', 'errors.purgeLive', `${row.name} is not in the recycle bin`, {
        name: row.name,
      })
    }
    ctx.effects.customerPurging(ctx, { id, name: row.name })
    ctx.db.delete(customerTags).where(eq(customerTags.customerId, id)).run()
    ctx.db.delete(activities).where(eq(activities.customerId, id)).run()
    ctx.db.delete(contacts).where(eq(contacts.customerId, id)).run()
    ctx.db.delete(merges).where(eq(merges.keepId, id)).run()
    ctx.db.update(customers).set({ mergedInto: null }).where(eq(customers.mergedInto, id)).run()
    ctx.db.delete(customers).where(eq(customers.id, id)).run()
    unindexCustomer(ctx, id)
    recordAudit(ctx, {
      entity: 'customer',
      entityId: id,
      action: 'purge',
      changes: { name: { before: row.name }, code: { before: row.code } },
    })
  }
}
