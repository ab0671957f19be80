import { is, SQL } from 'drizzle-orm'
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'
import { describe, expect, it } from 'vitest'
import { CUSTOMER_SORT_FIELDS, type CustomerFilter } from '../../../src/shared/api'
import { fixedClock } from '../../../src/main/core/clock'
import { openDatabase } from '../../../src/main/core/db/open'
import { customerListQueries } from '../../../src/main/core/customers/customer-list'
import { MIGRATIONS, NOW, tempDir } from '../helpers'
import { join } from 'node:path'
import { createCtx } from '../../../src/main/core/domain-wiring'

/**
 * Every list query must be served by an index: no full scan of customers and no
 * temporary b-tree to sort (that is what keeps customers.list fast at 100k rows).
 */
function plan(input: Parameters<typeof customerListQueries>[1]) {
  const database = openDatabase({ file: join(tempDir(), 'kehu.db'), migrationsFolder: MIGRATIONS })
  const ctx = createCtx({ db: database.db, sqlite: database.sqlite, clock: fixedClock(NOW) })
  const queries = customerListQueries(ctx, input)
  const dialect = new SQLiteSyncDialect()
  const explain = (query: { toSQL(): { sql: string; params: unknown[] } } | SQL) => {
    const { sql, params } = is(query, SQL) ? dialect.sqlToQuery(query) : query.toSQL()
    return (
      database.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('\n')
  }
  const result = { page: explain(queries.page), count: explain(queries.count) }
  database.close()
  return result
}

describe('customers.list query plans', () => {
  for (const field of CUSTOMER_SORT_FIELDS) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`sort by ${field} ${dir} walks an index without sorting`, () => {
        const { page, count } = plan({ sort: { field, dir } })
        // code has a unique index over all rows; the others are partial over live rows.
        expect(page).toMatch(/SCAN customers USING INDEX customers_(\w+_live|code_unique)/)
        expect(page).not.toMatch(/TEMP B-TREE/)
        expect(count).toMatch(/USING (COVERING )?INDEX/)
      })
    }
  }

  const filters: [string, CustomerFilter][] = [
    ['stage', { stage: 'customer' }],
    ['grade', { grade: 'A' }],
    ['ownerId', { ownerId: 1 }],
    ['province', { province: '浙江省' }],
  ]
  for (const [name, filter] of filters) {
    it(`filter by ${name} searches its index and needs no sort for the default order`, () => {
      const { page, count } = plan({ filter })
      expect(page).toMatch(/SEARCH customers USING INDEX customers_\w+_live/)
      expect(page).not.toMatch(/TEMP B-TREE/)
      expect(count).toMatch(/SEARCH customers USING (COVERING )?INDEX/)
    })
  }

  it('filter by tag walks the sort index and probes each row’s tags; the count starts from the tag', () => {
    const { page, count } = plan({ filter: { tag: 3 } })
    expect(page).toMatch(/SCAN customers USING INDEX customers_updated_live/)
    expect(page).toMatch(/customer_tags_tag|sqlite_autoindex_customer_tags/)
    expect(page).not.toMatch(/TEMP B-TREE/)
    expect(count).toMatch(/customer_tags_tag/)
  })

  it('a 1–2 character search goes through the one-token-per-character index', () => {
    expect(plan({ q: '华' }).page).toMatch(/SCAN customer_search_chars VIRTUAL TABLE INDEX/)
    expect(plan({ q: 'bj' }).count).toMatch(/customer_search_chars VIRTUAL TABLE INDEX/)
  })

  it('the recycle bin uses the deleted index', () => {
    expect(plan({ filter: { deleted: true } }).page).toMatch(/customers_deleted/)
  })

  it('a 3+ character search goes through the FTS index', () => {
    expect(plan({ q: '张三贸易' }).page).toMatch(/VIRTUAL TABLE INDEX/)
  })
})
