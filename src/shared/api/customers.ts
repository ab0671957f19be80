import { z } from 'zod'
import { id, listInput, optionalDate, optionalEmail, optionalText } from './common'
import { method, type MethodTable, TOUCHES } from './method'
import { noInput, type ListResult } from './common'

export const CUSTOMER_TYPES = ['company', 'individual'] as const
export const GRADES = ['A', 'B', 'C', 'D'] as const
export const STAGES = ['lead', 'prospect', 'customer', 'loyal', 'churned'] as const
export type CustomerType = (typeof CUSTOMER_TYPES)[number]
export type Grade = (typeof GRADES)[number]
export type Stage = (typeof STAGES)[number]

/** A custom field's value; its type is checked against the field's definition by the core. */
export const customValue = z.union([
  z.string().max(2000),
  z.number().finite(),
  z.boolean(),
  z.null(),
  z.array(z.string().max(200)).max(50),
])

/** Every writable field; no defaults here so that `update` never resets what it was not given. */
const customerFields = {
  code: z.string().trim().min(1).max(40).optional(),
  type: z.enum(CUSTOMER_TYPES).optional(),
  name: z.string().trim().min(1).max(200),
  shortName: optionalText(100),
  industry: optionalText(100),
  source: optionalText(100),
  /** Source campaign (市场活动): a live one, or the one the customer already has. */
  campaignId: id.nullable().optional(),
  grade: z.enum(GRADES).nullable().optional(),
  stage: z.enum(STAGES).optional(),
  ownerId: id.nullable().optional(),
  province: optionalText(50),
  city: optionalText(50),
  address: optionalText(500),
  phone: optionalText(100),
  email: optionalEmail,
  wechat: optionalText(100),
  website: optionalText(300),
  birthday: optionalDate,
  tags: z.array(z.string().trim().min(1).max(30)).max(50).optional(),
  notes: optionalText(10_000),
  custom: z.record(z.string().min(1).max(60), customValue).optional(),
}

export const customerCreateInput = z.strictObject(customerFields)
export const customerUpdateInput = z.strictObject({
  id,
  ...customerFields,
  name: customerFields.name.optional(),
})
export const customerIdInput = z.strictObject({ id })

export const CUSTOMER_SORT_FIELDS = [
  'name',
  'code',
  'grade',
  'stage',
  'province',
  'createdAt',
  'updatedAt',
  'lastActivityAt',
  'nextFollowUpDate',
  /** The recycle bin only; live lists fall back to the default order. */
  'deletedAt',
] as const
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number]

export const customerFilter = z.strictObject({
  stage: z.enum(STAGES).optional(),
  grade: z.enum(GRADES).optional(),
  ownerId: id.optional(),
  tag: id.optional(),
  /** Attributed to this campaign (市场活动). */
  campaignId: id.optional(),
  province: z.string().trim().min(1).max(50).optional(),
  /** true lists the recycle bin instead of the live records. */
  deleted: z.boolean().optional(),
  /** Custom field equals (a multi-choice field: contains) the value. */
  custom: z
    .record(
      z.string().min(1).max(60),
      z.union([z.string().max(200), z.number().finite(), z.boolean()]),
    )
    .optional(),
})
export type CustomerFilter = z.infer<typeof customerFilter>

export const customerListInput = listInput(customerFilter, [...CUSTOMER_SORT_FIELDS])

export type CustomerCreateInput = z.input<typeof customerCreateInput>
export type CustomerUpdateInput = z.input<typeof customerUpdateInput>
export type CustomerListInput = z.input<typeof customerListInput>

export interface Tag {
  id: number
  name: string
  color: string
}

export interface Contact {
  id: number
  customerId: number
  name: string
  title: string | null
  phone: string | null
  email: string | null
  wechat: string | null
  birthday: string | null
  notes: string | null
  isPrimary: boolean
  custom: Record<string, z.infer<typeof customValue>>
}

export interface Customer {
  id: number
  code: string
  type: CustomerType
  name: string
  shortName: string | null
  industry: string | null
  source: string | null
  /** Source campaign (市场活动); its name, and whether it has been deleted since. */
  campaignId: number | null
  campaignName: string | null
  campaignDeleted: boolean
  grade: Grade | null
  stage: Stage
  ownerId: number | null
  ownerName: string | null
  province: string | null
  city: string | null
  address: string | null
  phone: string | null
  email: string | null
  wechat: string | null
  website: string | null
  birthday: string | null
  tags: Tag[]
  notes: string | null
  custom: Record<string, z.infer<typeof customValue>>
  /** ms since epoch of the latest follow-up, null when none. */
  lastActivityAt: number | null
  nextFollowUpDate: string | null
  createdAt: number
  updatedAt: number
  deletedAt: number | null
  /** The customer this record was merged into (it is then in the recycle bin). */
  mergedInto: number | null
  mergedIntoName: string | null
}

