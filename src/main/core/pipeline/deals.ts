import type { DealCreateInput, DealDetail, DealUpdateInput } from '../../../shared/api'
import { today } from '../clock'
import type { Ctx } from '../context'
import { AppError, invalidField } from '../errors'
import { diff, recordAudit } from '../db/audit'
import { findCustomerRow, requireLiveCustomer } from '../customers'
import {
  closeGap,
  openCount,
  openGap,
  placeDeal,
  recordStageChange,
  shiftPositions,
  startHistory,
} from './deal-positions'
import {
  dealSnapshot,
  getDeal,
  prepared,
  requireDealRow,
  requireLiveDeal,
  type DealRow,
} from './deal-rows'
import { assertCampaignAttributable } from '../campaigns'
import { assertOwnerExists } from '../app'
import { closedStage, findStage, firstOpenStage, requireOpenStage } from './stages'

/**
 * Deals (商机): create, edit, move on the board, close as won or lost, reopen, delete
 * and restore. Every write is one transaction that keeps the board order dense and
 * the stage history complete (see pipeline/deal-positions.ts), and appends to the history.
 */
function blank<T>(value: T | '' | null | undefined): T | null | undefined {
  return value === '' ? null : value
}

function audit(ctx: Ctx, id: number, action: string, before: DealRow | null): void {
  const after = requireDealRow(ctx, id)
  const changes = diff(before ? dealSnapshot(before) : {}, dealSnapshot(after))
  if (!before) for (const key of Object.keys(changes)) delete changes[key]!.before
  recordAudit(ctx, { entity: 'deal', entityId: id, action, changes })
}

/** The follow-up a deal came out of must be a live one of the same customer. */
function assertActivity(ctx: Ctx, activityId: number | undefined, customerId: number): void {
  if (activityId === undefined) return
  const found = prepared(
    ctx,
    'SELECT customer_id AS customerId FROM activities WHERE id = ? AND deleted_at IS NULL',
  ).get(activityId) as { customerId: number } | undefined
  if (found?.customerId !== customerId)
    throw invalidField(
      'activityId',
      'errors.activityNotOfCustomer',
      `Follow-up ${activityId} is not one of this customer's`,
      { id: activityId },
    )
}

