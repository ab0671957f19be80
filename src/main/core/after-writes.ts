import type Database from 'better-sqlite3'
import { noteContractCompletion } from './aftersales'
import type { Clock } from './clock'
import type { AfterWrites, Ctx } from './context'
import type { Db } from './db/open'
import { purgeCustomerContracts } from './ledger'
import { purgeCustomerDeals } from './pipeline'

/**
 * Every effect one domain's write has on another, in one table (see AfterWrites in
 * context.ts for when each is called). The writer's transaction holds them all.
 */
export const AFTER_WRITES: AfterWrites = {
  customerPurging(ctx, customer) {
    // The ledger first: a customer with contracts keeps them, and the purge is refused.
    purgeCustomerContracts(ctx, customer.id, customer.name)
    purgeCustomerDeals(ctx, customer.id)
  },
  contractMayBeComplete(ctx, contractId) {
    // A completed contract gets its return visit (回访) scheduled.
    noteContractCompletion(ctx, contractId)
  },
}

/** The context over an open database, with the effects wired. */
export function createCtx(parts: { db: Db; sqlite: Database.Database; clock: Clock }): Ctx {
  return { ...parts, effects: AFTER_WRITES }
}
