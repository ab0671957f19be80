import { log } from './lib'
import { measureCall, ok, withCoreAndRaw, type BenchOutcome } from './measure'

const CUSTOMERS = 20
const RUNS = 200
const WARMUP = 20
const BUDGET_MS = 10
const TIMELINE_PAGE = 20

/**
 * The customer detail page: `customers.get` (record, owner, tags, contacts) plus the
 * first page of its timeline, `activities.list` with 20 follow-ups, for the customers
 * with the most follow-ups (the demo's maximum is twice the average: 10), cycled
 * run by run so that each run reads another customer.
 */
export function benchDetail(dataDir: string): BenchOutcome {
  return withCoreAndRaw(dataDir, (core, sqlite) => {
    // Every customer with the most follow-ups, then 20 of them spread over the table.
    const busiest = sqlite
      .prepare(
        `SELECT customer_id FROM activities WHERE deleted_at IS NULL GROUP BY customer_id
         HAVING count(*) = (SELECT max(n) FROM (SELECT count(*) AS n FROM activities
                            WHERE deleted_at IS NULL GROUP BY customer_id))
         ORDER BY customer_id`,
      )
      .pluck()
      .all() as number[]
    const step = Math.max(1, Math.floor(busiest.length / CUSTOMERS))
    const ids = busiest.filter((_, i) => i % step === 0).slice(0, CUSTOMERS)
    log(
      `detail: ${busiest.length} customers have the most follow-ups; timing ids ${ids.join(', ')}`,
    )
    const outcome = measureCall(sqlite, {
      name: `detail customers.get + activities.list(${TIMELINE_PAGE})`,
      budget: BUDGET_MS,
      inputs: ids,
      call: (id) => {
        const customer = ok('customers.get', core.api.dispatch('customers.get', { id }))
        const timeline = ok(
          'activities.list',
          core.api.dispatch('activities.list', { customerId: id, pageSize: TIMELINE_PAGE }),
        )
        return { contacts: customer.contacts.length, activities: timeline.rows.length }
      },
      note: (v) =>
        `${ids.length} customers cycled; first: ${v.activities} follow-ups, ${v.contacts} contacts`,
      runs: RUNS,
      warmup: WARMUP,
    })
    return {
      results: [outcome.result],
      diagnostics: outcome.diagnostic ? [outcome.diagnostic] : [],
    }
  })
}
