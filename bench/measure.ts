import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openCore, type Core } from '../src/main/core'
import type { MethodName } from '../src/shared/api'
import { DATABASE_FILE } from '../src/main/core/paths'
import { VERSION } from './dataset'
import { MIGRATIONS, log, median, p95, result, samplePairs, type BenchResult } from './lib'

/**
 * The raw baseline of a core call, built from the call itself: every statement the
 * core runs while serving it is recorded (SQL text, parameters, result mode), then
 * prepared once on a separate raw better-sqlite3 connection and replayed in order.
 * The baseline is therefore the same SQL by construction and cannot drift from the
 * service; what ours costs beyond it is validation, drizzle (which prepares every
 * statement on every call), mapping rows and whatever the service computes in JS.
 */
export interface RecordedStatement {
  sql: string
  method: 'all' | 'get' | 'run' | 'iterate'
  params: unknown[]
  mode: 'objects' | 'raw' | 'pluck' | 'expand'
}

type Mode = RecordedStatement['mode']
type Method = RecordedStatement['method']

/**
 * Every statement's result mode, and where its runs go while a call is recorded. The
 * Statement prototype is instrumented once, when this module loads (before the core opens),
 * so statements prepared before the recording (the core's per-connection statement cache,
 * a warm-up call) are recorded as well as new ones.
 */
const modes = new WeakMap<object, Mode>()
let sink: RecordedStatement[] | null = null
/** A replay runs inside its own transaction (db.transaction's BEGIN and COMMIT are not the call's). */
const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i

function instrumentStatements(): void {
  const probe = new Database(':memory:')
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<
    string,
    (this: { source: string }, ...args: unknown[]) => unknown
  >
  probe.close()
  for (const name of ['raw', 'pluck', 'expand'] as const) {
    const inner = proto[name]!
    proto[name] = function (this: { source: string }, on: unknown = true) {
      const out = inner.call(this, on)
      if (on) modes.set(this, name)
      else if (modes.get(this) === name) modes.delete(this)
      return out
    }
  }
  for (const method of ['all', 'get', 'run', 'iterate'] as Method[]) {
    const inner = proto[method]!
    proto[method] = function (this: { source: string }, ...params: unknown[]) {
      if (sink && !TRANSACTION_CONTROL.test(this.source))
        sink.push({
          sql: this.source,
          method,
          params: [...params],
          mode: modes.get(this) ?? 'objects',
        })
      return inner.apply(this, params)
    }
  }
}
instrumentStatements()

/** Runs `fn` and returns the statements every better-sqlite3 connection executed meanwhile. */
export function recordStatements<T>(fn: () => T): { value: T; statements: RecordedStatement[] } {
  const statements: RecordedStatement[] = []
  const outer = sink
  sink = statements
  try {
    return { value: fn(), statements }
  } finally {
    sink = outer
  }
}

/** Prepares recorded statements once on `sqlite` and returns a function running them all, in order. */
export function replayer(
  sqlite: Database.Database,
  statements: RecordedStatement[],
  cache: Map<string, Database.Statement> = new Map(),
): () => void {
  const steps = statements.map((s) => {
    const key = `${s.mode}\u0000${s.sql}`
    let statement = cache.get(key)
    if (!statement) {
      statement = sqlite.prepare(s.sql)
      if (s.mode !== 'objects') statement[s.mode](true)
      cache.set(key, statement)
    }
    return { statement, method: s.method, params: s.params }
  })
  return () => {
    for (const { statement, method, params } of steps) {
      if (method === 'iterate') for (const _row of statement.iterate(...params));
      else statement[method](...params)
    }
  }
}

/** Known plan smells, named in words so that a failing run says what to fix. */
const SMELLS: [RegExp, string][] = [
  [
    /^SCAN (customers|contacts|activities)$/m,
    'a full table scan (no index serves this WHERE; for count(*), no covering index holds deleted_at)',
  ],
  [
    /USE TEMP B-TREE FOR ORDER BY/,
    'every match is sorted in a temp b-tree before LIMIT (no index walk in sort order)',
  ],
  [
    /SCAN customer_search VIRTUAL TABLE INDEX 0/,
    'LIKE scans the whole FTS text of every customer (no trigram index use below 3 characters)',
  ],
  [/SCAN customer_search_short$/m, 'a LIKE scan of the whole short search table'],
]

/** The SQL without its long select list. */
function shortSql(sql: string): string {
  return sql.replace(/^select .*? from /is, 'select … from ')
}

/** EXPLAIN QUERY PLAN of every distinct recorded statement, with the smells named. */
export function explainStatements(
  sqlite: Database.Database,
  statements: RecordedStatement[],
): string[] {
  const seen = new Set<string>()
  const lines: string[] = []
  for (const s of statements) {
    if (seen.has(s.sql)) continue
    seen.add(s.sql)
    const steps = (
      sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[]
    ).map((row) => row.detail)
    const times = statements.filter((o) => o.sql === s.sql).length
    const params = JSON.stringify(s.params)
    lines.push(
      `  ${times > 1 ? `${times}× ` : ''}${shortSql(s.sql)}  ${params.length > 120 ? `${params.slice(0, 117)}…` : params}`,
    )
    lines.push(...steps.map((step) => `      ${step}`))
    for (const [pattern, meaning] of SMELLS)
      if (pattern.test(steps.join('\n'))) lines.push(`      ⚠ ${meaning}`)
  }
  return lines
}