export function createDeal(ctx: Ctx, input: DealCreateInput): DealDetail {
  return ctx.db.transaction(() => {
    requireLiveCustomer(ctx, input.customerId)
    assertOwnerExists(ctx, input.ownerId)
    const stage =
      input.stageId !== undefined ? requireOpenStage(ctx, input.stageId) : firstOpenStage(ctx)
    assertActivity(ctx, input.activityId, input.customerId)
    assertCampaignAttributable(ctx, input.campaignId)
    const now = ctx.clock.now()
    const { lastInsertRowid } = prepared(
      ctx,
      `INSERT INTO deals (customer_id, title, amount_cents, stage_id, position, status, expected_close_date,
         owner_id, product_ids, campaign_id, activity_id, notes, stage_entered_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      input.customerId,
      input.title,
      input.amountCents,
      stage.id,
      openCount(ctx, stage.id),
      blank(input.expectedCloseDate) ?? null,
      input.ownerId ?? null,
      JSON.stringify([...new Set(input.productIds ?? [])]),
      input.campaignId ?? null,
      input.activityId ?? null,
      blank(input.notes) ?? null,
      now,
      now,
      now,
    )
    const id = Number(lastInsertRowid)
    startHistory(ctx, id, stage.id, now)
    audit(ctx, id, 'create', null)
    return getDeal(ctx, id)
  })
}

const UPDATABLE = {
  customerId: 'customer_id',
  title: 'title',
  amountCents: 'amount_cents',
  expectedCloseDate: 'expected_close_date',
  ownerId: 'owner_id',
  productIds: 'product_ids',
  campaignId: 'campaign_id',
  notes: 'notes',
} as const

export function updateDeal(ctx: Ctx, input: DealUpdateInput): DealDetail {
  return ctx.db.transaction(() => {
    const before = requireLiveDeal(ctx, input.id)
    if (input.customerId !== undefined && input.customerId !== before.customerId)
      requireLiveCustomer(ctx, input.customerId)
    assertOwnerExists(ctx, input.ownerId)
    assertCampaignAttributable(ctx, input.campaignId, before.campaignId)
    const sets: string[] = []
    const values: unknown[] = []
    for (const [field, column] of Object.entries(UPDATABLE)) {
      const value = input[field as keyof typeof UPDATABLE]
      if (value === undefined) continue
      sets.push(`${column} = ?`)
      values.push(
        field === 'productIds'
          ? JSON.stringify([...new Set(value as number[])])
          : (blank(value) ?? null),
      )
    }
    if (sets.length === 0) return getDeal(ctx, before.id)
    ctx.sqlite.prepare(`UPDATE deals SET ${sets.join(', ')} WHERE id = ?`).run(...values, before.id)
    const after = requireDealRow(ctx, before.id)
    const changes = diff(dealSnapshot(before), dealSnapshot(after))
    if (Object.keys(changes).length === 0) return getDeal(ctx, before.id)
    prepared(ctx, 'UPDATE deals SET updated_at = ? WHERE id = ?').run(ctx.clock.now(), before.id)
    recordAudit(ctx, { entity: 'deal', entityId: before.id, action: 'update', changes })
    return getDeal(ctx, before.id)
  })
}

function requireOpenDeal(ctx: Ctx, id: number): DealRow & { position: number } {
  const deal = requireLiveDeal(ctx, id)
  if (deal.status !== 'open' || deal.position === null)
    throw new AppError(
      'VALIDATION',
      'errors.dealClosed',
      `The deal ${deal.title} is closed; reopen it first`,
      { title: deal.title },
    )
  return deal as DealRow & { position: number }
}

/**
 * Moves an open deal to `position` of an open stage (default and beyond the end: the
 * end). Within its stage that reorders; to another stage it also closes the history
 * row of the old stage and opens one for the new. The same place is a no-op.
 */
export function moveDeal(
  ctx: Ctx,
  input: { id: number; stageId: number; position?: number },
): DealDetail {
  return ctx.db.transaction(
    () => {
      const deal = requireOpenDeal(ctx, input.id)
      const target = requireOpenStage(ctx, input.stageId)
      const now = ctx.clock.now()
      const from = deal.position
      if (target.id === deal.stageId) {
        const last = openCount(ctx, target.id) - 1
        const to = Math.min(input.position ?? last, last)
        if (to === from) return getDeal(ctx, deal.id)
        if (to < from) shiftPositions(ctx, target.id, to, from - 1, 1)
        else shiftPositions(ctx, target.id, from + 1, to, -1)
        placeDeal(ctx, deal.id, target.id, to, now, false)
        return getDeal(ctx, deal.id)
      }
      const size = openCount(ctx, target.id)
      const to = Math.min(input.position ?? size, size)
      closeGap(ctx, deal.stageId, from)
      openGap(ctx, target.id, to)
      placeDeal(ctx, deal.id, target.id, to, now, true)
      recordStageChange(ctx, deal.id, target.id, now)
      recordAudit(ctx, {
        entity: 'deal',
        entityId: deal.id,
        action: 'move',
        changes: { stage: { before: deal.stageName, after: target.name } },
      })
      return getDeal(ctx, deal.id)
    },
    { behavior: 'immediate' },
  )
}

/** On a customer's first won deal, a lead or prospect becomes a customer (成交). */
function promoteCustomer(ctx: Ctx, customerId: number, dealId: number): void {
  const customer = findCustomerRow(ctx, customerId)
  if (!customer || customer.deletedAt !== null) return
  if (customer.stage !== 'lead' && customer.stage !== 'prospect') return
  const earlier = prepared(
    ctx,
    "SELECT 1 FROM deals WHERE customer_id = ? AND status = 'won' AND deleted_at IS NULL AND id != ? LIMIT 1",
  ).get(customerId, dealId)
  if (earlier) return
  prepared(ctx, "UPDATE customers SET stage = 'customer', updated_at = ? WHERE id = ?").run(
    ctx.clock.now(),
    customerId,
  )
  recordAudit(ctx, {
    entity: 'customer',
    entityId: customerId,
    action: 'update',
    changes: { stage: { before: customer.stage, after: 'customer' } },
  })
}

export function closeDeal(
  ctx: Ctx,
  input: { id: number; outcome: 'won' | 'lost'; lostReason?: string; closedDate?: string },
): DealDetail {
  return ctx.db.transaction(() => {
    const deal = requireLiveDeal(ctx, input.id)
    if (deal.status !== 'open' || deal.position === null)
      throw new AppError(
        'VALIDATION',
        'errors.dealAlreadyClosed',
        `The deal ${deal.title} is already closed`,
        { title: deal.title, status: deal.status },
      )
    if (input.outcome === 'lost' && !input.lostReason)
      throw invalidField('lostReason', 'errors.lostReasonRequired', 'Say why the deal was lost')
    if (input.outcome === 'won' && input.lostReason)
      throw invalidField('lostReason', 'errors.lostReasonWon', 'A won deal has no lost reason')
    const closedDate = input.closedDate ?? today(ctx.clock)
    if (closedDate > today(ctx.clock))
      throw invalidField('closedDate', 'errors.dateInFuture', 'A deal cannot close in the future')
    const stage = closedStage(ctx, input.outcome)
    const now = ctx.clock.now()
    closeGap(ctx, deal.stageId, deal.position)
    prepared(
      ctx,
      `UPDATE deals SET status = ?, stage_id = ?, position = NULL, lost_reason = ?, closed_date = ?,
         closed_at = ?, stage_entered_at = ?, updated_at = ? WHERE id = ?`,
    ).run(input.outcome, stage.id, input.lostReason ?? null, closedDate, now, now, now, deal.id)
    recordStageChange(ctx, deal.id, stage.id, now)
    if (input.outcome === 'won') promoteCustomer(ctx, deal.customerId, deal.id)
    audit(ctx, deal.id, 'close', deal)
    return getDeal(ctx, deal.id)
  })
}

/** The open stage a closed deal was closed from, if it still exists. */
function closedFrom(ctx: Ctx, dealId: number): number | undefined {
  const stageId = prepared(
    ctx,
    `SELECT h.stage_id FROM deal_stage_history h JOIN pipeline_stages s ON s.id = h.stage_id
     WHERE h.deal_id = ? AND s.kind = 'open' ORDER BY h.entered_at DESC, h.id DESC LIMIT 1`,
  )
    .pluck()
    .get(dealId) as number | undefined
  const stage = stageId === undefined ? undefined : findStage(ctx, stageId)
  return stage && stage.removedAt === null ? stage.id : undefined
}

/** A won or lost deal back on the board, at the end of the given stage or the one it was closed from. */
export function reopenDeal(ctx: Ctx, input: { id: number; stageId?: number }): DealDetail {
  return ctx.db.transaction(() => {
    const deal = requireLiveDeal(ctx, input.id)
    if (deal.status === 'open')
      throw new AppError('VALIDATION', 'errors.dealNotClosed', `The deal ${deal.title} is open`, {
        title: deal.title,
      })
    const stageId =
      input.stageId !== undefined
        ? requireOpenStage(ctx, input.stageId).id
        : (closedFrom(ctx, deal.id) ?? firstOpenStage(ctx).id)
    const now = ctx.clock.now()
    prepared(
      ctx,
      `UPDATE deals SET status = 'open', stage_id = ?, position = ?, lost_reason = NULL, closed_date = NULL,
         closed_at = NULL, stage_entered_at = ?, updated_at = ? WHERE id = ?`,
    ).run(stageId, openCount(ctx, stageId), now, now, deal.id)
    recordStageChange(ctx, deal.id, stageId, now)
    audit(ctx, deal.id, 'reopen', deal)
    return getDeal(ctx, deal.id)
  })
}

/** Moves a deal to the recycle bin; an open one leaves the board (the cards after it move up). */
export function deleteDeal(ctx: Ctx, id: number): null {
  return ctx.db.transaction(() => {
    const deal = requireDealRow(ctx, id)
    if (deal.deletedAt !== null)
      throw new AppError('CONFLICT', 'errors.alreadyDeleted', `${deal.title} is already deleted`, {
        name: deal.title,
      })
    if (deal.position !== null) closeGap(ctx, deal.stageId, deal.position)
    prepared(ctx, 'UPDATE deals SET deleted_at = ?, position = NULL WHERE id = ?').run(
      ctx.clock.now(),
      id,
    )
    recordAudit(ctx, { entity: 'deal', entityId: id, action: 'delete' })
    return null
  })
}

/**
 * Back from the recycle bin; an open deal goes to the end of its stage, or of the first
 * open stage when its own was removed meanwhile (with a history row for that move).
 */
export function restoreDeal(ctx: Ctx, id: number): DealDetail {
  return ctx.db.transaction(() => {
    const deal = requireDealRow(ctx, id)
    if (deal.deletedAt === null)
      throw new AppError('CONFLICT', 'errors.notDeleted', `${deal.title} is not deleted`, {
        name: deal.title,
      })
    const now = ctx.clock.now()
    if (deal.status === 'open') {
      const own = findStage(ctx, deal.stageId)
      const stageId = own?.removedAt === null ? own.id : firstOpenStage(ctx).id
      // Counted while the deal is still deleted: the end of the stage without it.
      const position = openCount(ctx, stageId)
      placeDeal(ctx, id, stageId, position, now, stageId !== deal.stageId)
      if (stageId !== deal.stageId) recordStageChange(ctx, id, stageId, now)
    }
    prepared(ctx, 'UPDATE deals SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(now, id)
    recordAudit(ctx, { entity: 'deal', entityId: id, action: 'restore' })
    return getDeal(ctx, id)
  })
}

/**
 * A customer purged for good takes its deals and their history with it; its open deals
 * leave the board first (from the last position up, so the others stay dense).
 */
export function purgeCustomerDeals(ctx: Ctx, customerId: number): void {
  const open = prepared(
    ctx,
    "SELECT stage_id AS stageId, position FROM deals WHERE customer_id = ? AND status = 'open' AND deleted_at IS NULL ORDER BY position DESC",
  ).all(customerId) as { stageId: number; position: number }[]
  for (const deal of open) closeGap(ctx, deal.stageId, deal.position)
  prepared(
    ctx,
    'DELETE FROM deal_stage_history WHERE deal_id IN (SELECT id FROM deals WHERE customer_id = ?)',
  ).run(customerId)
  prepared(ctx, 'DELETE FROM deals WHERE customer_id = ?').run(customerId)
}
