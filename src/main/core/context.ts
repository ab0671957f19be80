import type Database from 'better-sqlite3'
import type { Clock } from './clock'
import type { Db } from './db/open'

/** What every service receives: no module-level database, an injectable clock. */
export interface Ctx {
  db: Db
  sqlite: Database.Database
  clock: Clock
  /** What other domains do after a write of this one (domain-wiring.ts lists them all). */
  effects: AfterWrites
}

/**
 * The writes one domain makes that another must follow, each called inside the writer's
 * transaction. The domain that writes calls `ctx.effects.<name>` and knows no more;
 * domain-wiring.ts says which domains answer, so every cross-domain effect is in one place.
 */
export interface AfterWrites {
  /** Before a customer's own rows are purged. Throwing an AppError refuses the purge. */
  customerPurging(ctx: Ctx, customer: { id: number; name: string }): void
  /** A contract changed in a way that can complete it (a payment, activation, an edit). */
  contractMayBeComplete(ctx: Ctx, contractId: number): void
}
