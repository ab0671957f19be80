import { measureCall, ok, withCoreAndRaw, type BenchOutcome } from './measure'

const RUNS = 50
const WARMUP = 3
const BUDGET_MS = 20

/**
 * The home screen's "due today / overdue" list: `activities.due` page 1 (50 rows,
 * oldest plan first) across all customers, and for one owner. Without a budget
 * of its own; held to the list budget (≤ 20 ms) because it is a server-paged list the
 * user opens first, just like customers.list.
 *
 * asOf is left to the core (today): that is what the home screen sends. The demo
 * gives ≈ 70 % of customers a plan between 7 days before and 14 days after the seed,
 * so the number of due rows grows from ≈ 23k on the seeding day to ≈ 70k two weeks
 * later; page 1 (the oldest plans) is the same either way, only the count grows,
 * and the note prints it.
 */
export function benchDue(dataDir: string): BenchOutcome {
  return withCoreAndRaw(dataDir, (core, sqlite) => {
    const owner = sqlite
      .prepare('SELECT id FROM owners ORDER BY id LIMIT 1')
      .pluck()
      .get() as number
    const outcomes = [
      { label: 'all owners', input: {} },
      { label: `ownerId=${owner}`, input: { ownerId: owner } },
    ].map(({ label, input }) =>
      measureCall(sqlite, {
        name: `due activities.due p1 ${label}`,
        budget: BUDGET_MS,
        inputs: [input],
        call: (i) => ok('activities.due', core.api.dispatch('activities.due', i)),
        note: (v) =>
          `${v.total} due, ${v.rows.filter((r) => r.overdue).length}/${v.rows.length} of page 1 overdue`,
        runs: RUNS,
        warmup: WARMUP,
      }),
    )
    return {
      results: outcomes.map((o) => o.result),
      diagnostics: outcomes.flatMap((o) => (o.diagnostic ? [o.diagnostic] : [])),
    }
  })
}
