import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

/**
 * The import log (导入记录): one row per committed import with its counts, so the last
 * imports can be listed and undone. `undone_at` is set once an import was undone.
 */
export const imports = sqliteTable('imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  entity: text('entity').notNull(),
  fileName: text('file_name').notNull(),
  at: integer('at').notNull(),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  skipped: integer('skipped').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  undoneAt: integer('undone_at'),
})

/**
 * What undo needs, per record an import touched: created ones are removed again; updated
 * ones get their fields back (JSON snapshots before/after) unless edited since.
 */
export const importRecords = sqliteTable(
  'import_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id),
    recordId: integer('record_id').notNull(),
    action: text('action', { enum: ['created', 'updated'] }).notNull(),
    before: text('before'),
    after: text('after'),
  },
  (t) => [index('import_records_import').on(t.importId, t.action)],
)

/** Column mappings remembered per header set (导入模板), named by the user. */
export const importTemplates = sqliteTable(
  'import_templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entity: text('entity').notNull(),
    name: text('name').notNull(),
    /** The normalised headers joined: a sheet with the same headers gets this mapping. */
    headerKey: text('header_key').notNull(),
    headers: text('headers').notNull(),
    mapping: text('mapping').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('import_templates_name').on(t.entity, t.name),
    index('import_templates_headers').on(t.entity, t.headerKey),
  ],
)