export interface CustomerDetail extends Customer {
  /** For a record merged into another: the merge that `customers.unmerge` can undo. */
  mergeId?: number | null
  contacts: Contact[]
  lifetimeRevenueCents: number
  receivedCents: number
  outstandingCents: number
}

/**
 * The fields whose surviving value a merge picks (every writable field but code, tags
 * and custom values: the kept code survives, tags are united, custom values filled in).
 */
export const MERGEABLE_FIELDS = [
  'type',
  'name',
  'shortName',
  'industry',
  'source',
  'campaignId',
  'grade',
  'stage',
  'ownerId',
  'province',
  'city',
  'address',
  'phone',
  'email',
  'wechat',
  'website',
  'birthday',
  'notes',
] as const satisfies readonly (keyof Customer)[]
export type MergeableField = (typeof MERGEABLE_FIELDS)[number]

export const customerMergeInput = z
  .strictObject({
    keepId: id,
    mergeIds: z.array(id).min(1).max(20),
    /** Per field, the customer whose value survives (keepId or one of mergeIds). */
    fields: z.record(z.string().max(40), id).optional(),
  })
  .refine((v) => !v.mergeIds.includes(v.keepId), {
    message: 'A customer cannot be merged into itself',
    path: ['mergeIds'],
    params: { key: 'errors.mergeIntoSelf' },
  })
  .refine((v) => new Set(v.mergeIds).size === v.mergeIds.length, {
    message: 'The same customer is listed twice',
    path: ['mergeIds'],
    params: { key: 'errors.duplicateIds' },
  })
export type CustomerMergeInput = z.input<typeof customerMergeInput>

export const customerHistoryInput = z.strictObject({
  id,
  page: z.number().int().min(1).max(1_000_000).optional(),
  pageSize: z.number().int().min(1).max(500).optional(),
})

export type DuplicateReason = 'phone' | 'email' | 'name'

export interface DuplicateGroup {
  reason: DuplicateReason
  /** The shared value: phone digits, email, or the normalised name. */
  key: string
  /** Every reason these same records were grouped for (the first is `reason`). */
  reasons: DuplicateReason[]
  customers: Pick<
    Customer,
    'id' | 'code' | 'name' | 'phone' | 'email' | 'ownerName' | 'grade' | 'stage' | 'createdAt'
  >[]
}

/** The kept customer (API.md), plus the id that `customers.unmerge` takes to undo the merge. */
export interface MergeResult extends CustomerDetail {
  mergeId: number
}

export interface HistoryEntry {
  id: number
  at: number
  action: string
  changes: Record<string, { before?: unknown; after?: unknown }>
  actor: string | null
}

export const customerIdsInput = z.strictObject({ ids: z.array(id).min(1).max(10_000) })
export const customerBulkUpdateInput = z.strictObject({
  ids: z.array(id).min(1).max(10_000),
  set: z
    .strictObject({
      ownerId: id.nullable().optional(),
      grade: z.enum(GRADES).nullable().optional(),
      stage: z.enum(STAGES).optional(),
    })
    .optional(),
  addTags: z.array(z.string().trim().min(1).max(30)).max(20).optional(),
  removeTags: z.array(z.string().trim().min(1).max(30)).max(20).optional(),
})
export type CustomerBulkUpdateInput = z.input<typeof customerBulkUpdateInput>

export const customerMethods = {
  'customers.create': method<CustomerDetail>()(customerCreateInput, { touches: TOUCHES.customer }),
  'customers.get': method<CustomerDetail>()(customerIdInput),
  'customers.update': method<CustomerDetail>()(customerUpdateInput, { touches: TOUCHES.customer }),
  'customers.list': method<ListResult<Customer>>()(customerListInput),
  'customers.delete': method<null>()(customerIdInput, { touches: TOUCHES.customer }),
  'customers.restore': method<null>()(customerIdInput, { touches: TOUCHES.customer }),
  'customers.purge': method<null>()(customerIdInput, { touches: TOUCHES.customer }),
  'customers.bulkPurge': method<{ purged: number }>()(customerIdsInput, {
    touches: TOUCHES.customer,
  }),
  'customers.duplicates': method<DuplicateGroup[]>()(noInput),
  'customers.merge': method<MergeResult>()(customerMergeInput, { touches: TOUCHES.customer }),
  'customers.unmerge': method<CustomerDetail>()(z.strictObject({ mergeId: id }), {
    touches: TOUCHES.customer,
  }),
  'customers.history': method<ListResult<HistoryEntry>>()(customerHistoryInput),
  'customers.bulkUpdate': method<{ updated: number }>()(customerBulkUpdateInput, {
    touches: TOUCHES.customer,
  }),
  'customers.bulkDelete': method<{ deleted: number }>()(customerIdsInput, {
    touches: TOUCHES.customer,
  }),
  'customers.bulkRestore': method<{ restored: number }>()(customerIdsInput, {
    touches: TOUCHES.customer,
  }),
  'tags.list': method<Tag[]>()(noInput),
} satisfies MethodTable
