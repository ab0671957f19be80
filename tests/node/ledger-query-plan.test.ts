import type Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixedClock } from '../../src/main/core/clock'
import type { Ctx } from '../../src/main/core/context'
import { openDatabase } from '../../src/main/core/db/open'
import { contractListQueries } from '../../src/main/core/services/contract-list'
import { getContract } from '../../src/main/core/services/contract-rows'
import { agingReport, listReceivables, overdueList } from '../../src/main/core/services/receivables'
import { customerStatement } from '../../src/main/core/services/statement'
import { MIGRATIONS, NOW, tempDir } from './helpers'

/**
 * The ledger's hot reads stay on their indexes (the budgets of issue 5 are measured by
 * the benchmarks; these plans keep them from regressing): every SQL a service prepares is
 * recorded and explained.
 */

/** EXPLAIN QUERY PLAN with every parameter bound to NULL (the plan does not depend on values). */
function explain(sqlite: Database.Database, sql: string): string {
  const named: Record<string, null> = {}
  for (const match of sql.matchAll(/@(\w+)/g)) named[match[1] ?? ''] = null
  const positional = (sql.match(/\?/g) ?? []).map(() => null)
  const args: unknown[] = Object.keys(named).length > 0 ? [...positional, named] : positional
  return (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n')
}

function recording(run: (ctx: Ctx) => void): { sql: string; plan: string }[] {
  const database = openDatabase({ file: join(tempDir(), 'kehu.db'), migrationsFolder: MIGRATIONS })
  const recorded: string[] = []
  const sqlite = new Proxy(database.sqlite, {
    get(target, key) {
      if (key === 'prepare')
        return (sql: string) => {
          if (!sql.startsWith('EXPLAIN')) recorded.push(sql)
          return target.prepare(sql)
        }
      const value = Reflect.get(target, key) as unknown
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value
    },
  })
  const ctx = { db: database.db, sqlite, clock: fixedClock(NOW) }
  database.sqlite
    .prepare(
      "INSERT INTO customers (code, name, created_at, updated_at) VALUES ('KH1', '客户', 0, 0)",
    )
    .run()
  database.sqlite
    .prepare(
      "INSERT INTO contracts (number, title, customer_id, signed_date, created_at, updated_at) VALUES ('HT-1', 't', 1, '2026-01-01', 0, 0)",
    )
    .run()
  try {
    run(ctx)
    return recorded.map((sql) => ({
      sql,
      plan: explain(database.sqlite, sql),
    }))
  } finally {
    database.close()
  }
}

const planOf = (plans: { sql: string; plan: string }[], fragment: RegExp) => {
  const found = plans.find((p) => fragment.test(p.sql))
  expect(found, `no statement matching ${fragment}`).toBeDefined()
  return found!.plan
}

function explainList(input: Parameters<typeof contractListQueries>[1]) {
  let result = { page: '', count: '' }
  recording((ctx) => {
    const queries = contractListQueries(ctx, input)
    result = {
      page: explain(ctx.sqlite, queries.page.sql),
      count: explain(ctx.sqlite, queries.count.sql),
    }
  })
  return result
}

describe('ledger query plans', () => {
  it('aging reads only the covering index of open instalments', () => {
    const plan = planOf(
      recording((ctx) => agingReport(ctx, {})),
      /GROUP BY i.customer_id/,
    )
    expect(plan).toMatch(/SCAN i USING COVERING INDEX instalments_open_customer/)
    expect(plan).not.toMatch(/SCAN instalments\b|SCAN i\n/)
  })

  it('receivables: the page ids walk the open-by-due-date index, totals read a covering index', () => {
    const plans = recording((ctx) => listReceivables(ctx, { filter: { status: 'overdue' } }))
    expect(planOf(plans, /SELECT i.id FROM instalments/)).toMatch(
      /SEARCH i USING COVERING INDEX instalments_open_due \(due_date<\?\)/,
    )
    expect(planOf(plans, /COUNT\(\*\) AS n/)).toMatch(
      /COVERING INDEX instalments_open_(due|customer)/,
    )
    // One owner's: from the owner's contracts (their index) to their instalments.
    const owner = recording((ctx) => listReceivables(ctx, { filter: { ownerId: 1 } }))
    const ownerPlan = planOf(owner, /COUNT\(\*\) AS n/)
    expect(ownerPlan).toMatch(
      /SEARCH i USING INDEX instalments_contract|COVERING INDEX instalments_open/,
    )
    expect(ownerPlan).toMatch(/contracts USING (COVERING )?INDEX contracts_owner_(live|open)/)
  })

  it('the overdue list ranks from the covering index before reading details', () => {
    const plan = planOf(
      recording((ctx) => overdueList(ctx, {})),
      /AS weight/,
    )
    expect(plan).toMatch(/SEARCH i USING COVERING INDEX instalments_open_due \(due_date<\?\)/)
  })

  it('contracts.list overdue: walks contracts with an open instalment in signing order; counts a range', () => {
    const all = explainList({ filter: { overdue: true } })
    expect(all.page).toMatch(/SCAN c USING (COVERING )?INDEX contracts_open_signed/)
    expect(all.page).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    expect(all.count).toMatch(/SEARCH c USING (COVERING )?INDEX contracts_(next_due|open_signed)/)
    const owner = explainList({ filter: { overdue: true, ownerId: 1 } })
    expect(owner.page).toMatch(/SEARCH c USING (COVERING )?INDEX contracts_owner_open/)
    expect(owner.count).toMatch(/SEARCH c USING (COVERING )?INDEX contracts_owner_open/)
  })

  it('contracts.list default and by customer sort from an index', () => {
    const all = explainList({})
    expect(all.page).toMatch(/SCAN c USING (COVERING )?INDEX contracts_(signed_live|signed_cover)/)
    expect(all.page).not.toMatch(/TEMP B-TREE/)
    const customer = explainList({ filter: { customerId: 1 } })
    expect(customer.page).toMatch(/SEARCH c USING INDEX contracts_customer/)
    expect(customer.page).not.toMatch(/TEMP B-TREE/)
  })

  it('the statement reads the customer indexes; the payments opening is index-only', () => {
    const plans = recording((ctx) =>
      customerStatement(ctx, { customerId: 1, from: '2026-01-01', to: '2026-12-31' }),
    )
    const opening = planOf(plans, /SUM\(p.amount_cents\)/)
    expect(opening).toMatch(/SEARCH p USING COVERING INDEX payments_customer/)
    expect(opening).toMatch(/SEARCH c USING INDEX contracts_customer/)
    expect(opening).not.toMatch(/contracts_state_live/)
    expect(planOf(plans, /FROM payments p JOIN contracts c/)).toMatch(
      /SEARCH p USING (COVERING )?INDEX payments_customer/,
    )
  })

  it('contracts.get reads its rows by contract', () => {
    const plans = recording((ctx) => getContract(ctx, 1))
    expect(planOf(plans, /FROM payments p/)).toMatch(/SEARCH p USING INDEX payments_contract/)
    expect(planOf(plans, /FROM instalments i JOIN contracts c/)).toMatch(
      /SEARCH i USING INDEX instalments_contract/,
    )
    expect(planOf(plans, /FROM invoices v/)).toMatch(/SEARCH v USING INDEX invoices_contract/)
    expect(planOf(plans, /FROM contract_items it/)).toMatch(/contract_items_contract/)
  })
})
