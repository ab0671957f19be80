import type { Ctx } from '../context'

/** Customers at churn risk and the revenue at stake, for the dashboard. */
export function atRiskFigure(
  _ctx: Ctx,
  _ownerId: number | undefined,
): { count: number; atStakeCents: number } {
  return { count: 0, atStakeCents: 0 }
}
