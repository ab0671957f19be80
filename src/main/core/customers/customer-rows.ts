import { and, asc, desc, eq, getTableColumns, isNull, sql } from 'drizzle-orm'
import type { Contact, Customer, CustomerDetail } from '../../../shared/api'
import type { Ctx } from '../context'
import { campaigns, contacts, customers, owners } from '../db/schema'
import { AppError, notFound } from '../errors'
import { stmt } from '../db/sql'
import { tagsOfCustomers } from './tags'

export type CustomerRow = typeof customers.$inferSelect

/** Columns selected for a customer with its owner's and campaign's names, shared by get and list. */
export const customerColumns = {
  customer: customers,
  ownerName: owners.name,
  mergedIntoName: sql<
    string | null
  >`(SELECT m.name FROM customers m WHERE m.id = ${customers.mergedInto})`,
  campaignName: sql<
    string | null
  >`(SELECT k.name FROM ${campaigns} k WHERE k.id = ${customers.campaignId})`,
  campaignDeletedAt: sql<
    number | null
  >`(SELECT k.deleted_at FROM ${campaigns} k WHERE k.id = ${customers.campaignId})`,
}
export type CustomerSelection = {
  customer: CustomerRow
  ownerName: string | null
  mergedIntoName: string | null
  campaignName: string | null
  campaignDeletedAt: number | null
}

export type ContactRow = typeof contacts.$inferSelect

export function toContact(row: ContactRow): Contact {
  const { phoneDigits: _d, createdAt: _c, updatedAt: _u, deletedAt: _x, custom, ...contact } = row
  return { ...contact, custom: JSON.parse(custom) as Contact['custom'] }
}

export function toCustomer(selected: CustomerSelection, tags: Customer['tags']): Customer {
  const { phoneDigits: _digits, nameSort: _sort, custom, ...rest } = selected.customer
  return {
    ...rest,
    ownerName: selected.ownerName,
    mergedIntoName: selected.mergedIntoName,
    campaignName: selected.campaignName,
    campaignDeleted: selected.campaignDeletedAt !== null,
    tags,
    custom: JSON.parse(custom) as Customer['custom'],
  }
}

/** Columns kept for the core (matching, sorting), never in a Customer. */
export const HIDDEN_FIELDS = new Set(['phoneDigits', 'nameSort'])

/**
 * Customers by id, in the order given, shaped as toCustomer shapes them but straight from
 * SQL: each row by primary key, the fields aliased from the schema (the customers table maps
 * no values), so only `custom`, `tags` and `campaignDeleted` are set per row. An export of
 * 100,000 spent more time in the query builder's mapping and in object copies than in SQLite.
 * tests/node/customers/customer-rows.test.ts holds it equal to customers.get.
 */
const CUSTOMER_FIELDS = Object.entries(getTableColumns(customers))
  .filter(([key]) => !HIDDEN_FIELDS.has(key))
  .map(([key, column]) => `c.${column.name} AS ${key}`)
  .join(', ')

export function customersByIds(ctx: Ctx, ids: number[]): Customer[] {
  if (ids.length === 0) return []
  const rows = stmt(
    ctx,
    `SELECT ${CUSTOMER_FIELDS}, o.name AS ownerName,
       (SELECT m.name FROM customers m WHERE m.id = c.merged_into) AS mergedIntoName,
       k.name AS campaignName, k.deleted_at IS NOT NULL AS campaignDeleted
     FROM json_each(@ids) ids CROSS JOIN customers c ON c.id = ids.value
       LEFT JOIN owners o ON o.id = c.owner_id
       LEFT JOIN campaigns k ON k.id = c.campaign_id
     ORDER BY ids.key`,
  ).all({ ids: JSON.stringify(ids) }) as (Omit<Customer, 'custom' | 'campaignDeleted'> & {
    custom: string | Customer['custom']
    campaignDeleted: number | boolean
  })[]
  const tags = tagsOfCustomers(ctx, ids)
  for (const row of rows) {
    row.custom = JSON.parse(row.custom as string) as Customer['custom']
    row.campaignDeleted = row.campaignDeleted === 1
    row.tags = tags.get(row.id) ?? []
  }
  return rows as Customer[]
}

export function findCustomerRow(ctx: Ctx, id: number): CustomerRow | undefined {
  return ctx.db.select().from(customers).where(eq(customers.id, id)).get()
}

export function requireCustomerRow(ctx: Ctx, id: number): CustomerRow {
  const row = findCustomerRow(ctx, id)
  if (!row) throw notFound('customer', id)
  return row
}

/** A customer that exists and is not in the recycle bin; the only kind that can be changed. */
export function requireLiveCustomer(ctx: Ctx, id: number): CustomerRow {
  const row = requireCustomerRow(ctx, id)
  if (row.deletedAt !== null) {
    throw new AppError(
      'CONFLICT',
      'errors.customerDeleted',
      `${row.name} is in the recycle bin; restore it first`,
      {
        name: row.name,
      },
    )
  }
  return row
}

export function getCustomer(ctx: Ctx, id: number): CustomerDetail {
  const found = ctx.db
    .select(customerColumns)
    .from(customers)
    .leftJoin(owners, eq(owners.id, customers.ownerId))
    .where(eq(customers.id, id))
    .get()
  if (!found) throw notFound('customer', id)
  const tags = tagsOfCustomers(ctx, [id]).get(id) ?? []
  const contactRows = ctx.db
    .select()
    .from(contacts)
    .where(and(eq(contacts.customerId, id), isNull(contacts.deletedAt)))
    .orderBy(desc(contacts.isPrimary), asc(contacts.id))
    .all()
    .map(toContact)
  const mergeId =
    found.customer.mergedInto === null
      ? null
      : ((
          ctx.sqlite
            .prepare(
              'SELECT id FROM merges WHERE undone_at IS NULL AND EXISTS (SELECT 1 FROM json_each(merged_ids) WHERE value = ?) ORDER BY id DESC LIMIT 1',
            )
            .get(id) as { id: number } | undefined
        )?.id ?? null)
  return {
    ...toCustomer(found, tags),
    mergeId,
    contacts: contactRows,
    ...customerLedgerSums(ctx, id),
  }
}

/**
 * From the ledger, over the customer's non-draft live contracts: Σ totals, Σ received (net
 * of reversals, advances excluded) and Σ outstanding (total − received − voided).
 */
function customerLedgerSums(
  ctx: Ctx,
  id: number,
): Pick<CustomerDetail, 'lifetimeRevenueCents' | 'receivedCents' | 'outstandingCents'> {
  return ctx.sqlite
    .prepare(
      `SELECT COALESCE(SUM(total_cents), 0) AS lifetimeRevenueCents,
         COALESCE(SUM(received_cents), 0) AS receivedCents,
         COALESCE(SUM(total_cents - received_cents - voided_cents), 0) AS outstandingCents
       FROM contracts WHERE customer_id = ? AND state <> 'draft' AND deleted_at IS NULL`,
    )
    .get(id) as Pick<CustomerDetail, 'lifetimeRevenueCents' | 'receivedCents' | 'outstandingCents'>
}
