import { join } from 'node:path'
import type { SQL } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { DEAL_SORT_FIELDS } from '../../../src/shared/api'
import { openDatabase } from '../../../src/main/core/db/open'
import { boardQuery, dealListQueries } from '../../../src/main/core/pipeline/deal-list'
import { toQuery } from '../../../src/main/core/pipeline/deal-rows'
import { MIGRATIONS, tempDir } from '../helpers'

/** EXPLAIN QUERY PLAN of composed queries on a fresh database with the real schema. */
function explainer() {
  const database = openDatabase({ file: join(tempDir(), 'kehu.db'), migrationsFolder: MIGRATIONS })
  return {
    explain(query: SQL): string {
      const { sql, params } = toQuery(query)
      return (
        database.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join('\n')
    },
    close: () => database.close(),
  }
}

describe('deals.board query plan', () => {
  const cases: [string, Parameters<typeof boardQuery>[0]][] = [
    ['no filter', {}],
    ['owner', { ownerId: 1 }],
    ['close month', { closeMonth: '2026-12' }],
    ['amount range', { minAmountCents: 100, maxAmountCents: 100_000 }],
    ['search', { q: '鑫源' }],
    ['everything', { ownerId: 2, closeMonth: '2027-01', minAmountCents: 1, q: '采购项目' }],
  ]
  for (const [name, input] of cases) {
    it(`${name}: walks deals_board in board order, customers by key, no sort`, () => {
      const db = explainer()
      const plan = db.explain(boardQuery(input))
      db.close()
      expect(plan).toMatch(/SCAN d USING INDEX deals_board/)
      expect(plan).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/)
      expect(plan).toMatch(/SEARCH s USING INTEGER PRIMARY KEY/)
      expect(plan).not.toMatch(/TEMP B-TREE/)
      expect(plan).not.toMatch(/^SCAN (c|customers)$/m)
    })
  }
})

describe('deals.list query plans', () => {
  it('the default order (last change) walks deals_updated_live without sorting', () => {
    const db = explainer()
    const { page, count } = dealListQueries({})
    expect(db.explain(page)).toMatch(/SCAN d USING (COVERING )?INDEX deals_updated_live/)
    expect(db.explain(page)).not.toMatch(/TEMP B-TREE/)
    expect(db.explain(count)).toMatch(/USING (COVERING )?INDEX/)
    db.close()
  })

  it('a customer’s deals (the customer page) search deals_customer', () => {
    const db = explainer()
    const { page, count } = dealListQueries({ filter: { customerId: 3 } })
    expect(db.explain(page)).toMatch(/SEARCH d USING INDEX deals_customer/)
    expect(db.explain(count)).toMatch(/SEARCH d USING INDEX deals_customer/)
    db.close()
  })

  it('an owner’s deals search deals_owner_live in the default order', () => {
    const db = explainer()
    const { page } = dealListQueries({ filter: { ownerId: 3 } })
    expect(db.explain(page)).toMatch(/SEARCH d USING INDEX deals_owner_live/)
    expect(db.explain(page)).not.toMatch(/TEMP B-TREE/)
    db.close()
  })

  it('won or lost deals by close date search deals_status_live without sorting', () => {
    const db = explainer()
    const { page } = dealListQueries({
      filter: { status: 'won' },
      sort: { field: 'closedDate', dir: 'desc' },
    })
    expect(db.explain(page)).toMatch(/SEARCH d USING INDEX deals_status_live/)
    expect(db.explain(page)).not.toMatch(/TEMP B-TREE/)
    db.close()
  })

  it('an open stage’s deals by stage come from deals_board', () => {
    const db = explainer()
    const { page } = dealListQueries({
      filter: { stageId: 2, status: 'open' },
      sort: { field: 'stage', dir: 'asc' },
    })
    expect(db.explain(page)).toMatch(/deals_board/)
    db.close()
  })

  it('every sort field plans without a full scan of customers or stages', () => {
    const db = explainer()
    for (const field of DEAL_SORT_FIELDS) {
      const plan = db.explain(dealListQueries({ sort: { field, dir: 'asc' }, q: '鑫源' }).page)
      expect(plan, field).not.toMatch(/^SCAN (customers|pipeline_stages)$/m)
      expect(plan, field).toMatch(/customer_search/)
    }
    db.close()
  })
})
