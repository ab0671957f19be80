import type Database from 'better-sqlite3'
import type { Core } from '../src/main/core'
import type { CustomerListQuery } from '../src/main/core/customers/customer-list'
import { CUSTOMER_SORT_FIELDS } from '../src/shared/api'
import type { BenchResult } from './lib'
import { measureCall, ok, withCoreAndRaw, type BenchOutcome } from './measure'

export const LIST_RUNS = 50
export const LIST_WARMUP = 3
export const PAGE_SIZE = 50
const DEEP_PAGE = 100
export const LIST_BUDGET_MS = 20

export interface ListCase {
  name: string
  input: CustomerListQuery & { pageSize: number }
  budget: number
}

function cases(ownerId: number, tagId: number): ListCase[] {
  const list: ListCase[] = []
  // deletedAt (where the contract has it) orders the recycle bin only; a live list ignores it.
  const fields = CUSTOMER_SORT_FIELDS.filter((field) => (field as string) !== 'deletedAt')
  for (const field of fields) {
    for (const dir of ['asc', 'desc'] as const) {
      for (const page of [1, DEEP_PAGE]) {
        list.push({
          name: `sort ${field} ${dir} p${page}`,
          input: { sort: { field, dir }, page, pageSize: PAGE_SIZE },
          budget: LIST_BUDGET_MS,
        })
      }
    }
  }
  const filters: [string, CustomerListQuery['filter']][] = [
    ['stage=customer', { stage: 'customer' }],
    ['grade=A', { grade: 'A' }],
    [`ownerId=${ownerId}`, { ownerId }],
    [`tag=${tagId}`, { tag: tagId }],
    ['province=广东省', { province: '广东省' }],
  ]
  for (const [label, filter] of filters) {
    list.push({
      name: `filter ${label}`,
      input: { filter, pageSize: PAGE_SIZE },
      budget: LIST_BUDGET_MS,
    })
  }
  return list
}

/**
 * Times `dispatch('customers.list', input)` against the replay of the statements it
 * ran (page, count, tags of the page) on the raw connection, interleaved.
 */
export function runListCases(
  core: Core,
  sqlite: Database.Database,
  prefix: string,
  list: ListCase[],
): BenchOutcome {
  const results: BenchResult[] = []
  const diagnostics: string[] = []
  for (const c of list) {
    const outcome = measureCall(sqlite, {
      name: `${prefix} ${c.name}`,
      budget: c.budget,
      inputs: [c.input],
      call: (input) => ok(c.name, core.api.dispatch('customers.list', input)),
      note: (value) => `${value.total} matches`,
      runs: LIST_RUNS,
      warmup: LIST_WARMUP,
    })
    results.push(outcome.result)
    if (outcome.diagnostic) diagnostics.push(outcome.diagnostic)
  }
  return { results, diagnostics }
}

export function benchList(dataDir: string): BenchOutcome {
  return withCoreAndRaw(dataDir, (core, sqlite) => {
    const owner = sqlite
      .prepare('SELECT id FROM owners ORDER BY id LIMIT 1')
      .pluck()
      .get() as number
    const tag = sqlite.prepare('SELECT id FROM tags ORDER BY id LIMIT 1').pluck().get() as number
    return runListCases(core, sqlite, 'list', cases(owner, tag))
  })
}
