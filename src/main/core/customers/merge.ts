import { and, eq, inArray } from 'drizzle-orm'
import {
  MERGEABLE_FIELDS,
  type CustomerDetail,
  type CustomerMergeInput,
  type MergeResult,
} from '../../../shared/api'
import type { Ctx } from '../context'
import {
  activities,
  contacts,
  contracts,
  customers,
  deals,
  instalments,
  invoices,
  merges,
  payments,
  returnVisits,
  tickets,
} from '../db/schema'
import { AppError, invalidField, notFound } from '../errors'
import { diff, recordAudit } from '../db/audit'
import { snapshot } from './customers'
import { refreshFollowUp } from './activities'
import { settlePrimary } from './contacts'
import {
  findCustomerRow,
  getCustomer,
  requireLiveCustomer,
  type CustomerRow,
} from './customer-rows'
import { reindexCustomer } from '../search'
import { nameSortKey } from '../pinyin'
import { setCustomerTags } from './tags'

type Field = (typeof MERGEABLE_FIELDS)[number]

/** Rows that follow the kept customer (the ledger's customer_id columns included). */
const MOVED_TABLES = {
  contacts,
  activities,
  deals,
  contracts,
  instalments,
  payments,
  invoices,
  tickets,
  returnVisits,
}
type MovedTable = keyof typeof MOVED_TABLES

interface UndoRecord {
  /** Per changed field of the kept record: its value before and after the merge. */
  fields: Partial<Record<Field | 'phoneDigits' | 'custom', { before: unknown; after: unknown }>>
  tags: string[]
  primaryContactId: number | null
  moved: { table: MovedTable; id: number; from: number }[]
}

function primaryContactId(ctx: Ctx, customerId: number): number | null {
  return (
    ctx.db
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.customerId, customerId), eq(contacts.isPrimary, true)))
      .get()?.id ?? null
  )
}

function pickValues(
  keep: CustomerRow,
  others: CustomerRow[],
  chosen: Record<string, number>,
): Partial<CustomerRow> {
  const byId = new Map([keep, ...others].map((r) => [r.id, r]))
  const values: Record<string, unknown> = {}
  for (const field of MERGEABLE_FIELDS) {
    const source = chosen[field]
    const value =
      source !== undefined
        ? byId.get(source)![field]
        : (keep[field] ?? others.find((o) => o[field] != null)?.[field] ?? null)
    if (value !== keep[field]) values[field] = value
  }
  if (values.phone !== undefined)
    values.phoneDigits =
      byId.get(chosen.phone ?? -1)?.phoneDigits ??
      others.find((o) => o.phone === values.phone)?.phoneDigits ??
      null
  if (typeof values.name === 'string') values.nameSort = nameSortKey(values.name)
  // Custom field values: the kept record's win; blanks are filled from the merged ones.
  const custom = Object.assign(
    {},
    ...[...others].reverse().map((o) => JSON.parse(o.custom) as object),
    JSON.parse(keep.custom) as object,
  ) as object
  if (JSON.stringify(custom) !== keep.custom) values.custom = JSON.stringify(custom)
  return values
}