export interface CallCase<I, V> {
  /** The row name in the table (without the statistic). */
  name: string
  budget: number
  /** Inputs cycled run by run (one for most cases; several customers for the detail page). */
  inputs: I[]
  /** Our side: one or more dispatches; throws when the core answers with an error. */
  call: (input: I) => V
  /** What the figure means, from the last answer of the first input (e.g. the number of matches). */
  note?: (value: V) => string
  runs: number
  warmup: number
  /** 'p95' (default) or 'median' of the runs. */
  statistic?: 'p95' | 'median'
}

export interface CallOutcome {
  result: BenchResult
  /** EXPLAIN QUERY PLAN of the case's statements when it is over budget. */
  diagnostic?: string
}

/**
 * Times a core call against the replay of its own SQL on `sqlite`, interleaved run by
 * run, and reports the chosen statistic of both.
 */
export function measureCall<I, V>(sqlite: Database.Database, c: CallCase<I, V>): CallOutcome {
  // The first read of a day brings derived data up to date before it runs (the core's
  // domain-wiring.ts); the replay is of the read as it runs every other time.
  for (const input of c.inputs) c.call(input)
  const recorded = c.inputs.map((input) => recordStatements(() => c.call(input)))
  const cache = new Map<string, Database.Statement>()
  const replays = recorded.map((r) => replayer(sqlite, r.statements, cache))
  let ours = 0
  let raw = 0
  const samples = samplePairs(
    c.runs,
    c.warmup,
    () => {
      c.call(c.inputs[ours++ % c.inputs.length] as I)
    },
    () => {
      ;(replays[raw++ % replays.length] as () => void)()
    },
  )
  const statistic = c.statistic ?? 'p95'
  const pick = statistic === 'p95' ? p95 : median
  const value = pick(samples.a)
  const baseline = pick(samples.b)
  const first = recorded[0]!
  const statements = first.statements.length
  const detail = c.note ? c.note(first.value) : ''
  const outcome = result(`${c.name} ${statistic}`, value, 'ms', c.budget, {
    baseline,
    ...(statistic === 'p95' ? { p50: median(samples.a) } : {}),
    note: [detail, `${statements} statement${statements === 1 ? '' : 's'}`]
      .filter(Boolean)
      .join('; '),
  })
  log(
    `${c.name.padEnd(44)} ${statistic} ${value.toFixed(2)} ms (raw ${baseline.toFixed(2)} ms${detail ? `, ${detail}` : ''})`,
  )
  if (outcome.pass) return { result: outcome }
  return {
    result: outcome,
    diagnostic: [
      `${outcome.name}: ${outcome.value} ms (raw SQL ${outcome.baseline} ms, budget ${outcome.budget} ms); the statements of one call:`,
      ...explainStatements(sqlite, first.statements),
    ].join('\n'),
  }
}

/** Unwraps a dispatch Result, throwing its message so that a broken call is never timed as fast. */
export function ok<T>(
  what: string,
  answer: { ok: true; value: T } | { ok: false; error: { message: string } },
): T {
  if (!answer.ok) throw new Error(`${what}: ${answer.error.message}`)
  return answer.value
}

export interface BenchOutcome {
  results: BenchResult[]
  /** EXPLAIN QUERY PLAN of every case over budget. */
  diagnostics: string[]
}

/** Opens the core and a raw read-only connection on the same file, for one group of cases. */
export function withCoreAndRaw<T>(
  dataDir: string,
  fn: (core: Core, sqlite: Database.Database) => T,
): T {
  const core = openCore({ dataDir, migrationsFolder: MIGRATIONS, version: VERSION })
  // The baseline: its own connection to the same file, statements prepared once.
  const sqlite = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true })
  try {
    return fn(core, sqlite)
  } finally {
    sqlite.close()
    core.close()
  }
}

/** One call of the API timed against the raw replay of its statements. */
export interface DispatchCase {
  name: string
  budget: number
  method: MethodName
  input: unknown
}

/** Each case through `core.api.dispatch` (measureCall), the results and plans gathered. */
export function measureDispatchCases(
  sqlite: Database.Database,
  core: Core,
  cases: readonly DispatchCase[],
  options: { note?: (value: unknown) => string; runs: number; warmup: number },
): BenchOutcome {
  const outcome: BenchOutcome = { results: [], diagnostics: [] }
  for (const c of cases) {
    const measured = measureCall(sqlite, {
      name: c.name,
      budget: c.budget,
      inputs: [c.input],
      call: (input) => ok(c.method, core.api.dispatch(c.method, input)),
      ...(options.note ? { note: options.note } : {}),
      runs: options.runs,
      warmup: options.warmup,
    })
    outcome.results.push(measured.result)
    if (measured.diagnostic) outcome.diagnostics.push(measured.diagnostic)
  }
  return outcome
}
