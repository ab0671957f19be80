import type Database from 'better-sqlite3'
import type { Ctx } from '../context'

/** SQL helpers every domain's queries share. */

type Statement = Database.Statement<unknown[]>

const cache = new WeakMap<Ctx['sqlite'], Map<string, Statement>>()

/** Statements prepared once per connection (reports run the same SQL again and again). */
export function stmt(ctx: Ctx, sql: string): Statement {
  let byText = cache.get(ctx.sqlite)
  if (!byText) {
    byText = new Map()
    cache.set(ctx.sqlite, byText)
  }
  let found = byText.get(sql)
  if (!found) {
    found = ctx.sqlite.prepare(sql)
    byText.set(sql, found)
  }
  return found
}

/** LIKE pattern for a fragment, with % and _ taken literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`
}

/**
 * The customers in the recycle bin (a few rows, through customers_deleted): `x NOT IN (…)`
 * leaves out the records that go to the bin with their customer, read once per statement
 * instead of a lookup per record.
 */
export const BINNED_CUSTOMERS = 'SELECT id FROM customers WHERE deleted_at IS NOT NULL'

/** The rows a list's page asks for: 1-based `page` of `pageSize` rows (50 unless given). */
export function pageOf(input: { page?: number | undefined; pageSize?: number | undefined }): {
  limit: number
  offset: number
} {
  const limit = input.pageSize ?? 50
  return { limit, offset: ((input.page ?? 1) - 1) * limit }
}

/** A list's WHERE, condition by condition, with the positional parameters in their order. */
export function whereOf(): {
  add: (condition: string, ...params: unknown[]) => void
  sql: () => string
  params: unknown[]
} {
  const conditions: string[] = ['1 = 1']
  const params: unknown[] = []
  return {
    add: (condition, ...values) => {
      conditions.push(condition)
      params.push(...values)
    },
    sql: () => conditions.join(' AND '),
    params,
  }
}
