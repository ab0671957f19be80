import { measureCall, ok, withCoreAndRaw, type BenchOutcome } from './measure'

const RUNS = 3
const WARMUP = 1
const BUDGET_MS = 2000

/**
 * `customers.duplicates`: one read of every live customer, grouped in JS by phone
 * digits, email and normalised name. Median of 3 (each run takes seconds, so a p95
 * of 3 would be the maximum). The baseline is its own SELECT of the same columns of
 * all live customers replayed raw: the ratio is the cost of the grouping.
 */
export function benchDuplicates(dataDir: string): BenchOutcome {
  return withCoreAndRaw(dataDir, (core, sqlite) => {
    const outcome = measureCall(sqlite, {
      name: 'duplicates customers.duplicates',
      budget: BUDGET_MS,
      inputs: [{}],
      call: (input) => ok('customers.duplicates', core.api.dispatch('customers.duplicates', input)),
      note: (groups) => {
        const by = (reason: string) => groups.filter((g) => g.reason === reason).length
        return `${groups.length} groups (name ${by('name')}, phone ${by('phone')}, email ${by('email')})`
      },
      runs: RUNS,
      warmup: WARMUP,
      statistic: 'median',
    })
    return {
      results: [outcome.result],
      diagnostics: outcome.diagnostic ? [outcome.diagnostic] : [],
    }
  })
}
