import { and, eq, isNull } from 'drizzle-orm'
import type { Customer, CustomerDetail } from '../../../shared/api'
import type { Ctx } from '../context'
import { contacts, customers, owners } from '../db/schema'
import { notFound } from '../errors'
import { tagsOfCustomers } from './tags'

export type CustomerRow = typeof customers.$inferSelect

/** Columns selected for a customer with its owner's name, shared by get and list. */
export const customerColumns = { customer: customers, ownerName: owners.name }

export function toCustomer(
  row: CustomerRow,
  ownerName: string | null,
  tags: Customer['tags'],
): Customer {
  const { phoneDigits: _digits, custom, ...rest } = row
  return { ...rest, ownerName, tags, custom: JSON.parse(custom) as Customer['custom'] }
}

export function findCustomerRow(ctx: Ctx, id: number): CustomerRow | undefined {
  return ctx.db.select().from(customers).where(eq(customers.id, id)).get()
}

export function requireCustomerRow(ctx: Ctx, id: number): CustomerRow {
  const row = findCustomerRow(ctx, id)
  if (!row) throw notFound('customer', id)
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
    .all()
    .map(({ phoneDigits: _d, createdAt: _c, updatedAt: _u, deletedAt: _x, ...contact }) => contact)
    .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.id - b.id)
  return {
    ...toCustomer(found.customer, found.ownerName, tags),
    contacts: contactRows,
    // The ledger lands with the contracts issue; until then a customer has no revenue.
    lifetimeRevenueCents: 0,
    receivedCents: 0,
    outstandingCents: 0,
  }
}
