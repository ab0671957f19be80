import type { Customer, CustomerDetail } from '../../src/shared/api'

/** A customer row as customers.list returns it; override what a test is about. */
export function customerRow(id: number, name: string, extra: Partial<Customer> = {}): Customer {
  return {
    id,
    code: `KH${String(id).padStart(6, '0')}`,
    type: 'company',
    name,
    shortName: null,
    industry: null,
    source: null,
    grade: 'B',
    stage: 'prospect',
    ownerId: null,
    ownerName: null,
    province: null,
    city: null,
    address: null,
    phone: null,
    email: null,
    wechat: null,
    website: null,
    birthday: null,
    tags: [],
    notes: null,
    custom: {},
    lastActivityAt: null,
    nextFollowUpDate: null,
    createdAt: Date.UTC(2026, 0, id),
    updatedAt: Date.UTC(2026, 10, 23, 6, 5),
    deletedAt: null,
    mergedInto: null,
    mergedIntoName: null,
    ...extra,
  }
}

/** A customer as customers.get returns it. */
export function customerDetail(
  id: number,
  name: string,
  extra: Partial<CustomerDetail> = {},
): CustomerDetail {
  return {
    ...customerRow(id, name),
    contacts: [],
    lifetimeRevenueCents: 0,
    receivedCents: 0,
    outstandingCents: 0,
    ...extra,
  }
}
