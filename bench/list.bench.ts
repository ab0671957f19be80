import Database from 'better-sqlite3'
import { asc, count, desc, eq, inArray } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { join } from 'node:path'
import { openCore } from '../src/main/core'
import * as schema from '../src/main/core/db/schema'
import { customers, customerTags, owners, tags } from '../src/main/core/db/schema'
import { DATABASE_FILE } from '../src/main/core/paths'
import { customerListWhere, type CustomerListQuery } from '../src/main/core/services/customer-list'
import { customerColumns } from '../src/main/core/services/customer-rows'
import { CUSTOMER_SORT_FIELDS, type CustomerSortField } from '../src/shared/api'
import { VERSION } from './dataset'
import { MIGRATIONS, log, median, p95, result, samplePairs, type BenchResult } from './lib'

const RUNS = 50
const WARMUP = 3
const PAGE_SIZE = 50
const DEEP_PAGE = 100
const BUDGET_MS = 20
/** Queries under three characters cannot use the trigram index and scan the search text. */
const SHORT_QUERY_BUDGET_MS = 50

/**
 * The ORDER BY of services/customer-list.ts (SORT_COLUMNS there is private). If the
 * two drift, the same-result check below fails loudly rather than timing a different query.
 */
const SORT_COLUMNS: Record<CustomerSortField, SQLiteColumn[]> = {
  name: [customers.name],
  code: [customers.code],
  grade: [customers.grade, customers.updatedAt],
  stage: [customers.stage, customers.updatedAt],
  province: [customers.province, customers.updatedAt],
  createdAt: [customers.createdAt],
  updatedAt: [customers.updatedAt],
  lastActivityAt: [customers.lastActivityAt],
  nextFollowUpDate: [customers.nextFollowUpDate],
}

interface ListCase {
  name: string
  input: CustomerListQuery & { pageSize: number }
  budget: number
}

interface RawQuery {
  sql: string
  params: unknown[]
}

/** The three statements listCustomers runs, as drizzle renders them (page, count, tags of the page). */
function rawQueries(
  db: ReturnType<typeof drizzle<typeof schema>>,
  input: ListCase['input'],
): { page: RawQuery; count: RawQuery } {
  const where = customerListWhere(input.q, input.filter)
  const sort = input.sort ?? { field: 'updatedAt' as const, dir: 'desc' as const }
  const direction = sort.dir === 'asc' ? asc : desc
  const page = db
    .select(customerColumns)
    .from(customers)
    .leftJoin(owners, eq(owners.id, customers.ownerId))
    .where(where)
    .orderBy(
      ...SORT_COLUMNS[sort.field].map((column) => direction(column)),
      direction(customers.id),
    )
    .limit(input.pageSize)
    .offset(((input.page ?? 1) - 1) * input.pageSize)
    .toSQL()
  const total = db.select({ n: count() }).from(customers).where(where).toSQL()
  return { page, count: total }
}

function tagsSql(db: ReturnType<typeof drizzle<typeof schema>>, n: number): string {
  return db
    .select({
      customerId: customerTags.customerId,
      id: tags.id,
      name: tags.name,
      color: tags.color,
    })
    .from(customerTags)
    .innerJoin(tags, eq(tags.id, customerTags.tagId))
    .where(
      inArray(
        customerTags.customerId,
        Array.from({ length: n }, (_, i) => i + 1),
      ),
    )
    .orderBy(asc(tags.name))
    .toSQL().sql
}

