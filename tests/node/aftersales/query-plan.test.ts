import { describe, expect, it } from 'vitest'
import { openTicketsFigure } from '../../../src/main/core/aftersales/figures'
import { serviceReport } from '../../../src/main/core/aftersales/report'
import { listTickets, ticketListQueries } from '../../../src/main/core/aftersales/ticket-list'
import { listReturnVisits } from '../../../src/main/core/aftersales/visits'
import { planOf, recordPlans } from '../query-plans'

/**
 * After-sales lists and the report read the partial indexes of live tickets and visits
 * (budgets: `npm run bench -- service`): the default list walks tickets_created_live newest
 * first without a sort, a status tab searches tickets_status_live, the report's figures each
 * range over an index of their dates.
 */
describe('after-sales query plans', () => {
  it('the default ticket list pages tickets_created_live newest first', () => {
    const plans = recordPlans((ctx) => listTickets(ctx, {}))
    const page = planOf(plans, /FROM tickets t JOIN customers/)
    expect(page).toMatch(/SCAN t USING (COVERING )?INDEX tickets_created_live/)
    // The page's ids come from the index in order; only the page's own rows are sorted again.
    expect(page.match(/TEMP B-TREE/g)).toHaveLength(1)
    expect(planOf(plans, /SELECT COUNT\(\*\) FROM tickets t/)).toMatch(
      /tickets_created_live|tickets_status_live/,
    )
  })

  it('a status tab and a customer search their indexes', () => {
    const plans = recordPlans((ctx) => {
      listTickets(ctx, { filter: { status: ['new'] } })
    })
    expect(planOf(plans, /SELECT COUNT\(\*\) FROM tickets t/)).toMatch(
      /SEARCH t USING (COVERING )?INDEX tickets_status_live \(status=\?\)/,
    )
    const customer = recordPlans((ctx) => {
      ctx.sqlite.prepare(ticketListQueries(ctx, { filter: { customerId: 1 } }).count)
    })
    expect(planOf(customer, /SELECT COUNT\(\*\) FROM tickets t/)).toMatch(
      /SEARCH t USING (COVERING )?INDEX tickets_customer \(customer_id=\?\)/,
    )
  })

  it('the report ranges over tickets_status_live, tickets_created_live and tickets_closed_live', () => {
    const plans = recordPlans((ctx) => serviceReport(ctx, { from: '2026-10-01', to: '2026-11-30' }))
    expect(planOf(plans, /AS bucket/)).toMatch(
      /SEARCH t USING INDEX tickets_status_live \(status=\?\)/,
    )
    expect(planOf(plans, /GROUP BY t.kind/)).toMatch(
      /SEARCH t USING INDEX tickets_created_live \(created_at>\? AND created_at<\?\)/,
    )
    expect(planOf(plans, /json_each/)).toMatch(/SEARCH t USING INDEX tickets_created_live/)
    expect(planOf(plans, /UNION ALL/)).toMatch(
      /SEARCH t USING INDEX tickets_closed_live \(closed_date>\? AND closed_date<\?\)/,
    )
    expect(openTicketsFigurePlan()).toMatch(
      /SEARCH t USING INDEX tickets_status_live \(status=\?\)/,
    )
  })

  it('open return visits soonest first walk return_visits_open_due', () => {
    const plans = recordPlans((ctx) => listReturnVisits(ctx, { filter: { state: 'open' } }))
    const page = planOf(plans, /FROM return_visits v JOIN customers/)
    expect(page).toMatch(/SCAN v USING INDEX return_visits_open_due/)
    expect(page).not.toMatch(/TEMP B-TREE/)
  })
})

function openTicketsFigurePlan(): string {
  const plans = recordPlans((ctx) => openTicketsFigure(ctx, undefined))
  return planOf(plans, /COUNT\(\*\) AS count/)
}
