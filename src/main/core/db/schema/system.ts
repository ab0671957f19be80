import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

/** Key/value settings; values are JSON. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})

/**
 * History of changes: one row per write. `changes` is JSON
 * `{ field: { before, after } }` (for create: after only; for delete/restore: empty).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    action: text('action').notNull(),
    changes: text('changes').notNull().default('{}'),
    actor: text('actor'),
  },
  (t) => [index('audit_entity').on(t.entity, t.entityId, t.at)],
)

/** User-defined fields (自定义字段) of customers and contacts; values live in each record's `custom` JSON. */
export const customFields = sqliteTable(
  'custom_fields',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entity: text('entity', { enum: ['customer', 'contact'] }).notNull(),
    /** The JSON key in `custom`; stable once created. */
    key: text('key').notNull(),
    label: text('label').notNull(),
    type: text('type', { enum: ['text', 'number', 'money', 'date', 'single', 'multi'] }).notNull(),
    /** JSON array of choices for single/multi. */
    options: text('options').notNull().default('[]'),
    position: integer('position').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('custom_fields_key').on(t.entity, t.key)],
)

/** Saved list views: filters + columns + sort under a name. `state` is JSON. */
export const savedViews = sqliteTable(
  'saved_views',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entity: text('entity').notNull(),
    name: text('name').notNull(),
    state: text('state').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('saved_views_name').on(t.entity, t.name)],
)
