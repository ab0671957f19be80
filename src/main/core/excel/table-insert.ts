import { getTableColumns, type Table } from 'drizzle-orm'
import type { Statement } from 'better-sqlite3'
import type { Ctx } from '../context'

/**
 * A prepared INSERT of a drizzle table's row given as the same object drizzle's
 * `insert().values()` takes (camelCase keys). The importer writes rows the services
 * built (newCustomerRow, newContactRow) with it: one statement per key set, prepared
 * once, instead of a query built per row. Booleans become 0/1 as drizzle stores them.
 */
export function tableInserter(ctx: Ctx, table: Table) {
  const columns = getTableColumns(table) as Record<string, { name: string }>
  const tableName = (table as unknown as Record<symbol, string>)[Symbol.for('drizzle:Name')]
  const statements = new Map<string, { statement: Statement; keys: string[] }>()
  return (values: Record<string, unknown>): number => {
    const keys = Object.keys(values).filter((k) => values[k] !== undefined && columns[k])
    const signature = keys.join(',')
    let prepared = statements.get(signature)
    if (!prepared) {
      const names = keys.map((k) => `"${columns[k]!.name}"`).join(', ')
      const marks = keys.map(() => '?').join(', ')
      prepared = {
        statement: ctx.sqlite.prepare(`INSERT INTO "${tableName}" (${names}) VALUES (${marks})`),
        keys,
      }
      statements.set(signature, prepared)
    }
    const params = prepared.keys.map((k) => {
      const value = values[k]
      return typeof value === 'boolean' ? (value ? 1 : 0) : value
    })
    return Number(prepared.statement.run(...params).lastInsertRowid)
  }
}
