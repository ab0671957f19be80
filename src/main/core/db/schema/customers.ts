import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { campaigns } from './campaigns'
import { owners } from './owners'

const live = sql`deleted_at IS NULL`

/**
 * Customer records (客户档案). Calendar dates are TEXT 'YYYY-MM-DD', instants INTEGER ms UTC.
 * `last_activity_at` / `next_follow_up_date` are kept by the follow-up service so the list
 * can sort by them from an index. List indexes are partial over live rows, matching the
 * `deleted_at IS NULL` every live list query carries.
 */
export const customers = sqliteTable(
  'customers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    type: text('type', { enum: ['company', 'individual'] })
      .notNull()
      .default('company'),
    name: text('name').notNull(),
    /** The name's pinyin, lower case: sorting by name follows 拼音 order as Chinese readers expect. */
    nameSort: text('name_sort').notNull().default(''),
    shortName: text('short_name'),
    industry: text('industry'),
    source: text('source'),
    /** Source campaign (市场活动), attributed on the record or during import. */
    campaignId: integer('campaign_id').references(() => campaigns.id),
    grade: text('grade', { enum: ['A', 'B', 'C', 'D'] }),
    stage: text('stage', { enum: ['lead', 'prospect', 'customer', 'loyal', 'churned'] })
      .notNull()
      .default('lead'),
    ownerId: integer('owner_id').references(() => owners.id),
    province: text('province'),
    city: text('city'),
    address: text('address'),
    phone: text('phone'),
    /** Digits only, +86 and separators removed: what duplicate checks and search match on. */
    phoneDigits: text('phone_digits'),
    email: text('email'),
    wechat: text('wechat'),
    website: text('website'),
    birthday: text('birthday'),
    notes: text('notes'),
    /** JSON object of user-defined field values. */
    custom: text('custom').notNull().default('{}'),
    lastActivityAt: integer('last_activity_at'),
    nextFollowUpDate: text('next_follow_up_date'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
    /** Set when this record was merged into another (it is then in the recycle bin). */
    mergedInto: integer('merged_into'),
  },
  (t) => [
    uniqueIndex('customers_code_unique').on(t.code),
    index('customers_name_sort_live').on(t.nameSort, t.name).where(live),
    index('customers_grade_live').on(t.grade, t.updatedAt).where(live),
    index('customers_stage_live').on(t.stage, t.updatedAt).where(live),
    index('customers_owner_live').on(t.ownerId, t.updatedAt).where(live),
    index('customers_province_live').on(t.province, t.updatedAt).where(live),
    index('customers_created_live').on(t.createdAt).where(live),
    index('customers_updated_live').on(t.updatedAt).where(live),
    index('customers_last_activity_live').on(t.lastActivityAt).where(live),
    index('customers_next_follow_up_live').on(t.nextFollowUpDate).where(live),
    // Follow-ups due for one owner: a range on the date with the owner checked in the index.
    // (Date first, so the list's owner filter keeps using customers_owner_live.)
    index('customers_due_owner_live').on(t.nextFollowUpDate, t.ownerId).where(live),
    index('customers_deleted')
      .on(t.deletedAt)
      .where(sql`deleted_at IS NOT NULL`),
    index('customers_phone_digits').on(t.phoneDigits),
    index('customers_campaign_live')
      .on(t.campaignId, t.createdAt)
      .where(sql`deleted_at IS NULL AND campaign_id IS NOT NULL`),
    // Birthdays of the coming days (reminders): by 'MM-DD', one owner's checked in the index.
    index('customers_birthday_live')
      .on(sql`substr(birthday, 6)`, t.ownerId)
      .where(sql`deleted_at IS NULL AND birthday IS NOT NULL`),
  ],
)

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    name: text('name').notNull(),
    title: text('title'),
    phone: text('phone'),
    phoneDigits: text('phone_digits'),
    email: text('email'),
    wechat: text('wechat'),
    birthday: text('birthday'),
    notes: text('notes'),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
    /** JSON object of user-defined contact field values. */
    custom: text('custom').notNull().default('{}'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('contacts_customer').on(t.customerId),
    index('contacts_phone_digits').on(t.phoneDigits),
    index('contacts_birthday_live')
      .on(sql`substr(birthday, 6)`)
      .where(sql`deleted_at IS NULL AND birthday IS NOT NULL`),
  ],
)

export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  color: text('color').notNull().default('gray'),
})

export const customerTags = sqliteTable(
  'customer_tags',
  {
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.tagId] }),
    index('customer_tags_tag').on(t.tagId, t.customerId),
  ],
)

/**
 * Follow-ups (跟进记录). The customer's last_activity_at / next_follow_up_date are
 * derived from these rows by the activities service in the same transaction.
 */
export const activities = sqliteTable(
  'activities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    contactId: integer('contact_id').references(() => contacts.id),
    kind: text('kind', { enum: ['call', 'visit', 'wechat', 'email', 'meeting', 'note'] }).notNull(),
    content: text('content').notNull(),
    occurredAt: integer('occurred_at').notNull(),
    nextFollowUpDate: text('next_follow_up_date'),
    nextAction: text('next_action'),
    createdAt: integer('created_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('activities_customer').on(t.customerId, t.occurredAt)],
)

/**
 * One row per merge, holding what undo needs: the kept record's fields and tags
 * before the merge, and which contacts/follow-ups came from which merged record.
 */
export const merges = sqliteTable('merges', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  keepId: integer('keep_id')
    .notNull()
    .references(() => customers.id),
  mergedIds: text('merged_ids').notNull(),
  undo: text('undo').notNull(),
  at: integer('at').notNull(),
  undoneAt: integer('undone_at'),
})
