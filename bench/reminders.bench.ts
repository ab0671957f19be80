import Database from 'better-sqlite3'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { openCore } from '../src/main/core'
import { DATABASE_FILE } from '../src/main/core/paths'
import { VERSION } from './dataset'
import { ANCHOR, anchorMs, ledgerClock } from './ledger-dataset'
import { MIGRATIONS, log, type BenchResult } from './lib'
import { measureCall, ok, type BenchOutcome } from './measure'
import { copyReportsDataset } from './reports-dataset'

/**
 * Issue 8's reminder centre at 100,000 customers, 100,000 contracts, 300,000 instalments and
 * 1,000,000 payments (bench/reports-dataset.ts, copied and given what reminders read: a next
 * follow-up date for 40 % of the customers between 60 days before and 14 days after "today",
 * a birthday for every customer, 20,000 contacts with birthdays, 5,000 return visits, 2,000
 * hand-made reminders, 3,000 done follow-up keys (a third of them of dates since moved from),
 * 1,000 done instalments and 200 snoozed ones). Each figure is timed against the
 * replay of the same statements on a raw connection (budget ≤ 50 ms for the list):
 * - reminders.list with every kind, today and upcoming (each capped at 100) and the counts;
 * - the same for one owner;
 * - reminders.count (the sidebar badge).
 */
const LIST_BUDGET_MS = 50
const COUNT_BUDGET_MS = 30
const WORK = 'reminders-work'
const DAY_MS = 86_400_000

const dateAt = (offsetDays: number) =>
  new Date(Date.parse(`${ANCHOR}T00:00:00Z`) + offsetDays * DAY_MS).toISOString().slice(0, 10)

/** What reminders read, spread deterministically (ids modulo primes) around ANCHOR. */
export function fill(sqlite: Database.Database): Record<string, number> {
  return sqlite.transaction(() => {
    const followUps = sqlite
      .prepare(
        `UPDATE customers SET next_follow_up_date = date(@anchor, ((id * 7919) % 75 - 60) || ' days')
         WHERE id % 5 < 2`,
      )
      .run({ anchor: ANCHOR }).changes
    const birthdays = sqlite
      .prepare(
        `UPDATE customers SET birthday = date('1970-01-01', ((id * 104729) % 14600) || ' days')`,
      )
      .run().changes
    const insertContact = sqlite.prepare(
      `INSERT INTO contacts (customer_id, name, birthday, created_at, updated_at)
       VALUES (?, ?, ?, 0, 0)`,
    )
    for (let i = 1; i <= 20_000; i++)
      insertContact.run(i * 5, `联系人${i}`, dateAt(-((i * 7877) % 16000) - 7000))
    const insertVisit = sqlite.prepare(
      `INSERT INTO return_visits (customer_id, reason, due_date, notes, done_at, created_at, updated_at)
       VALUES (?, 'manual', ?, '回访', ?, 0, 0)`,
    )
    for (let i = 1; i <= 5_000; i++)
      insertVisit.run(i * 19, dateAt((i % 60) - 45), i % 3 === 0 ? 1 : null)
    const insertReminder = sqlite.prepare(
      `INSERT INTO reminders (title, at, customer_id, done_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, 0, 0)`,
    )
    for (let i = 1; i <= 2_000; i++)
      insertReminder.run(
        `提醒${i}`,
        anchorMs() + ((i % 40) - 25) * DAY_MS + (i % 9) * 3_600_000,
        i * 37,
        i % 4 === 0 ? 1 : null,
      )
    // Done follow-ups and instalments, and snoozed ones.
    const insertState = sqlite.prepare(
      'INSERT OR IGNORE INTO reminder_states (key, done_at, snoozed_until, updated_at) VALUES (?, ?, ?, 0)',
    )
    const dueFollowUps = sqlite
      .prepare(
        `SELECT 'followUp:' || id || ':' || next_follow_up_date FROM customers
         WHERE next_follow_up_date <= @anchor AND id % 3 = 0 LIMIT 3000`,
      )
      .pluck()
      .all({ anchor: ANCHOR }) as string[]
    // A third of them done on a date the follow-up has since moved from (a key of nothing now).
    dueFollowUps.forEach((key, n) =>
      insertState.run(n % 3 === 0 ? key.replace(/:(\d{4})-/, ':2025-') : key, 1, null),
    )
    const instalments = sqlite
      .prepare('SELECT id FROM instalments WHERE open = 1 AND id % 7 = 0 LIMIT 1200')
      .pluck()
      .all() as number[]
    instalments.forEach((id, n) =>
      insertState.run(`instalment:${id}`, n % 6 === 0 ? null : 1, n % 6 === 0 ? dateAt(3) : null),
    )
    sqlite.exec('ANALYZE')
    return { followUps, birthdays, contacts: 20_000, returnVisits: 5_000, reminders: 2_000 }
  })()
}

export function benchReminders(): BenchOutcome {
  const dir = copyReportsDataset(WORK)
  const raw = new Database(join(dir, DATABASE_FILE))
  const filled = fill(raw)
  log(
    `reminders: ${filled.followUps} follow-up dates, ${filled.birthdays} customer birthdays, ${filled.contacts} contacts, ${filled.returnVisits} return visits, ${filled.reminders} hand-made reminders`,
  )
  // A core per case: the core prepares each statement once, and the raw baseline replays
  // what a case's first call prepared.
  const open = () =>
    openCore({
      dataDir: dir,
      migrationsFolder: MIGRATIONS,
      version: VERSION,
      clock: ledgerClock(),
      autoBackupCheckMs: 0,
    })
  const results: BenchResult[] = []
  const diagnostics: string[] = []
  try {
    const owner = raw.prepare('SELECT id FROM owners ORDER BY id LIMIT 1').pluck().get() as number
    const cases = [
      {
        name: 'reminders.list, every kind',
        budget: LIST_BUDGET_MS,
        method: 'reminders.list',
        input: {},
      },
      {
        name: `reminders.list, ownerId=${owner}`,
        budget: LIST_BUDGET_MS,
        method: 'reminders.list',
        input: { ownerId: owner },
      },
      {
        name: 'reminders.count (badge)',
        budget: COUNT_BUDGET_MS,
        method: 'reminders.count',
        input: {},
      },
    ] as const
    for (const c of cases) {
      const core = open()
      const outcome = measureCall(raw, {
        name: c.name,
        budget: c.budget,
        inputs: [c.input],
        call: (input) => ok(c.method, core.api.dispatch(c.method, input)),
        note: (value) => {
          const v = value as { today?: number | unknown[]; overdue?: number; counts?: object }
          return JSON.stringify(v.counts ?? { today: v.today, overdue: v.overdue })
        },
        runs: 30,
        warmup: 3,
      })
      core.close()
      results.push(outcome.result)
      if (outcome.diagnostic) diagnostics.push(outcome.diagnostic)
    }
    return { results, diagnostics }
  } finally {
    raw.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
