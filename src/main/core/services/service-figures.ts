import type { Ctx } from '../context'

/** Skeleton (the after-sales work fills it in): open tickets and complaints for the dashboard. */
export function openTicketsFigure(
  _ctx: Ctx,
  _ownerId: number | undefined,
): { count: number; complaints: number } {
  return { count: 0, complaints: 0 }
}
