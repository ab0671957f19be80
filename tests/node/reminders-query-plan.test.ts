import { describe, expect, it } from 'vitest'
import { countReminders, listReminders } from '../../src/main/core/services/reminder-list'
import { checkNotifications } from '../../src/main/core/services/reminder-notify'
import { planOf, recordPlans, type PlannedStatement } from './query-plans'

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

describe('reminder query plans', () => {
  it('every kind of the list and its counts search their indexes', () => {
    const plans = recordPlans((ctx) => listReminders(ctx, {}))
    for (const p of plans)
      console.log(p.sql.replace(/\s+/g, ' ').slice(0, 400), '\n  ', p.plan.replace(/\n/g, '\n   '))
    expectNoScan(plans)
    expect(
      planOf(plans, /FROM customers c WHERE c.deleted_at IS NULL AND c.next_follow_up_date/),
    ).toMatch(
      /customers_(next_follow_up|due_owner)_live \(next_follow_up_date>\? AND next_follow_up_date<\?\)/,
    )
    expect(planOf(plans, /SELECT COUNT\(\*\) AS n.*FROM instalments i WHERE/s)).toMatch(
      /SEARCH i USING COVERING INDEX instalments_open_due/,
    )
    const instalments = planOf(plans, /FROM instalments i JOIN contracts k/)
    expect(instalments).toMatch(/SEARCH i USING (COVERING )?INDEX instalments_open_due/)
    // Only ties of one due date are put in id order.
    expect(instalments).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    expect(planOf(plans, /FROM contracts k INDEXED BY contracts_renewal JOIN/)).toMatch(
      /INDEX contracts_renewal/,
    )
    expect(planOf(plans, /FROM customers c WHERE c.deleted_at IS NULL AND c.birthday/)).toMatch(
      /INDEX customers_birthday_live/,
    )
    expect(planOf(plans, /FROM contacts t JOIN customers c/)).toMatch(
      /INDEX contacts_birthday_live/,
    )
    expect(planOf(plans, /FROM return_visits r/)).toMatch(/INDEX return_visits_open_due/)
    expect(planOf(plans, /FROM reminders m/)).toMatch(/INDEX reminders_open_at/)
    for (const p of plans.filter((p) => p.sql.includes('reminder_states s WHERE s.key')))
      expect(p.plan).toMatch(/SEARCH s USING INDEX sqlite_autoindex_reminder_states_1 \(key=\?\)/)
  })

  it("one owner's follow-ups and instalments, and the badge's counts", () => {
    const plans = recordPlans((ctx) => {
      listReminders(ctx, { ownerId: 1 })
      countReminders(ctx, { ownerId: 1 })
    })
    expectNoScan(plans)
    expect(planOf(plans, /FROM customers c INDEXED BY customers_due_owner_live/)).toMatch(
      /customers_due_owner_live/,
    )
    // One owner's open instalments: in due-date order, the owner's contracts in a list.
    const owned = planOf(plans, /FROM instalments i INDEXED BY instalments_open_due WHERE/)
    expect(owned).toMatch(/SEARCH i USING COVERING INDEX instalments_open_due/)
    expect(owned).toMatch(/LIST SUBQUERY/)
  })

  it('notifications read the open reminders by time', () => {
    const plans = recordPlans((ctx) => checkNotifications(ctx))
    expectNoScan(plans)
    expect(planOf(plans, /SELECT MIN\(at\) FROM reminders/)).toMatch(/reminders_open_at/)
  })
})
