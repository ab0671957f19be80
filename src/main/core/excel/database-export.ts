import type { DatabaseExport } from '../../../shared/api/excel'
import { localDate } from '../../../shared/dates'
import type { Ctx } from '../context'
import type { Job, Jobs } from '../jobs'
import { yieldToEventLoop } from '../jobs'
import { createBookWriter } from '../workbook'

/**
 * The whole database to one workbook (the owner can always take their data
 * away): a sheet per table, its columns as stored (money in 分 in *_cents columns,
 * instants as ms in *_at columns), read in one read transaction so the sheets agree
 * with each other. Search indexes are left out: they are rebuilt from the records.
 */
const YIELD_EVERY = 2000

function tablesOf(ctx: Ctx): string[] {
  const virtual = new Set(
    (
      ctx.sqlite
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'",
        )
        .all() as { name: string }[]
    ).map((r) => r.name),
  )
  return (
    ctx.sqlite
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  )
    .map((r) => r.name)
    .filter((name) => !virtual.has(name) && ![...virtual].some((v) => name.startsWith(`${v}_`)))
    .filter((name) => !name.startsWith('__drizzle'))
}

export async function exportDatabase(ctx: Ctx, jobs: Jobs, job: Job): Promise<DatabaseExport> {
  return jobs.holdConnection(async () => {
    const tables = tablesOf(ctx)
    const counts = tables.map(
      (t) => (ctx.sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n,
    )
    const total = counts.reduce((a, b) => a + b, 0)
    const book = createBookWriter()
    let done = 0
    ctx.sqlite.exec('BEGIN')
    try {
      for (const table of tables) {
        const columns = (
          ctx.sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]
        ).map((c) => c.name)
        const sheet = book.addSheet(
          table,
          columns.map((name) => ({ header: name, kind: 'raw' as const })),
        )
        const statement = ctx.sqlite.prepare(`SELECT * FROM "${table}"`).raw(true)
        let sinceYield = 0
        for (const row of statement.iterate() as Iterable<unknown[]>) {
          sheet.addRow(row.map((v) => (typeof v === 'bigint' ? Number(v) : v)))
          done += 1
          if (++sinceYield >= YIELD_EVERY) {
            sinceYield = 0
            job.progress(done, total, table)
            await yieldToEventLoop()
            job.throwIfCancelled()
          }
        }
      }
    } finally {
      ctx.sqlite.exec('COMMIT')
    }
    const file = await book.finish(`kehu-${localDate(ctx.clock.now())}.xlsx`)
    job.progress(total, total, 'done')
    return { ...file, tables: tables.length, rows: total }
  })
}
