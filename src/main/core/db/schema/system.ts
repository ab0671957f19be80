import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

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
