import type { Contact, Customer, CustomerDetail, CustomField } from '../../src/shared/api'

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
    campaignId: null,
    campaignName: null,
    campaignDeleted: false,
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

/** A contact of customer 7 as contacts.list returns it; override what a test is about. */
export function contactRow(id: number, name: string, extra: Partial<Contact> = {}): Contact {
  return {
    id,
    customerId: 7,
    name,
    title: null,
    phone: null,
    email: null,
    wechat: null,
    birthday: null,
    notes: null,
    isPrimary: false,
    custom: {},
    ...extra,
  }
}

/** An active custom field `cf<id>`, as customFields.list returns it. */
export function customFieldDef(
  id: number,
  entity: CustomField['entity'],
  label: string,
  type: CustomField['type'],
  options: string[] = [],
): CustomField {
  return { id, entity, key: `cf${id}`, label, type, options, position: id, active: true }
}
