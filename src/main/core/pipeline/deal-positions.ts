import type { Ctx } from '../context'
import { prepared } from './deal-rows'

/**
 * The board order and the stage history, kept by every write in its transaction:
 * the open, live deals of each stage have positions exactly 0..n-1, closed and
 * deleted deals have none, and each live deal has one history row without `left_at`
 * (its current stage). Every statement below walks the `deals_board` index.
 */
const OPEN = `status = 'open' AND deleted_at IS NULL`

/** Open, live deals in a stage: also the position at its end. */
export function openCount(ctx: Ctx, stageId: number): number {
  return prepared(ctx, `SELECT count(*) FROM deals WHERE stage_id = ? AND ${OPEN}`)
    .pluck()
    .get(stageId) as number
}

/** Shifts the positions `from..to` (inclusive) of a stage by `delta` (+1 or -1). */
export function shiftPositions(
  ctx: Ctx,
  stageId: number,
  from: number,
  to: number,
  delta: 1 | -1,
): void {
  if (from > to) return
  prepared(
    ctx,
    `UPDATE deals SET position = position + ? WHERE stage_id = ? AND ${OPEN} AND position BETWEEN ? AND ?`,
  ).run(delta, stageId, from, to)
}

/** A deal left `position` of a stage: the ones after it move up by one. */
export function closeGap(ctx: Ctx, stageId: number, position: number): void {
  prepared(
    ctx,
    `UPDATE deals SET position = position - 1 WHERE stage_id = ? AND ${OPEN} AND position > ?`,
  ).run(stageId, position)
}

/** Makes room at `position` of a stage: that one and the ones after it move down by one. */
export function openGap(ctx: Ctx, stageId: number, position: number): void {
  prepared(
    ctx,
    `UPDATE deals SET position = position + 1 WHERE stage_id = ? AND ${OPEN} AND position >= ?`,
  ).run(stageId, position)
}

/** Places a deal in a stage (position null for closed or deleted deals). */
export function placeDeal(
  ctx: Ctx,
  dealId: number,
  stageId: number,
  position: number | null,
  now: number,
  enteredStage: boolean,
): void {
  if (enteredStage)
    prepared(
      ctx,
      'UPDATE deals SET stage_id = ?, position = ?, stage_entered_at = ?, updated_at = ? WHERE id = ?',
    ).run(stageId, position, now, now, dealId)
  else
    prepared(ctx, 'UPDATE deals SET stage_id = ?, position = ?, updated_at = ? WHERE id = ?').run(
      stageId,
      position,
      now,
      dealId,
    )
}

/** The first history row of a new deal. */
export function startHistory(ctx: Ctx, dealId: number, stageId: number, now: number): void {
  prepared(
    ctx,
    'INSERT INTO deal_stage_history (deal_id, stage_id, entered_at, left_at, actor) VALUES (?, ?, ?, NULL, NULL)',
  ).run(dealId, stageId, now)
}

/** The deal leaves its current stage (its open history row gets `left_at`) and enters another. */
export function recordStageChange(ctx: Ctx, dealId: number, stageId: number, now: number): void {
  prepared(
    ctx,
    'UPDATE deal_stage_history SET left_at = ? WHERE deal_id = ? AND left_at IS NULL',
  ).run(now, dealId)
  startHistory(ctx, dealId, stageId, now)
}

/**
 * Appends open deals (in the order given) at the end of a stage, each entering it with
 * a history row. Used when a stage is removed and when deals come back from elsewhere.
 */
export function appendToStage(ctx: Ctx, dealIds: number[], stageId: number, now: number): void {
  let position = openCount(ctx, stageId)
  for (const id of dealIds) {
    placeDeal(ctx, id, stageId, position, now, true)
    recordStageChange(ctx, id, stageId, now)
    position += 1
  }
}