function cases(ownerId: number, tagId: number): ListCase[] {
  const list: ListCase[] = []
  for (const field of CUSTOMER_SORT_FIELDS) {
    for (const dir of ['asc', 'desc'] as const) {
      for (const page of [1, DEEP_PAGE]) {
        list.push({
          name: `sort ${field} ${dir} p${page}`,
          input: { sort: { field, dir }, page, pageSize: PAGE_SIZE },
          budget: BUDGET_MS,
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
      budget: BUDGET_MS,
    })
  }
  const searches: [string, string, number][] = [
    ['Chinese 4 chars', '盛通物流', BUDGET_MS],
    ['Chinese 3 chars', '深圳华', BUDGET_MS],
    ['pinyin initials', 'stwl', BUDGET_MS],
    ['pinyin full', 'shengtong', BUDGET_MS],
    ['phone 4 digits', '5678', BUDGET_MS],
    ['Chinese 2 chars', '盛通', SHORT_QUERY_BUDGET_MS],
    ['Chinese 1 char', '华', SHORT_QUERY_BUDGET_MS],
  ]
  for (const [label, q, budget] of searches) {
    list.push({ name: `q ${label} "${q}"`, input: { q, pageSize: PAGE_SIZE }, budget })
  }
  return list
}

export interface ListBenchOutcome {
  results: BenchResult[]
  /** EXPLAIN QUERY PLAN of every case over budget. */
  diagnostics: string[]
}

export function benchList(dataDir: string): ListBenchOutcome {
  const core = openCore({ dataDir, migrationsFolder: MIGRATIONS, version: VERSION })
  // The baseline: its own connection to the same file, statements prepared once.
  const sqlite = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true })
  const db = drizzle(sqlite, { schema })
  const results: BenchResult[] = []
  const diagnostics: string[] = []
  try {
    const owner = sqlite
      .prepare('SELECT id FROM owners ORDER BY id LIMIT 1')
      .pluck()
      .get() as number
    const tag = sqlite.prepare('SELECT id FROM tags ORDER BY id LIMIT 1').pluck().get() as number
    const tagStatements = new Map<number, Database.Statement>()
    const tagStatement = (n: number) => {
      let statement = tagStatements.get(n)
      if (!statement) {
        statement = sqlite.prepare(tagsSql(db, n))
        tagStatements.set(n, statement)
      }
      return statement
    }
    for (const c of cases(owner, tag)) {
      const queries = rawQueries(db, c.input)
      const pageStatement = sqlite.prepare(queries.page.sql).raw()
      const countStatement = sqlite.prepare(queries.count.sql).pluck()
      let dispatched: { ids: number[]; total: number } = { ids: [], total: 0 }
      let raw: { ids: number[]; total: number } = { ids: [], total: 0 }
      const samples = samplePairs(
        RUNS,
        WARMUP,
        () => {
          const listed = core.api.dispatch('customers.list', c.input)
          if (!listed.ok) throw new Error(`${c.name}: ${listed.error.message}`)
          dispatched = { ids: listed.value.rows.map((r) => r.id), total: listed.value.total }
        },
        () => {
          const rows = pageStatement.all(...queries.page.params) as unknown[][]
          const ids = rows.map((r) => r[0] as number)
          const total = countStatement.get(...queries.count.params) as number
          if (ids.length > 0) tagStatement(ids.length).all(...ids)
          raw = { ids, total }
        },
      )
      if (dispatched.total !== raw.total || dispatched.ids.join() !== raw.ids.join()) {
        throw new Error(
          `${c.name}: the baseline SQL returns other rows than customers.list — bench/list.bench.ts has drifted from the service`,
        )
      }
      const ours = p95(samples.a)
      const baseline = p95(samples.b)
      const outcome = result(`list ${c.name} p95`, ours, 'ms', c.budget, {
        baseline,
        p50: median(samples.a),
        note: `${raw.total} matches`,
      })
      results.push(outcome)
      log(
        `list: ${c.name.padEnd(34)} p95 ${ours.toFixed(2)} ms (raw ${baseline.toFixed(2)} ms, ${raw.total} matches)`,
      )
      if (!outcome.pass) diagnostics.push(explain(sqlite, outcome, queries))
    }
  } finally {
    sqlite.close()
    core.close()
  }
  return { results, diagnostics }
}

/** Known plan smells, named in words so that a failing run says what to fix. */
const SMELLS: [RegExp, string][] = [
  [
    /^SCAN customers$/m,
    'a full table scan of customers (no index serves this WHERE; for count(*), no covering index holds deleted_at)',
  ],
  [
    /USE TEMP B-TREE FOR ORDER BY/,
    'every match is sorted in a temp b-tree before LIMIT (no index walk in sort order)',
  ],
  [
    /SCAN customer_search VIRTUAL TABLE INDEX 0/,
    'LIKE scans the whole FTS text of every customer (no trigram index use below 3 characters)',
  ],
]

/** The SQL without its long select list. */
function shortSql(sql: string): string {
  return sql.replace(/^select .*? from /is, 'select … from ')
}

function explain(
  sqlite: Database.Database,
  outcome: BenchResult,
  queries: { page: RawQuery; count: RawQuery },
): string {
  const plan = (query: RawQuery) =>
    (
      sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[]
    ).map((row) => row.detail)
  const lines = [
    `${outcome.name}: ${outcome.value} ms (raw SQL ${outcome.baseline} ms, budget ${outcome.budget} ms)`,
  ]
  for (const [label, query] of [
    ['page ', queries.page],
    ['count', queries.count],
  ] as const) {
    const steps = plan(query)
    lines.push(`  ${label} ${shortSql(query.sql)}  ${JSON.stringify(query.params)}`)
    lines.push(...steps.map((step) => `          ${step}`))
    for (const [pattern, meaning] of SMELLS) {
      if (pattern.test(steps.join('\n'))) lines.push(`          ⚠ ${meaning}`)
    }
  }
  return lines.join('\n')
}
