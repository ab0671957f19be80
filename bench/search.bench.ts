import type Database from 'better-sqlite3'
import { pinyinKeys } from '../src/main/core/pinyin'
import { log } from './lib'
import { LIST_BUDGET_MS, PAGE_SIZE, runListCases, type ListCase } from './list.bench'
import { withCoreAndRaw, type BenchOutcome } from './measure'

/** Queries under three characters cannot use the trigram index and scan the short search table. */
const SHORT_QUERY_BUDGET_MS = 50

interface Sample {
  name: string
  shortName: string
  phoneDigits: string
  email: string
}

/**
 * The queries, taken from the dataset itself so that each one finds a real record:
 * a company customer halfway through the table (name 城市 + 字号 + 行业 + 形式,
 * e.g. 深圳盛通物流有限公司, short name 深圳盛通) and a contact with a three-character name.
 */
function queries(sqlite: Database.Database): [string, string, number][] {
  const customer = sqlite
    .prepare(
      `SELECT name, short_name AS shortName, phone_digits AS phoneDigits, email FROM customers
       WHERE id >= 50000 AND type = 'company' AND email IS NOT NULL AND short_name IS NOT NULL
         AND deleted_at IS NULL
       ORDER BY id LIMIT 1`,
    )
    .get() as Sample
  const contact = sqlite
    .prepare(
      'SELECT name FROM contacts WHERE id >= 150000 AND length(name) = 3 AND deleted_at IS NULL ORDER BY id LIMIT 1',
    )
    .pluck()
    .get() as string
  const brand = customer.shortName.slice(2) // 盛通: the short name is the city's two characters + the brand
  const emailLocal = customer.email.split('@')[0] as string
  const list: [string, string, number][] = [
    ['Chinese 4 chars of a name', customer.name.slice(2, 6), LIST_BUDGET_MS],
    ['Chinese 3 chars of a name', customer.name.slice(0, 3), LIST_BUDGET_MS],
    ['whole company name', customer.name, LIST_BUDGET_MS],
    ['contact name (3 chars)', contact, LIST_BUDGET_MS],
    ['email fragment', emailLocal, LIST_BUDGET_MS],
    ['pinyin initials of a short name', pinyinKeys(customer.shortName).initials, LIST_BUDGET_MS],
    ['full pinyin of a brand', pinyinKeys(brand).full, LIST_BUDGET_MS],
    ['phone last 4 digits', customer.phoneDigits.slice(-4), LIST_BUDGET_MS],
    ['1 Chinese char', brand.slice(0, 1), SHORT_QUERY_BUDGET_MS],
    ['2 Chinese chars', brand, SHORT_QUERY_BUDGET_MS],
    ['2 pinyin letters', pinyinKeys(brand).initials, SHORT_QUERY_BUDGET_MS],
  ]
  log(`search: queries from ${customer.name} / ${customer.email} / contact ${contact}`)
  return list
}

/** The search box: `customers.list` with `q`, default sort, page 1. */
export function benchSearch(dataDir: string): BenchOutcome {
  return withCoreAndRaw(dataDir, (core, sqlite) => {
    const cases: ListCase[] = queries(sqlite).map(([label, q, budget]) => ({
      name: `${label} "${q}"`,
      input: { q, pageSize: PAGE_SIZE },
      budget,
    }))
    return runListCases(core, sqlite, 'search', cases)
  })
}
