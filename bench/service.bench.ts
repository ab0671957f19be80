import Database from 'better-sqlite3'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { openCore } from '../src/main/core'
import { DATABASE_FILE } from '../src/main/core/paths'
import { VERSION } from './dataset'
import { ANCHOR, anchorMs, ledgerClock } from './ledger-dataset'
import { MIGRATIONS, log } from './lib'
import { measureDispatchCases, ok, type BenchOutcome } from './measure'
import { copyReportsDataset } from './reports-dataset'

/**
 * Issue 8's after-sales at 100,000 customers (bench/reports-dataset.ts, copied) and 50,000
 * tickets over the two years before the dataset's today (2026-06-30): a quarter complaints,
 * nine in ten closed — most with a score — and a return visit for each close. Timed against
 * the replay of the same statements on a raw connection:
 * - reports.service over a year ≤ 200 ms;
 * - tickets.list page 1 (the default open tab, every ticket, closed complaints, the open ones by
 *   priority, a search) ≤ 50 ms;
 * - returnVisits.list of the open visits ≤ 50 ms.
 */
const TICKETS = 50_000
const REPORT_BUDGET_MS = 200
const LIST_BUDGET_MS = 50
const WORK_NAME = 'service-work'
const DAY = 86_400_000
const KINDS = ['inquiry', 'complaint', 'repair', 'suggestion']
const PRIORITIES = ['low', 'normal', 'normal', 'high', 'urgent']

