import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Sales reps (负责人). There is no login: an owner is a name records are cut by. */
export const owners = sqliteTable('owners', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
})
