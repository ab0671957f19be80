import type { Ctx } from '../context'
import { bulkDeleteCustomers } from '../customers'
import { deleteContact } from '../customers'
import { getCustomer } from '../customers'
import { purgeCustomers, snapshot, updateCustomer } from '../customers'
import { CUSTOMER_FIELDS, customFieldSpecs } from './customer-fields'
import { customerWriter } from './customer-writer'
import type { EntityImporter, UndoCounts, UndoRecord } from './registry'

const UNDO_CHUNK = 5000

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** Puts back the fields an import changed on one customer, unless edited again since. */
function restoreUpdated(ctx: Ctx, record: UndoRecord, counts: UndoCounts): void {
  const before = record.before as Record<string, unknown>
  const after = record.after as Record<string, unknown> & { contactIds?: number[] }
  let current: Record<string, unknown>
  try {
    const detail = getCustomer(ctx, record.recordId)
    if (detail.deletedAt !== null) return
    current = snapshot(detail)
  } catch {
    return
  }
  const patch: Record<string, unknown> = {}
  for (const key of Object.keys(before)) {
    if (
      key === 'custom' ||
      key === 'mergedIntoName' ||
      key === 'mergeId' ||
      same(before[key], after[key])
    )
      continue
    if (same(current[key], after[key])) patch[key] = before[key]
    else counts.keptFields += 1
  }
  const customBefore = (before.custom ?? {}) as Record<string, unknown>
  const customAfter = (after.custom ?? {}) as Record<string, unknown>
  const customNow = (current.custom ?? {}) as Record<string, unknown>
  const custom: Record<string, unknown> = {}
  for (const key of new Set([...Object.keys(customBefore), ...Object.keys(customAfter)])) {
    if (same(customBefore[key], customAfter[key])) continue
    if (same(customNow[key], customAfter[key])) custom[key] = customBefore[key] ?? null
    else counts.keptFields += 1
  }
  if (Object.keys(custom).length > 0) patch.custom = custom
  if (Object.keys(patch).length > 0) updateCustomer(ctx, { id: record.recordId, ...patch })
  for (const contactId of after.contactIds ?? []) {
    try {
      deleteContact(ctx, contactId)
    } catch {
      // Deleted by hand since: nothing to take back.
    }
  }
  counts.restored += 1
}

/**
 * Customers (客户档案): fields with their Chinese/English header names, the bulk writer
 * over the customers service's rules, and undo through the same services (purge for
 * what the import created, update for what it changed).
 */
export const customerImporter: EntityImporter = {
  entity: 'customers',
  // The writer reads customers by id and by code only; duplicates are matched in memory.
  bulkTable: 'customers',
  // Sort key and search text of the customer, search text of its contact.
  pinyinFields: ['name', 'shortName', 'contactName'],
  fields: (ctx) => [...CUSTOMER_FIELDS, ...customFieldSpecs(ctx, 'customer')],
  writer: (ctx, mapping, options) => customerWriter(ctx, mapping, options),
  undo(ctx, records, importedAt) {
    const counts: UndoCounts = { removed: 0, binned: 0, restored: 0, keptFields: 0 }
    for (const record of records.filter((r) => r.action === 'updated'))
      restoreUpdated(ctx, record, counts)
    const created = records.filter((r) => r.action === 'created').map((r) => r.recordId)
    const touched = ctx.sqlite.prepare(
      `SELECT id, deleted_at AS deletedAt, updated_at > ? OR EXISTS (SELECT 1 FROM activities a WHERE a.customer_id = customers.id) AS changed
       FROM customers WHERE id = ?`,
    )
    for (const ids of chunks(created, UNDO_CHUNK)) {
      const rows = ids
        .map(
          (id) =>
            touched.get(importedAt, id) as
              { id: number; deletedAt: number | null; changed: number } | undefined,
        )
        .filter((r) => r !== undefined)
      // Changed since the import (edited, or a follow-up logged): kept in the recycle bin.
      const kept = rows.filter((r) => r.changed && r.deletedAt === null).map((r) => r.id)
      const untouched = rows.filter((r) => !r.changed)
      if (kept.length > 0) bulkDeleteCustomers(ctx, kept)
      counts.binned += kept.length
      const live = untouched.filter((r) => r.deletedAt === null).map((r) => r.id)
      if (live.length > 0) bulkDeleteCustomers(ctx, live)
      if (untouched.length > 0)
        purgeCustomers(
          ctx,
          untouched.map((r) => r.id),
        )
      counts.removed += untouched.length
    }
    return counts
  },
}
