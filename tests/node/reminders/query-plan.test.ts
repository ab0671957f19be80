import type Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { countReminders, listReminders } from '../../../src/main/core/reminders/list'
import { checkNotifications } from '../../../src/main/core/reminders/notify'
import { planOf, recordPlans, type PlannedStatement } from '../query-plans'

/**
 * The reminder centre reads each kind through its partial index in date order (budget:
 * `npm run bench -- reminders`), never scanning customers, contacts, instalments or
 * contracts; a done or snoozed key is one primary-key probe of reminder_states.
 */
function expectNoScan(plans: PlannedStatement[]): void {
  for (const p of plans)
    expect(p.plan, p.sql).not.toMatch(
      /SCAN (c|t|i|k|r|m|customers|contacts|instalments|contracts)\b(?! USING)/,
    )
}

/** One customer with a follow-up due today and one done, so the second pass and the hidden counts run. */
function oneDue(sqlite: Database.Database): void {
  sqlite
    .prepare(
      `INSERT INTO customers (code, name, owner_id, next_follow_up_date, created_at, updated_at)
       VALUES ('KH1', '客户', NULL, '2026-11-23', 0, 0), ('KH2', '客户二', NULL, '2026-11-22', 0, 0)`,
    )
    .run()
  sqlite
    .prepare(
      "INSERT INTO reminder_states (key, done_at, updated_at) VALUES ('followUp:2:2026-11-22', 1, 0)",
    )
    .run()
}

describe('reminder query plans', () => {
  it('every kind of the list and its counts search their indexes', () => {
    const plans = recordPlans((ctx) => {
      const list = listReminders(ctx, {})
      // The second pass ran (the customer due today), and the done one was left out.
      expect(list.today.map((i) => i.key)).toEqual(['followUp:1:2026-11-23'])
      expect(list.counts.overdue).toBe(0)
    }, oneDue)
    for (const p of plans)
      console.log(p.sql.replace(/\s+/g, ' ').slice(0, 400), '\n  ', p.plan.replace(/\n/g, '\n   '))
    expectNoScan(plans)
    // Counts: a plain COUNT(*) over each index range.
    expect(
      planOf(plans, /SELECT COUNT\(\*\) FROM customers c INDEXED BY customers_next_follow_up_live/),
    ).toMatch(/customers_next_follow_up_live \(next_follow_up_date>\? AND next_follow_up_date<\?\)/)
    expect(planOf(plans, /SELECT COUNT\(\*\) FROM instalments i WHERE/)).toMatch(
      /SEARCH i USING COVERING INDEX instalments_open_due/,
    )
    // A done follow-up found through the date index by the date and id in its key.
    expect(planOf(plans, /FROM reminder_states s CROSS JOIN customers c/)).toMatch(
      /SEARCH c USING INDEX customers_next_follow_up_live \(next_follow_up_date=\? AND rowid=\?\)/,
    )
    // First pass: keys and dates in index order, no joins, no sort of every match.
    const instalments = planOf(
      plans,
      /SELECT i.id AS id, 'instalment:'.* FROM instalments i WHERE/s,
    )
    expect(instalments).toMatch(/SEARCH i USING COVERING INDEX instalments_open_due/)
    expect(instalments).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    expect(planOf(plans, /FROM contracts k INDEXED BY contracts_renewal WHERE/)).toMatch(
      /INDEX contracts_renewal/,
    )
    expect(planOf(plans, /FROM customers c INDEXED BY customers_birthday_live WHERE/)).toMatch(
      /INDEX customers_birthday_live/,
    )
    expect(planOf(plans, /FROM contacts t JOIN customers c/)).toMatch(
      /INDEX contacts_birthday_live/,
    )
    expect(planOf(plans, /FROM return_visits r/)).toMatch(/INDEX return_visits_open_due/)
    expect(planOf(plans, /FROM reminders m/)).toMatch(/INDEX reminders_open_at/)
    // Second pass: the kept rows' columns, each by primary key.
    expect(planOf(plans, /FROM json_each\(@ids\) ids CROSS JOIN customers c/)).toMatch(
      /SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\)/,
    )
    for (const p of plans.filter((p) => p.sql.includes('reminder_states s WHERE s.key')))
      expect(p.plan).toMatch(/SEARCH s USING INDEX sqlite_autoindex_reminder_states_1 \(key=\?\)/)
  })

  it("one owner's follow-ups, instalments and birthdays, and the badge's counts", () => {
    const plans = recordPlans((ctx) => {
      listReminders(ctx, { ownerId: 1 })
      countReminders(ctx, { ownerId: 1 })
    }, oneDue)
    expectNoScan(plans)
    expect(planOf(plans, /FROM customers c INDEXED BY customers_due_owner_live/)).toMatch(
      /customers_due_owner_live/,
    )
    // Every overdue instalment of the owner: in due-date order, the owner's contracts listed once.
    const owned = planOf(
      plans,
      /SELECT COUNT\(\*\) FROM instalments i INDEXED BY instalments_open_due WHERE .* IN \(SELECT id FROM contracts/s,
    )
    expect(owned).toMatch(/SEARCH i USING COVERING INDEX instalments_open_due/)
    expect(owned).toMatch(/LIST SUBQUERY/)
    // The first of them: in due-date order, each one's contract by primary key.
    const first = planOf(
      plans,
      /SELECT i.id AS id, .* FROM instalments i INDEXED BY instalments_open_due JOIN contracts k/s,
    )
    expect(first).toMatch(/SEARCH i USING COVERING INDEX instalments_open_due/)
    expect(first).toMatch(/SEARCH k USING INTEGER PRIMARY KEY/)
    expect(first).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    // A birthday's owner is checked in the index.
    expect(
      planOf(plans, /SELECT COUNT\(\*\) FROM customers c INDEXED BY customers_birthday_live WHERE/),
    ).toMatch(/customers_birthday_live \(<expr>>\? AND <expr><\?\)/)
  })

  it('notifications read the open reminders by time', () => {
    const plans = recordPlans((ctx) => checkNotifications(ctx))
    expectNoScan(plans)
    expect(planOf(plans, /SELECT MIN\(at\) FROM reminders/)).toMatch(/reminders_open_at/)
  })
})
