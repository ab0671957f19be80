import type Database from 'better-sqlite3'
import { join } from 'node:path'
import { expect } from 'vitest'
import { fixedClock } from '../../src/main/core/clock'
import type { Ctx } from '../../src/main/core/context'
import { openDatabase } from '../../src/main/core/db/open'
import { MIGRATIONS, NOW, tempDir } from './helpers'
import { createCtx } from '../../src/main/core/domain-wiring'

/**
 * Query-plan tests: every statement a service prepares while it runs, with its EXPLAIN QUERY
 * PLAN on a fresh database with the real schema (the plan does not depend on the rows).
 */

export interface PlannedStatement {
  sql: string
  plan: string
}

/** EXPLAIN QUERY PLAN with every parameter, named or positional, bound to NULL. */
export function explain(sqlite: Database.Database, sql: string): string {
  const named: Record<string, null> = {}
  for (const match of sql.matchAll(/@(\w+)/g)) named[match[1] ?? ''] = null
  const positional = (sql.match(/\?/g) ?? []).map(() => null)
  const args: unknown[] = Object.keys(named).length > 0 ? [...positional, named] : positional
  return (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n')
}

/**
 * Runs `run` on a fresh database (after `setup` on the raw connection, e.g. a few rows a
 * service needs to get past its checks) and returns what it prepared, each with its plan.
 */
export function recordPlans(
  run: (ctx: Ctx) => void,
  setup: (sqlite: Database.Database) => void = () => {},
): PlannedStatement[] {
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
  try {
    setup(database.sqlite)
    run(createCtx({ db: database.db, sqlite, clock: fixedClock(NOW) }))
    return recorded.map((sql) => ({ sql, plan: explain(database.sqlite, sql) }))
  } finally {
    database.close()
  }
}

/** The plan of the first recorded statement whose SQL matches. */
export function planOf(plans: PlannedStatement[], fragment: RegExp): string {
  const found = plans.find((p) => fragment.test(p.sql))
  expect(found, `no statement matching ${fragment}`).toBeDefined()
  return found!.plan
}
