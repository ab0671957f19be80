import type Database from 'better-sqlite3'

/** Below this many rows an import keeps every index: building them again would cost more. */
export const DEFER_INDEXES_FROM_ROWS = 5_000

/**
 * A bulk import that outnumbers its table: the table's non-unique indexes (the lists'
 * and reports' orderings, which the import itself never reads) are dropped inside the
 * import's transaction and built again just before COMMIT. Building an index over sorted
 * rows once is far cheaper than a B-tree insert per row into each of them. Unique indexes
 * stay, as they are constraints. A ROLLBACK puts the dropped indexes back with everything
 * else; the connection is the job's meanwhile, so no other query runs without them.
 */
export function deferIndexes(
  sqlite: Database.Database,
  table: string,
  incomingRows: number,
): { restore(): void } {
  const present = (
    sqlite.prepare(`SELECT count(*) AS n FROM "${table.replace(/"/g, '""')}"`).get() as {
      n: number
    }
  ).n
  if (incomingRows < DEFER_INDEXES_FROM_ROWS || incomingRows <= present)
    return { restore: () => undefined }
  const deferred = (
    sqlite
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
      )
      .all(table) as { name: string; sql: string }[]
  ).filter((index) => !/^\s*CREATE\s+UNIQUE\b/i.test(index.sql))
  for (const index of deferred) sqlite.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`)
  return {
    restore() {
      if (deferred.length === 0) return
      // SQLite's sorter may use a helper thread for each index it builds.
      const threads = sqlite.pragma('threads', { simple: true }) as number
      sqlite.pragma('threads = 2')
      try {
        for (const index of deferred.splice(0)) sqlite.exec(index.sql)
      } finally {
        sqlite.pragma(`threads = ${threads}`)
      }
    },
  }
}
