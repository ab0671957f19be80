import type Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../src/main/core/context'
import { contractListQueries } from '../../../src/main/core/ledger/contract-list'
import { getContract } from '../../../src/main/core/ledger/contract-rows'
import {
  agingReport,
  listReceivables,
  overdueList,
} from '../../../src/main/core/ledger/receivables'
import { customerStatement } from '../../../src/main/core/ledger/statement'
import { explain, planOf, recordPlans } from '../query-plans'

/**
 * The ledger's hot reads stay on their indexes (the budgets are measured by
 * the benchmarks; these plans keep them from regressing): every SQL a service prepares is
 * recorded and explained.
 */

/** A customer and a contract, so the services get past their existence checks. */
function oneContract(sqlite: Database.Database) {
  sqlite
    .prepare(
      "INSERT INTO customers (code, name, created_at, updated_at) VALUES ('KH1', '客户', 0, 0)",
    )
    .run()
  sqlite
    .prepare(
      "INSERT INTO contracts (number, title, customer_id, signed_date, created_at, updated_at) VALUES ('HT-1', 't', 1, '2026-01-01', 0, 0)",
    )
    .run()
}

const recording = (run: (ctx: Ctx) => void) => recordPlans(run, oneContract)

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
