/**
 * How the domains are wired to each other, in one file: what a write of one domain makes
 * another do, what each new day brings, and the derived data refreshed before the reads that
 * show it. The domains themselves never import a domain above them.
 */
import type Database from 'better-sqlite3'
import type { MethodName } from '../../shared/api'
import { noteContractCompletion, sweepCompletedContracts } from './aftersales'
import { today, type Clock } from './clock'
import { refreshInsight } from './insight'
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

/**
 * What a new calendar day brings, written once per day at start and at the first call of a
 * day (a read never writes: this runs before it, in the dispatcher). Each job is idempotent.
 */
export const DAILY_WORK: readonly ((ctx: Ctx) => void)[] = [
  // Contracts complete by themselves when their end date passes after the last payment.
  sweepCompletedContracts,
]

/**
 * Derived data brought up to date by the dispatcher before the calls that show it, so the
 * reads themselves never write: customer_insight (a full pass on a new day or changed
 * thresholds, else the rows the triggers of migration 0019 marked stale and new customers).
 */
const INSIGHT_READS: ReadonlySet<MethodName> = new Set<MethodName>([
  'insight.get',
  'insight.list',
  'insight.summary',
  'reports.dashboard',
  'reports.export',
])

export function beforeRead(ctx: Ctx, method: MethodName): void {
  if (INSIGHT_READS.has(method)) refreshInsight(ctx)
}

/** Runs DAILY_WORK when the day of `ctx.clock` is not the one it last ran for. */
export function dailyWork(ctx: Ctx): () => void {
  let doneFor: string | null = null
  return () => {
    const day = today(ctx.clock)
    if (day === doneFor) return
    for (const job of DAILY_WORK) job(ctx)
    doneFor = day
  }
}

/** The context over an open database, with the effects wired. */
export function createCtx(parts: { db: Db; sqlite: Database.Database; clock: Clock }): Ctx {
  return { ...parts, effects: AFTER_WRITES }
}