/** Merges duplicates into one record; contacts and follow-ups move over. Undoable with `unmergeCustomers`. */
export function mergeCustomers(ctx: Ctx, input: CustomerMergeInput): MergeResult {
  return ctx.db.transaction(() => {
    const keep = requireLiveCustomer(ctx, input.keepId)
    const others = input.mergeIds.map((id) => requireLiveCustomer(ctx, id))
    const chosen = input.fields ?? {}
    for (const [field, source] of Object.entries(chosen)) {
      if (!(MERGEABLE_FIELDS as readonly string[]).includes(field)) {
        throw invalidField(
          `fields.${field}`,
          'errors.unknownField',
          `${field} cannot be chosen in a merge`,
          { field },
        )
      }
      if (source !== keep.id && !input.mergeIds.includes(source)) {
        throw invalidField(
          `fields.${field}`,
          'errors.notInMerge',
          `Customer ${source} is not part of this merge`,
          { id: source },
        )
      }
    }
    const before = getCustomer(ctx, keep.id)
    const values = pickValues(keep, others, chosen)
    const undo: UndoRecord = {
      fields: {},
      tags: before.tags.map((t) => t.name),
      primaryContactId: primaryContactId(ctx, keep.id),
      moved: [],
    }
    for (const [field, after] of Object.entries(values)) {
      undo.fields[field as Field] = { before: keep[field as keyof CustomerRow], after }
    }
    const now = ctx.clock.now()
    if (Object.keys(values).length > 0)
      ctx.db
        .update(customers)
        .set({ ...values, updatedAt: now })
        .where(eq(customers.id, keep.id))
        .run()
    const otherTags = others.flatMap((o) => getCustomer(ctx, o.id).tags.map((t) => t.name))
    setCustomerTags(ctx, keep.id, [...undo.tags, ...otherTags])

    for (const [name, table] of Object.entries(MOVED_TABLES) as [
      MovedTable,
      (typeof MOVED_TABLES)[MovedTable],
    ][]) {
      const rows = ctx.db
        .select({ id: table.id, from: table.customerId })
        .from(table)
        .where(inArray(table.customerId, input.mergeIds))
        .all()
      undo.moved.push(...rows.map((r) => ({ table: name, ...r })))
      ctx.db
        .update(table)
        .set({ customerId: keep.id })
        .where(inArray(table.customerId, input.mergeIds))
        .run()
    }
    settlePrimary(ctx, keep.id, undo.primaryContactId ?? undefined)
    ctx.db
      .update(customers)
      .set({ deletedAt: now, mergedInto: keep.id })
      .where(inArray(customers.id, input.mergeIds))
      .run()
    // Every record's derived dates follow its follow-ups, which have just moved.
    for (const id of [keep.id, ...input.mergeIds]) refreshFollowUp(ctx, id)
    reindexCustomer(ctx, keep.id)

    const merge = ctx.db
      .insert(merges)
      .values({
        keepId: keep.id,
        mergedIds: JSON.stringify(input.mergeIds),
        undo: JSON.stringify(undo),
        at: now,
      })
      .returning({ id: merges.id })
      .get()
    recordAudit(ctx, {
      entity: 'customer',
      entityId: keep.id,
      action: 'merge',
      // The same shape as an update's history: user-visible fields, before → after.
      changes: {
        ...diff(snapshot(before), snapshot(getCustomer(ctx, keep.id))),
        mergedFrom: { after: others.map((o) => o.name) },
      },
    })
    for (const other of others) {
      recordAudit(ctx, {
        entity: 'customer',
        entityId: other.id,
        action: 'mergedInto',
        changes: { mergedInto: { after: keep.name } },
      })
    }
    return { ...getCustomer(ctx, keep.id), mergeId: merge.id }
  })
}

/**
 * Undoes a merge: the merged records come back, contacts and follow-ups return to
 * them, and each kept field goes back unless it was edited after the merge.
 */
export function unmergeCustomers(ctx: Ctx, mergeId: number): CustomerDetail {
  return ctx.db.transaction(() => {
    const merge = ctx.db.select().from(merges).where(eq(merges.id, mergeId)).get()
    if (!merge) throw notFound('merge', mergeId)
    if (merge.undoneAt !== null)
      throw new AppError(
        'CONFLICT',
        'errors.mergeAlreadyUndone',
        'This merge has already been undone',
      )
    const keep = requireLiveCustomer(ctx, merge.keepId)
    const mergedIds = JSON.parse(merge.mergedIds) as number[]
    for (const id of mergedIds) {
      const row = findCustomerRow(ctx, id)
      if (!row || row.mergedInto !== keep.id || row.deletedAt === null) {
        const name = row?.name ?? String(id)
        throw new AppError(
          'CONFLICT',
          'errors.mergeChangedSince',
          `${name} was restored or purged after the merge; it cannot be undone`,
          { name },
        )
      }
    }
    const undo = JSON.parse(merge.undo) as UndoRecord
    const restore: Record<string, unknown> = {}
    for (const [field, { before, after }] of Object.entries(undo.fields)) {
      if (
        JSON.stringify(keep[field as keyof CustomerRow] ?? null) === JSON.stringify(after ?? null)
      )
        restore[field] = before
    }
    const now = ctx.clock.now()
    ctx.db
      .update(customers)
      .set({ ...restore, updatedAt: now })
      .where(eq(customers.id, keep.id))
      .run()
    setCustomerTags(ctx, keep.id, undo.tags)
    for (const move of undo.moved) {
      const table = MOVED_TABLES[move.table]
      ctx.db
        .update(table)
        .set({ customerId: move.from })
        .where(and(eq(table.id, move.id), eq(table.customerId, keep.id)))
        .run()
    }
    ctx.db
      .update(customers)
      .set({ deletedAt: null, mergedInto: null, updatedAt: now })
      .where(inArray(customers.id, mergedIds))
      .run()
    for (const id of [keep.id, ...mergedIds]) {
      settlePrimary(ctx, id, id === keep.id ? (undo.primaryContactId ?? undefined) : undefined)
      refreshFollowUp(ctx, id)
      reindexCustomer(ctx, id)
    }
    ctx.db.update(merges).set({ undoneAt: now }).where(eq(merges.id, mergeId)).run()
    recordAudit(ctx, {
      entity: 'customer',
      entityId: keep.id,
      action: 'unmerge',
      changes: {
        mergedFrom: { before: mergedIds.map((id) => findCustomerRow(ctx, id)?.name ?? String(id)) },
      },
    })
    for (const id of mergedIds) {
      recordAudit(ctx, {
        entity: 'customer',
        entityId: id,
        action: 'restore',
        changes: { mergedInto: { before: keep.name } },
      })
    }
    return getCustomer(ctx, keep.id)
  })
}