const localDay = (ms: number) => {
  const d = new Date(ms)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Deterministic tickets and visits (a small LCG): the same data on every run. */
function fill(sqlite: Database.Database): { tickets: number; visits: number } {
  let seed = 20_261_130
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  const customers = sqlite.prepare('SELECT COUNT(*) FROM customers').pluck().get() as number
  const owners = sqlite.prepare('SELECT id FROM owners ORDER BY id').pluck().all() as number[]
  const ticket = sqlite.prepare(
    `INSERT INTO tickets (number, customer_id, kind, title, status, priority, owner_id, due_date,
       resolution, satisfaction, first_response_at, resolved_at, closed_at, closed_date,
       created_at, updated_at)
     VALUES (@number, @customerId, @kind, @title, @status, @priority, @ownerId, @dueDate,
       @resolution, @satisfaction, @firstResponseAt, @resolvedAt, @closedAt, @closedDate,
       @createdAt, @createdAt)`,
  )
  const visit = sqlite.prepare(
    `INSERT INTO return_visits (customer_id, ticket_id, reason, due_date, owner_id, done_at,
       done_date, outcome, satisfaction, created_at, updated_at)
     VALUES (@customerId, @ticketId, 'ticketClosed', @dueDate, @ownerId, @doneAt, @doneDate,
       @outcome, @satisfaction, @createdAt, @createdAt)`,
  )
  const now = anchorMs()
  let visits = 0
  const serial = new Map<string, number>()
  sqlite.transaction(() => {
    for (let i = 0; i < TICKETS; i++) {
      // Older tickets are rarer: the business grew.
      const createdAt =
        now - Math.floor(Math.sqrt(random()) * 730 * DAY) - Math.floor(random() * DAY)
      const year = localDay(createdAt).slice(0, 4)
      const n = (serial.get(year) ?? 0) + 1
      serial.set(year, n)
      const closed = now - createdAt > 3 * DAY ? random() < 0.9 : random() < 0.3
      const responded = closed || random() < 0.6
      const firstResponseAt = responded ? createdAt + Math.floor(random() * 48 * 3_600_000) : null
      const resolvedAt = closed
        ? (firstResponseAt ?? createdAt) + Math.floor(random() * 5 * DAY)
        : null
      const closedAt = closed
        ? Math.min(now, (resolvedAt ?? createdAt) + Math.floor(random() * DAY))
        : null
      const ownerId = random() < 0.9 ? (owners[Math.floor(random() * owners.length)] ?? null) : null
      const customerId = 1 + Math.floor(random() * customers)
      const satisfaction = closed && random() < 0.8 ? 1 + Math.floor(random() * 10) : null
      const id = Number(
        ticket.run({
          number: `SH-${year}-${String(n).padStart(4, '0')}`,
          customerId,
          kind: KINDS[i % 4 === 1 || random() < 0.1 ? 1 : Math.floor(random() * 4)],
          title: `工单 ${i}`,
          status: closed
            ? 'closed'
            : responded
              ? random() < 0.5
                ? 'inProgress'
                : 'resolved'
              : 'new',
          priority: PRIORITIES[Math.floor(random() * PRIORITIES.length)],
          ownerId,
          dueDate: random() < 0.5 ? localDay(createdAt + 7 * DAY) : null,
          resolution: closed ? '已处理' : null,
          satisfaction,
          firstResponseAt,
          resolvedAt,
          closedAt,
          closedDate: closedAt === null ? null : localDay(closedAt),
          createdAt,
        }).lastInsertRowid,
      )
      if (closedAt !== null) {
        const due = closedAt + 7 * DAY
        const done = due < now && random() < 0.8
        visit.run({
          customerId,
          ticketId: id,
          dueDate: localDay(due),
          ownerId,
          doneAt: done ? due : null,
          doneDate: done ? localDay(due) : null,
          outcome: done ? '回访满意' : null,
          satisfaction: done && random() < 0.6 ? 1 + Math.floor(random() * 10) : null,
          createdAt: closedAt,
        })
        visits++
      }
    }
    sqlite.exec('ANALYZE')
  })()
  return { tickets: TICKETS, visits }
}

export function benchService(): BenchOutcome {
  const dir = copyReportsDataset(WORK_NAME)
  const raw = new Database(join(dir, DATABASE_FILE))
  const filled = fill(raw)
  log(`service: ${filled.tickets} tickets and ${filled.visits} return visits`)
  const core = openCore({
    dataDir: dir,
    migrationsFolder: MIGRATIONS,
    version: VERSION,
    clock: ledgerClock(),
    autoBackupCheckMs: 0,
  })
  try {
    // The day's sweep of contracts completed by their end date writes once; the figures are the reads.
    ok('returnVisits.list', core.api.dispatch('returnVisits.list', {}))
    const year = { from: `${Number(ANCHOR.slice(0, 4)) - 1}-07-01`, to: ANCHOR }
    const cases = [
      {
        name: `reports.service, one year (${TICKETS} tickets)`,
        budget: REPORT_BUDGET_MS,
        method: 'reports.service',
        input: year,
      },
      {
        name: 'reports.service, one year, one owner',
        budget: REPORT_BUDGET_MS,
        method: 'reports.service',
        input: { ...year, ownerId: 1 },
      },
      {
        name: 'tickets.list page 1, open (the default tab)',
        budget: LIST_BUDGET_MS,
        method: 'tickets.list',
        input: { filter: { open: true } },
      },
      {
        name: 'tickets.list page 1, every ticket, newest first',
        budget: LIST_BUDGET_MS,
        method: 'tickets.list',
        input: {},
      },
      {
        name: 'tickets.list page 1, closed complaints, newest first',
        budget: LIST_BUDGET_MS,
        method: 'tickets.list',
        input: { filter: { status: ['closed'], kind: ['complaint'] } },
      },
      {
        name: 'tickets.list page 1, open by priority (urgent first)',
        budget: LIST_BUDGET_MS,
        method: 'tickets.list',
        input: { filter: { open: true }, sort: { field: 'priority', dir: 'desc' } },
      },
      {
        name: 'tickets.list search by title fragment',
        budget: LIST_BUDGET_MS,
        method: 'tickets.list',
        input: { q: '工单 4999' },
      },
      {
        name: 'returnVisits.list, open, soonest first',
        budget: LIST_BUDGET_MS,
        method: 'returnVisits.list',
        input: { filter: { state: 'open' } },
      },
    ] as const
    return measureDispatchCases(raw, core, cases, {
      note: (value) => {
        const v = value as { total?: number; openCount?: number; satisfactionAverage?: number }
        if (v.openCount !== undefined)
          return `${v.openCount} open, average score ${v.satisfactionAverage ?? '—'}`
        return `${v.total ?? 0} matches`
      },
      runs: 20,
      warmup: 2,
    })
  } finally {
    raw.close()
    core.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
